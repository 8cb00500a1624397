package org.opendisclosure.parser;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 第四部分 财政拨款“三公”经费: the table of rows (因公出国, 公务用车购置, 公务用车运行, 公务接待) with the
 * previous and current year's budget, the change and its reason, and the 合计 row. Columns are
 * found by their headers, the rows by their names in any order (合计 first or last); the change is kept
 * as published, even where its sign is wrong. A budget cell published empty or as — reads as 0 (the
 * document needs a figure there); an empty or — change is no figure. Footnotes (注：…) are passed over.
 */
final class ThreePublicReader {
    private static final String TABLE = "the “三公”经费 table (项目名称, 上年预算, 本年预算, 增减金额, 变化原因)";
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    /** What a department without “三公” expenses says instead of the table: 本部门无“三公”经费预算, 不涉及. */
    private static final Pattern NONE = Pattern.compile("无|没有|未安排|不涉及");
    /** …and that last year had none either: only then are both years 0, as stated. */
    private static final Pattern NONE_LAST_YEAR = Pattern.compile("持平|无变化|无增减|上年(?:度)?(?:也|亦|同样)?(?:无|没有|未安排|不涉及)");

    private final int fiscalYear;

    ThreePublicReader(int fiscalYear) {
        this.fiscalYear = fiscalYear;
    }

    ObjectNode read(Cursor part) {
        // A sentence before the table only repeats its figures (e.g. "2020年“三公”经费预算6.55万元"): the table is read.
        List<Prose.Paragraph> prose = Prose.paragraphs(part);
        TableReader table = new TableReader(part);
        if (!table.atRow() && !prose.isEmpty()) {
            return none(prose, part);
        }
        Row header = table.readRow(TABLE);
        boolean yuan = inYuan(header);
        while (!isHeader(header)) {
            header = table.readRow(TABLE);
            yuan = yuan || inYuan(header);
        }
        Columns columns = columns(header);
        columns = new Columns(columns.name, columns.previousYear, columns.currentYear, columns.change, columns.reason, yuan);
        String expectedRow = "a row of the “三公”经费 table with " + header.size() + " cells (项目名称 … 变化原因)";
        ArrayNode rows = Json.array();
        ObjectNode total = null;
        while (table.atRow()) {
            if (Notes.readRow(table) != null) {
                continue; // a footnote in the last row: no data, and the part has no field for it
            }
            try {
                total = row(table.readRow(header.size(), expectedRow), columns, rows, total);
            } catch (UnreadableDocumentException e) {
                table.record(e); // the next rows are read all the same, each problem named
            }
        }
        if (total == null && part.problems().isEmpty()) {
            throw part.unexpected("the 合计 row of the “三公”经费 table");
        }
        Notes.read(part); // footnotes under the table: no data, and the part has no field for them
        part.requireEnd(Parts.name(4));
        ObjectNode threePublic = Json.object();
        threePublic.set("rows", rows);
        threePublic.set("total", total);
        return threePublic;
    }

    private static boolean inYuan(Row row) {
        return row.cells().stream().anyMatch(cell -> Figures.statesYuan(cell.text()));
    }

    /**
     * The part of a department without “三公” expenses, stated in words instead of the table. Both
     * years are 0 only where the text says last year had none too (与上年持平, 上年也无); the sentence
     * is kept as the 合计 row's reason, which is what it states about the change.
     */
    private static ObjectNode none(List<Prose.Paragraph> prose, Cursor part) {
        String statement = String.join("\n", prose.stream().map(Prose.Paragraph::text).toList());
        String squeezed = Words.squeeze(statement);
        if (!NONE.matcher(squeezed).find() || !NONE_LAST_YEAR.matcher(squeezed).find()) {
            throw new UnreadableDocumentException(prose.get(0).line(),
                    TABLE + ", or a statement that there are none this year and last (本部门无“三公”经费预算，与上年持平)",
                    Cursor.quote(prose.get(0).text()));
        }
        part.requireEnd(Parts.name(4));
        ObjectNode threePublic = Json.object();
        threePublic.putArray("rows");
        ObjectNode total = threePublic.putObject("total");
        total.putNull("name");
        total.put("previousYear", BigDecimal.ZERO);
        total.put("currentYear", BigDecimal.ZERO);
        total.put("change", BigDecimal.ZERO);
        total.put("reason", statement);
        return threePublic;
    }

    /** Reads a row into {@code rows}, or as the 合计 row; the 合计 row read so far. */
    private static ObjectNode row(Row row, Columns columns, ArrayNode rows, ObjectNode total) {
        if (row.isBlank()) {
            return total;
        }
        String name = row.text(columns.name);
        String category = category(name);
        if (category == null) {
            throw new UnreadableDocumentException(row.line(),
                    "a “三公” row (因公出国(境), 公务用车购置, 公务用车运行, 公务接待 or 合计)", name.isEmpty() ? "an empty cell" : name);
        }
        if ("TOTAL".equals(category) && total != null) {
            throw new UnreadableDocumentException(row.line(), "one 合计 row in the “三公”经费 table", "a second 合计 row");
        }
        ObjectNode node = "TOTAL".equals(category) ? Json.object() : rows.addObject();
        if (!"TOTAL".equals(category)) {
            node.put("category", category);
        }
        node.put("name", name);
        // An empty cell or — in a budget column means nothing budgeted; the document needs a figure there.
        String unit = columns.yuan ? " (a figure in 元)" : " (a figure in 万元)";
        node.put("previousYear", columns.wan(Figures.zeroIfNone(row.cell(columns.previousYear), "the 上年预算 of " + name + unit)));
        node.put("currentYear", columns.wan(Figures.zeroIfNone(row.cell(columns.currentYear), "the 本年预算 of " + name + unit)));
        node.put("change", columns.change < 0 ? null : columns.wan(Figures.signed(row.cell(columns.change), "the 增减金额 of " + name + unit)));
        node.put("reason", columns.reason < 0 ? null : row.cell(columns.reason).textOrNull());
        return "TOTAL".equals(category) ? node : total;
    }

    /** The header row: names the 项目 (or 名称, 科目) column and the budget columns. */
    private static boolean isHeader(Row row) {
        return (row.mentions("项目") || row.mentions("名称") || row.mentions("科目")) && (row.mentions("预算") || row.mentions("年"));
    }

    /** The category of a row by its name, as ThreePublicCategory names them; TOTAL for 合计. */
    private static String category(String name) {
        String squeezed = Words.squeeze(name);
        if (squeezed.contains("合计") || squeezed.contains("总计")) {
            return "TOTAL";
        }
        if (squeezed.contains("出国")) {
            return "OUTBOUND_TRAVEL";
        }
        if (squeezed.contains("购置") && squeezed.contains("运行")) {
            return "VEHICLE_PURCHASE_AND_OPERATION";
        }
        if (squeezed.contains("购置")) {
            return "VEHICLE_PURCHASE";
        }
        if (squeezed.contains("运行") || squeezed.contains("运维")) {
            return "VEHICLE_OPERATION";
        }
        return squeezed.contains("接待") ? "RECEPTION" : null;
    }

    private record Columns(int name, int previousYear, int currentYear, int change, int reason, boolean yuan) {
        /** A figure of the table in 万元: one published in 元 converted exactly. */
        BigDecimal wan(BigDecimal figure) {
            return Figures.wan(figure, yuan);
        }
    }

    /**
     * The columns by their headers. The two budget columns are told apart by their years
     * (2019年度预算, 2020年度预算) or by 上年/本年, else by their order.
     */
    private Columns columns(Row header) {
        int name = -1;
        int change = -1;
        int reason = -1;
        int previous = -1;
        int current = -1;
        List<Integer> budgets = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String label = Words.squeeze(header.text(i));
            if (label.contains("原因")) {
                reason = i;
            } else if (label.contains("增减") || label.contains("变化")) {
                change = i;
            } else if (label.contains("预算") || label.contains("年")) {
                Matcher year = YEAR.matcher(Figures.normalize(label));
                int published = year.find() ? Integer.parseInt(year.group(1)) : 0;
                if (label.contains("上年") || published == fiscalYear - 1) {
                    previous = i;
                } else if (label.contains("本年") || published == fiscalYear) {
                    current = i;
                } else {
                    budgets.add(i);
                }
            } else if (label.contains("项目") || label.contains("名称") || label.contains("科目")) {
                name = i;
            }
        }
        if (previous < 0 && current < 0 && budgets.size() == 2) {
            previous = budgets.get(0);
            current = budgets.get(1);
        }
        if (name < 0 || previous < 0 || current < 0) {
            throw new UnreadableDocumentException(header.line(), TABLE, String.join(" | ", header.cells().stream().map(Cell::text).toList()));
        }
        return new Columns(name, previous, current, change, reason, false);
    }
}
