package org.opendisclosure.parser;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

    private final int fiscalYear;

    ThreePublicReader(int fiscalYear) {
        this.fiscalYear = fiscalYear;
    }

    ObjectNode read(Cursor part) {
        // A sentence before the table only repeats its figures (e.g. "2020年“三公”经费预算6.55万元"): the table is read.
        Prose.paragraphs(part);
        TableReader table = new TableReader(part);
        Row header = table.readRow(TABLE);
        while (!isHeader(header)) {
            header = table.readRow(TABLE);
        }
        Columns columns = columns(header);
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
        node.put("previousYear", Figures.zeroIfNone(row.cell(columns.previousYear), "the 上年预算 of " + name + " (a figure in 万元)"));
        node.put("currentYear", Figures.zeroIfNone(row.cell(columns.currentYear), "the 本年预算 of " + name + " (a figure in 万元)"));
        node.put("change", columns.change < 0 ? null : Figures.signed(row.cell(columns.change), "the 增减金额 of " + name + " (a figure in 万元)"));
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

    private record Columns(int name, int previousYear, int currentYear, int change, int reason) {
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
        return new Columns(name, previous, current, change, reason);
    }
}
