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
 * and the 固定资产占用情况表 as at its 截止时间, with a 数量 and a 价值 column; — is no figure.
 */
final class AssetsReader {
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern ROW_NUMBER = Pattern.compile("^\\d+[、.．]");
    private static final String TABLE = "the 固定资产占用情况表 (项目, 数量, 价值)";

    ObjectNode read(Cursor part) {
        List<Prose.Paragraph> prose = Prose.paragraphs(part);
        // The plan is stated in its own sentence (…无拟购计划。); the others state the assets.
        List<String> statement = new ArrayList<>();
        List<String> plan = new ArrayList<>();
        for (Prose.Paragraph paragraph : prose) {
            for (String sentence : Prose.sentences(paragraph.text())) {
                (sentence.contains("拟购") || sentence.contains("购置计划") ? plan : statement).add(sentence);
            }
        }
        ObjectNode assets = Json.object();
        assets.put("statement", statement.isEmpty() ? null : String.join("", statement));
        assets.putNull("asOf");
        assets.putNull("totalFixedAssets");
        ObjectNode buildings = assets.putObject("buildings");
        buildings.putNull("area");
        buildings.putNull("value");
        buildings.putNull("officeArea");
        buildings.putNull("officeValue");
        ObjectNode vehicles = counted(assets.putObject("vehicles"));
        ObjectNode equipment = counted(assets.putObject("highValueEquipment"));
        assets.putNull("otherFixedAssets");

        TableReader table = new TableReader(part);
        Row header = table.readRow(TABLE);
        while (!(header.mentions("数量") && (header.mentions("价值") || header.mentions("金额")))) {
            asOf(assets, header.text(0), header.line());
            header = table.readRow(TABLE);
        }
        int count = column(header, "数量");
        int value = header.mentions("价值") ? column(header, "价值") : column(header, "金额");
        String expectedRow = "a row of the 固定资产占用情况表 with " + header.size() + " cells (项目, 数量, 价值)";
        while (table.atRow()) {
            Row row = table.readRow(header.size(), expectedRow);
            if (row.isBlank()) {
                continue;
            }
            String label = ROW_NUMBER.matcher(Words.squeeze(row.text(0))).replaceFirst("");
            Cell countCell = row.cell(count);
            Cell valueCell = row.cell(value);
            String countOf = "the 数量 of " + label + " (a number)";
            String valueOf = "the 价值 of " + label + " (a figure in 万元)";
            if (label.contains("总额") || label.contains("合计") || label.contains("总计")) {
                assets.put("totalFixedAssets", Figures.required(valueCell, valueOf));
            } else if (label.contains("办公用房")) {
                buildings.put("officeArea", Figures.optional(countCell, countOf));
                buildings.put("officeValue", Figures.optional(valueCell, valueOf));
            } else if (label.contains("房屋")) {
                buildings.put("area", Figures.optional(countCell, countOf));
                buildings.put("value", Figures.optional(valueCell, valueOf));
            } else if (label.contains("车辆")) {
                vehicles.put("count", Figures.count(countCell, "the 数量 of " + label + " (a whole number)"));
                vehicles.put("value", Figures.optional(valueCell, valueOf));
            } else if (label.contains("设备")) {
                equipment.put("count", Figures.count(countCell, "the 数量 of " + label + " (a whole number)"));
                equipment.put("value", Figures.optional(valueCell, valueOf));
            } else if (label.contains("其他")) {
                assets.put("otherFixedAssets", Figures.optional(valueCell, valueOf));
            } else {
                throw new UnreadableDocumentException(row.line(),
                        "a row of the 固定资产占用情况表 (固定资产总额, 房屋, 办公用房, 车辆, 单价在20万元以上的设备, 其他固定资产)", row.text(0));
            }
        }
        if (assets.get("totalFixedAssets").isNull()) {
            throw part.unexpected("the 固定资产总额 row of the 固定资产占用情况表");
        }
        part.requireEnd(Parts.name(7));
        if (assets.get("asOf").isNull()) {
            throw new UnreadableDocumentException(header.line(), "the 截止时间 of the 固定资产占用情况表 above its header (截止时间：2019年12月31日)",
                    Cursor.quote(header.text(0)));
        }
        assets.set("plannedPurchases", plannedPurchases(plan, prose, part));
        return assets;
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

    /** 拟购计划: only a stated none (…无拟购计划。) can be read; planned items have no published layout to read them from. */
    private static ObjectNode plannedPurchases(List<String> plan, List<Prose.Paragraph> prose, Cursor part) {
        String expected = "a statement on the 拟购计划 (…年度无拟购计划。)";
        if (plan.isEmpty()) {
            throw prose.isEmpty() ? new UnreadableDocumentException(part.first() - 1, expected, "no statement in " + Parts.name(7))
                    : new UnreadableDocumentException(prose.get(0).line(), expected, Cursor.quote(prose.get(0).text()));
        }
        String statement = String.join("", plan);
        if (!statement.contains("无")) {
            int line = prose.stream().filter(p -> p.text().contains(plan.get(0))).findFirst().map(Prose.Paragraph::line).orElse(part.first());
            throw new UnreadableDocumentException(line, "a 拟购计划 stating there is none (…无拟购计划。)", Cursor.quote(statement));
        }
        ObjectNode planned = Json.object();
        planned.put("none", true);
        planned.put("statement", statement);
        planned.putArray("items");
        return planned;
    }
}
