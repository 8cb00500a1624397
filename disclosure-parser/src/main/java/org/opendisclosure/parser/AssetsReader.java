package org.opendisclosure.parser;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 第七部分 国有资产信息情况说明: the statement ("…2019年末固定资产总值82.22万元。我部门2020年度无拟购计划。")
 * and the 固定资产占用情况表 as at its 截止时间, with a 数量 and a 价值 column; — is no figure. The 拟购计划 is
 * read by {@link PlannedPurchases}, from its sentence or from a table of planned purchases (名称 or 品目,
 * 数量, 金额) before or after the assets table. Prose after the tables belongs to the statement;
 * footnotes (注：…) are kept at its end, each on a line of its own.
 */
final class AssetsReader {
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern ROW_NUMBER = Pattern.compile("^(?:\\d+[、.．]|[（(]\\d+[）)])");
    private static final String TABLE = "the 固定资产占用情况表 (项目, 数量, 价值)";
    private static final Pattern YEAR_END = Pattern.compile("(\\d{4})\\s*年度?\\s*(?:末|底)");
    /** Words of a caption or header of planned purchases (not 购置 alone: 购置价值 is a value of the assets held). */
    private static final Pattern PURCHASE_WORDS = Pattern.compile("拟购|拟采购|拟配置|拟新增|购置计划|采购计划|配置计划|购买计划");
    private static final Pattern ITEM_HEADER = Pattern.compile("名称|品目|物品");
    private static final int STATEMENT_LENGTH = 5000;

    ObjectNode read(Cursor part) {
        List<String> statement = new ArrayList<>();
        List<PlannedPurchases.Sentence> plan = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<Prose.Paragraph> paragraphs = new ArrayList<>();
        ObjectNode assets = Json.object();
        assets.putNull("statement");
        assets.putNull("asOf");
        assets.putNull("totalFixedAssets");
        ObjectNode buildings = assets.putObject("buildings");
        buildings.putNull("area");
        buildings.putNull("value");
        buildings.putNull("officeArea");
        buildings.putNull("officeValue");
        counted(assets.putObject("vehicles"));
        counted(assets.putObject("highValueEquipment"));
        assets.putNull("otherFixedAssets");

        TableReader table = new TableReader(part);
        Row header = null;
        List<ObjectNode> purchases = new ArrayList<>();
        boolean purchaseCaption = false;
        while (true) {
            prose(part, statement, plan, notes, paragraphs);
            if (!table.atRow()) {
                break;
            }
            String note = Notes.readRow(table);
            if (note != null) {
                notes.add(note);
                continue;
            }
            Row row = table.readRow(TABLE);
            boolean counts = row.mentions("数量") && (row.mentions("价值") || row.mentions("金额") || row.mentions("预算"));
            if (counts && isPurchaseHeader(row, purchaseCaption, table)) {
                purchases.addAll(purchaseRows(table, row, notes));
                purchaseCaption = false;
            } else if (counts && header == null && (row.mentions("价值") || row.mentions("金额"))) {
                header = row;
                assetRows(table, header, assets, notes);
            } else {
                // A caption (…固定资产占用情况表, 拟购置资产明细), the 截止时间, or a layout row: nothing to read but the date.
                String words = String.join("", row.cells().stream().map(Cell::text).toList());
                boolean aboutPurchases = PURCHASE_WORDS.matcher(Words.squeeze(words)).find();
                if (header != null && !purchaseCaption && !aboutPurchases && !endsTable(row)) {
                    throw new UnreadableDocumentException(row.line(), "the end of " + Parts.name(7) + " or a table of planned purchases",
                            Cursor.quote(row.text(0)));
                }
                asOf(assets, words, row.line());
                purchaseCaption = purchaseCaption || aboutPurchases;
                continue;
            }
            purchaseCaption = false;
        }
        if (header == null) {
            throw part.unexpected(TABLE);
        }
        if (assets.get("totalFixedAssets").isNull() && part.problems().isEmpty()) {
            throw part.unexpected("the 固定资产总额 row of the 固定资产占用情况表");
        }
        part.requireEnd(Parts.name(7));
        if (assets.get("asOf").isNull()) {
            assets.put("asOf", yearEnd(statement));
        }
        if (assets.get("asOf").isNull()) {
            throw new UnreadableDocumentException(header.line(), "the 截止时间 of the 固定资产占用情况表 above its header (截止时间：2019年12月31日)",
                    Cursor.quote(header.text(0)));
        }
        String prose = statement.isEmpty() ? null : String.join("", statement);
        if (prose != null && prose.length() > STATEMENT_LENGTH) {
            throw new UnreadableDocumentException(part.first(), "a statement of at most " + STATEMENT_LENGTH + " characters",
                    prose.length() + " characters");
        }
        assets.put("statement", Notes.appended(prose, notes, STATEMENT_LENGTH));
        // Without a plan, the error names the first paragraph, or the heading when the part has none.
        int where = paragraphs.isEmpty() ? part.first() - 1 : paragraphs.get(0).line();
        String found = paragraphs.isEmpty() ? "no statement in " + Parts.name(7) : Cursor.quote(paragraphs.get(0).text());
        assets.set("plannedPurchases", PlannedPurchases.read(plan, purchases, where, found));
        return assets;
    }

    /** The paragraphs that come next, up to a table: footnotes, sentences on the plan, and the statement's sentences. */
    private static void prose(Cursor part, List<String> statement, List<PlannedPurchases.Sentence> plan, List<String> notes,
                              List<Prose.Paragraph> paragraphs) {
        while (true) {
            part.skipBlank();
            if (part.atEnd() || Lines.isCell(part.peek())) {
                return;
            }
            if (Notes.isNote(part.peek())) {
                notes.addAll(Notes.read(part));
                continue;
            }
            Prose.Paragraph paragraph = new Prose.Paragraph(part.line(), part.take().strip());
            paragraphs.add(paragraph);
            for (String sentence : Prose.sentences(paragraph.text())) {
                // The plan is stated in its own sentence (…无拟购计划。); the others state the assets.
                if (PlannedPurchases.PLAN.matcher(sentence).find()) {
                    plan.add(new PlannedPurchases.Sentence(paragraph.line(), sentence));
                } else {
                    statement.add(sentence);
                }
            }
        }
    }

    /**
     * Whether a header with 数量 and an amount heads planned purchases rather than the assets held: it
     * follows a caption on purchases, or names them itself, or names items (名称, 品目) and its first row is
     * no row of the assets table.
     */
    private static boolean isPurchaseHeader(Row header, boolean afterCaption, TableReader table) {
        String words = Words.squeeze(String.join("", header.cells().stream().map(Cell::text).toList()));
        if (afterCaption || PURCHASE_WORDS.matcher(words).find()) {
            return true;
        }
        if (!ITEM_HEADER.matcher(words).find()) {
            return false;
        }
        return !table.atRow() || assetRow(label(table.peekRow("a row of the table"))) == null;
    }

    private static List<ObjectNode> purchaseRows(TableReader table, Row header, List<String> notes) {
        int name = -1;
        int quantity = -1;
        int amount = -1;
        for (int i = 0; i < header.size(); i++) {
            String label = Words.squeeze(header.text(i));
            if (label.contains("数量")) {
                quantity = i;
            } else if (label.contains("金额") || label.contains("价值") || label.contains("预算") || label.contains("总价")) {
                amount = amount < 0 || label.contains("金额") ? i : amount;
            } else if (name < 0 && (ITEM_HEADER.matcher(label).find() || label.contains("资产") || label.contains("设备")
                    || label.contains("项目"))) {
                name = i;
            }
        }
        if (name < 0) {
            throw new UnreadableDocumentException(header.line(), "the header of the planned purchases (名称 or 品目, 数量, 金额)",
                    String.join(" | ", header.cells().stream().map(Cell::text).toList()));
        }
        String expected = "a planned purchase with " + header.size() + " cells (名称, 数量, 金额)";
        List<ObjectNode> items = new ArrayList<>();
        while (table.atRow()) {
            String note = Notes.readRow(table);
            if (note != null) {
                notes.add(note);
                continue;
            }
            if (endsTable(table.peekRow(expected))) {
                break;
            }
            try {
                Row row = table.readRow(header.size(), expected);
                if (row.isBlank()) {
                    continue;
                }
                String label = Words.squeeze(row.text(name));
                if (label.equals("合计") || label.equals("总计") || label.equals("小计")) {
                    continue; // the sum of the items: the document has no field for it
                }
                items.add(PlannedPurchases.item(row, name, quantity, amount));
            } catch (UnreadableDocumentException e) {
                table.record(e); // the next rows are read all the same, each problem named
            }
        }
        return items;
    }

    private static void assetRows(TableReader table, Row header, ObjectNode assets, List<String> notes) {
        ObjectNode buildings = (ObjectNode) assets.get("buildings");
        ObjectNode vehicles = (ObjectNode) assets.get("vehicles");
        ObjectNode equipment = (ObjectNode) assets.get("highValueEquipment");
        int count = column(header, "数量");
        int value = header.mentions("价值") ? column(header, "价值") : column(header, "金额");
        String expectedRow = "a row of the 固定资产占用情况表 with " + header.size() + " cells (项目, 数量, 价值)";
        while (table.atRow()) {
            String note = Notes.readRow(table);
            if (note != null) {
                notes.add(note);
                continue;
            }
            Row next = table.peekRow(expectedRow);
            if (assetRow(label(next)) == null && (endsTable(next) || PURCHASE_WORDS.matcher(Words.squeeze(next.text(0))).find())) {
                break; // the next table: planned purchases
            }
            try {
                Row row = table.readRow(header.size(), expectedRow);
                if (row.isBlank()) {
                    continue;
                }
                String label = label(row);
                Cell countCell = row.cell(count);
                Cell valueCell = row.cell(value);
                String countOf = "the 数量 of " + label + " (a number)";
                String valueOf = "the 价值 of " + label + " (a figure in 万元)";
                String kind = assetRow(label);
                if (kind == null) {
                    throw new UnreadableDocumentException(row.line(),
                            "a row of the 固定资产占用情况表 (固定资产总额, 房屋, 办公用房, 车辆, 单价在20万元以上的设备, 其他固定资产)", row.text(0));
                }
                switch (kind) {
                    case "total" -> assets.put("totalFixedAssets", Figures.required(valueCell, valueOf));
                    case "office" -> {
                        buildings.put("officeArea", Figures.optional(countCell, countOf));
                        buildings.put("officeValue", Figures.optional(valueCell, valueOf));
                    }
                    case "buildings" -> {
                        buildings.put("area", Figures.optional(countCell, countOf));
                        buildings.put("value", Figures.optional(valueCell, valueOf));
                    }
                    case "vehicles" -> {
                        vehicles.put("count", Figures.count(countCell, "the 数量 of " + label + " (a whole number)"));
                        vehicles.put("value", Figures.optional(valueCell, valueOf));
                    }
                    case "equipment" -> {
                        equipment.put("count", Figures.count(countCell, "the 数量 of " + label + " (a whole number)"));
                        equipment.put("value", Figures.optional(valueCell, valueOf));
                    }
                    default -> assets.put("otherFixedAssets", Figures.optional(valueCell, valueOf));
                }
            } catch (UnreadableDocumentException e) {
                table.record(e); // the next rows are read all the same, each problem named
            }
        }
    }

    /** The label of a row of the assets table, without its number (1、房屋 → 房屋). */
    private static String label(Row row) {
        return ROW_NUMBER.matcher(Words.squeeze(row.text(0))).replaceFirst("");
    }

    /** Which row of the assets table a label names, or null. */
    private static String assetRow(String label) {
        if (label.contains("总额") || label.contains("合计") || label.contains("总计")) {
            return "total";
        }
        if (label.contains("办公用房")) {
            return "office";
        }
        if (label.contains("房屋")) {
            return "buildings";
        }
        if (label.contains("车辆")) {
            return "vehicles";
        }
        if (label.contains("设备")) {
            return "equipment";
        }
        return label.contains("其他") ? "other" : null;
    }

    /** A row that starts another table: its caption, its 截止时间 or a header with 数量. */
    private static boolean endsTable(Row row) {
        String words = Words.squeeze(String.join("", row.cells().stream().map(Cell::text).toList()));
        return words.contains("截止") || words.contains("截至") || words.endsWith("表") || words.contains("情况表")
                || words.contains("明细") || row.mentions("数量") && (row.mentions("价值") || row.mentions("金额"));
    }

    private static ObjectNode counted(ObjectNode node) {
        node.putNull("count");
        node.putNull("value");
        return node;
    }

    private static int column(Row header, String word) {
        for (int i = 0; i < header.size(); i++) {
            if (Words.squeeze(header.text(i)).contains(word)) {
                return i;
            }
        }
        throw new IllegalStateException("header checked to mention " + word);
    }

    /**
     * Without a 截止时间 in the table, the date the statement gives the assets: 截至2019年12月31日, or the
     * end of the year it names (2019年末固定资产总值…, 2019年底); null when it names neither.
     */
    private static String yearEnd(List<String> statement) {
        for (String sentence : statement) {
            String text = Figures.normalize(sentence);
            Matcher date = DATE.matcher(text);
            if ((text.contains("截止") || text.contains("截至")) && date.find()) {
                try {
                    return LocalDate.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)),
                            Integer.parseInt(date.group(3))).toString();
                } catch (DateTimeException noSuchDay) {
                    return null;
                }
            }
            Matcher end = YEAR_END.matcher(text);
            if (end.find()) {
                return LocalDate.of(Integer.parseInt(end.group(1)), 12, 31).toString();
            }
        }
        return null;
    }

    /** The table's 截止时间 (截止时间：2019年12月31日) as an ISO date. */
    private static void asOf(ObjectNode assets, String text, int line) {
        if (!text.contains("截止") && !text.contains("截至")) {
            return;
        }
        Matcher date = DATE.matcher(Figures.normalize(text));
        if (!date.find()) {
            throw new UnreadableDocumentException(line, "the 截止时间 as a date (截止时间：2019年12月31日)", Cursor.quote(text));
        }
        try {
            assets.put("asOf", LocalDate.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)),
                    Integer.parseInt(date.group(3))).toString());
        } catch (DateTimeException noSuchDay) {
            throw new UnreadableDocumentException(line, "the 截止时间 as a date (截止时间：2019年12月31日)", Cursor.quote(text));
        }
    }
}
