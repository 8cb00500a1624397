package org.opendisclosure.parser;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One 项目绩效目标表, row by row as the Word export lays it out: the unit ("203002中国共产党…",
 * 单位：万元), 项目编码 and 项目名称, 预算规模 (预算数, 财政资金, 其他资金), 资金用途, 资金支出计划（%） with its
 * figures, 绩效目标, and the indicator table. An indicator row leaves 一级指标 and 二级指标 blank where
 * they continue the row above, and takes them from it.
 */
final class ProjectTableReader {
    private static final Pattern UNIT = Pattern.compile("^(\\d{3,}[0-9A-Za-z]*)\\s*(\\S.*)$");
    private static final Pattern MONTH = Pattern.compile("(\\d{1,2})\\s*月");
    private static final Pattern FIGURE_AFTER_MONTH = Pattern.compile("月\\D*\\d");
    private static final Pattern GOAL_NUMBER = Pattern.compile("^(\\d+[、.．]|[（(]\\d+[）)])");

    private final TableReader table;
    /** What error messages call the table: its heading, then its 项目编码 once read. */
    private String context;
    /** The table states its figures in 元 (单位：元): read into 万元 exactly. */
    private boolean yuan;

    /** @param heading the table's heading without field codes, or null when the table has none */
    ProjectTableReader(TableReader table, String heading) {
        this.table = table;
        this.context = heading == null ? "a project table" : heading;
    }

    ObjectNode read() {
        ObjectNode project = Json.object();
        Row unitRow = table.readRow("the unit row of " + context + " (单位编码 and 名称, 单位：万元)");
        if (Words.squeeze(unitRow.text(0)).startsWith("项目编码")) {
            throw new UnreadableDocumentException(unitRow.line(), "the unit row of " + context + " (单位编码 and 名称, 单位：万元)", unitRow.text(0));
        }
        Row codeRow = labelled(table.readRow(4, "the 项目编码 row of " + context + " with 4 cells (项目编码, code, 项目名称, name)"), "项目编码");
        String code = codeRow.cell(1).textOrNull();
        String name = codeRow.cell(3).textOrNull();
        if (code == null || name == null || !Words.squeeze(codeRow.text(2)).contains("项目名称")) {
            throw new UnreadableDocumentException(codeRow.line(), "项目编码 and 项目名称 of " + context, String.join(" | ",
                    codeRow.cells().stream().map(Cell::text).toList()));
        }
        context = "project " + code;
        project.put("code", code);
        project.put("name", name);
        project.set("unit", unit(unitRow.cell(0)));
        yuan = unitRow.cells().stream().anyMatch(cell -> Figures.statesYuan(cell.text()));
        project.set("budget", budget(labelled(table.readRow(7,
                "the 预算规模 row of " + context + " with 7 cells (预算规模及资金用途, 预算数, N, 其中：财政资金, N, 其他资金, N)"), "预算规模")));
        project.put("purpose", purpose());
        Row months = labelled(table.readRow(5,
                "the 资金支出计划（%） row of " + context + " with 5 cells (资金支出计划（%）, 3月底, 6月底, 10月底, 12月底)"), "资金支出计划");
        project.set("spendingPlan", spendingPlan(months, spendingFigures()));
        project.set("goals", goals(labelled(table.readRow(2, "the 绩效目标 row of " + context + " with 2 cells (绩效目标, the goals)"), "绩效目标")));
        project.set("indicators", indicators());
        return project;
    }

    /**
     * The row of percentages under the months, or null where the table goes on with 绩效目标: a
     * Word or PDF document made from the text export drops a row whose cells are all empty, which
     * is how a plan without figures is published, so a missing row reads as that empty row.
     */
    private Row spendingFigures() {
        if (table.atRow() && Words.squeeze(table.peekRow("the 资金支出计划 figures of " + context).text(0)).startsWith("绩效目标")) {
            return null;
        }
        return table.readRow(5, "the 资金支出计划 figures of " + context + " with 5 cells (an empty cell, then 4 percentages)");
    }

    /** The row, checked to start with its label: a row out of place is named where it is. */
    private Row labelled(Row row, String label) {
        if (!Words.squeeze(row.text(0)).startsWith(label)) {
            throw new UnreadableDocumentException(row.line(), "the " + label + " row of " + context,
                    row.cell(0).isBlank() ? "a row starting with an empty cell" : Cursor.quote(row.text(0)));
        }
        return row;
    }

    /** "203002中国共产党阜平县委员会组织部": the unit's code, then its name; a unit given by name alone has no code. */
    private static ObjectNode unit(Cell cell) {
        ObjectNode unit = Json.object();
        Matcher coded = UNIT.matcher(cell.text());
        if (coded.matches()) {
            unit.put("code", coded.group(1));
            unit.put("name", coded.group(2).strip());
        } else if (!cell.isBlank()) {
            unit.putNull("code");
            unit.put("name", cell.text());
        } else {
            throw new UnreadableDocumentException(cell.line(), "the unit of the project (单位编码 and 名称)", "an empty cell");
        }
        return unit;
    }

    /** 预算数, 其中：财政资金, 其他资金: each label followed by its figure. */
    private ObjectNode budget(Row row) {
        ObjectNode budget = Json.object();
        budget.putNull("total");
        budget.putNull("fiscalFunds");
        budget.putNull("otherFunds");
        for (int i = 1; i + 1 < row.size(); i += 2) {
            String label = Words.squeeze(row.text(i));
            String field = label.contains("财政") ? "fiscalFunds" : label.contains("其他") ? "otherFunds"
                    : label.contains("预算") || label.contains("合计") ? "total" : null;
            if (field == null) {
                throw new UnreadableDocumentException(row.cell(i).line(), "预算数, 其中：财政资金 or 其他资金 in the 预算规模 row of " + context,
                        Cursor.quote(row.text(i)));
            }
            budget.put(field, Figures.wan(Figures.optional(row.cell(i + 1), "the " + row.text(i) + " of " + context
                    + (yuan ? " (a figure in 元)" : " (a figure in 万元)")), yuan));
        }
        if (budget.get("total").isNull()) {
            throw new UnreadableDocumentException(row.line(), "the 预算数 of " + context + " (a figure in 万元)", "none");
        }
        return budget;
    }

    /** The 资金用途 row: under 预算规模及资金用途, so its first cell is empty. */
    private String purpose() {
        Row row = table.peekRow("the 资金用途 row of " + context);
        if (!row.cell(0).isBlank() && !Words.squeeze(row.text(0)).startsWith("资金用途")) {
            return null;
        }
        return table.readRow(2, "the 资金用途 row of " + context + " with 2 cells (an empty cell, the purpose)").cell(1).textOrNull();
    }

    private ObjectNode spendingPlan(Row months, Row figures) {
        ObjectNode plan = Json.object();
        for (String field : List.of("endOfMarch", "endOfJune", "endOfOctober", "endOfDecember")) {
            plan.putNull(field);
        }
        for (int i = 1; i < months.size(); i++) {
            Matcher month = MONTH.matcher(Figures.normalize(months.text(i)));
            String field = !month.find() ? null : switch (Integer.parseInt(month.group(1))) {
                case 3 -> "endOfMarch";
                case 6 -> "endOfJune";
                case 10 -> "endOfOctober";
                case 12 -> "endOfDecember";
                default -> null;
            };
            if (field == null) {
                throw new UnreadableDocumentException(months.cell(i).line(), "3月底, 6月底, 10月底 or 12月底 in the 资金支出计划 of " + context,
                        Cursor.quote(months.text(i)));
            }
            if (figures != null) {
                plan.put(field, Figures.percent(figures.cell(i), "the " + months.text(i) + " percentage of " + context));
            } else if (FIGURE_AFTER_MONTH.matcher(Figures.normalize(months.text(i))).find()) {
                // Without a figures row, a number beside a month is a figure that ran into the wrong cell: not dropped, refused.
                throw new UnreadableDocumentException(months.cell(i).line(), "the month alone (3月底, 6月底, 10月底 or 12月底) in the "
                        + "资金支出计划 of " + context + ", its percentage in the row below", Cursor.quote(months.text(i)));
            }
        }
        return plan;
    }

    /**
     * The goals, one paragraph each. Where they are numbered (1、… 2、…), a line without a number
     * continues the goal before it, broken by Word; otherwise each line is a goal.
     */
    private static ArrayNode goals(Row row) {
        ArrayNode goals = Json.array();
        List<String> paragraphs = row.cell(1).paragraphs();
        boolean numbered = !paragraphs.isEmpty() && GOAL_NUMBER.matcher(paragraphs.get(0)).find();
        List<String> joined = new ArrayList<>();
        for (String paragraph : paragraphs) {
            if (numbered && !joined.isEmpty() && !GOAL_NUMBER.matcher(paragraph).find()) {
                joined.set(joined.size() - 1, joined.get(joined.size() - 1) + paragraph);
            } else {
                joined.add(paragraph);
            }
        }
        joined.forEach(goals::add);
        return goals;
    }

    private ArrayNode indicators() {
        Row header = labelled(table.readRow("the indicator header of " + context + " (一级指标, 二级指标, 三级指标 …)"), "一级指标");
        IndicatorColumns columns = IndicatorColumns.of(header, context);
        String expected = "an indicator row of " + context + " with " + header.size() + " cells (一级指标 … 指标值确定依据)";
        ArrayNode indicators = Json.array();
        String level1 = null;
        String level2 = null;
        while (table.atRow()) {
            try {
                Row row = table.readRow(header.size(), expected);
                if (row.isBlank()) {
                    continue;
                }
                level1 = inherited(row, columns.level1, level1, "一级指标");
                level2 = inherited(row, columns.level2, level2, "二级指标");
                String level3 = row.cell(columns.level3).textOrNull();
                if (level3 == null) {
                    throw new UnreadableDocumentException(row.line(), "a 三级指标 in the indicator row of " + context, "an empty cell");
                }
                ObjectNode indicator = indicators.addObject();
                indicator.put("level1", level1);
                indicator.put("level2", level2);
                indicator.put("level3", level3);
                indicator.put("description", columns.description < 0 ? null : row.cell(columns.description).textOrNull());
                indicator.put("target", columns.target < 0 ? null : row.cell(columns.target).textOrNull());
                indicator.put("basis", columns.basis < 0 ? null : row.cell(columns.basis).textOrNull());
            } catch (UnreadableDocumentException e) {
                table.record(e); // the next rows are read all the same, each problem named
            }
        }
        return indicators;
    }

    /** The cell's category, or the one of the row above when the cell is blank (Word's merged cells). */
    private String inherited(Row row, int column, String above, String what) {
        String text = row.cell(column).textOrNull();
        if (text != null) {
            return text;
        }
        if (above == null) {
            throw new UnreadableDocumentException(row.line(), "a " + what + " in the first indicator row of " + context, "an empty cell");
        }
        return above;
    }

    private record IndicatorColumns(int level1, int level2, int level3, int description, int target, int basis) {
        static IndicatorColumns of(Row header, String context) {
            int[] columns = {-1, -1, -1, -1, -1, -1};
            for (int i = 0; i < header.size(); i++) {
                String label = Words.squeeze(header.text(i));
                int column = label.contains("一级") ? 0 : label.contains("二级") ? 1 : label.contains("三级") ? 2
                        : label.contains("描述") ? 3 : label.contains("依据") ? 5 : label.contains("指标值") ? 4 : -1;
                if (column >= 0) {
                    columns[column] = i;
                }
            }
            if (columns[0] < 0 || columns[1] < 0 || columns[2] < 0) {
                throw new UnreadableDocumentException(header.line(), "the indicator header of " + context + " (一级指标, 二级指标, 三级指标 …)",
                        String.join(" | ", header.cells().stream().map(Cell::text).toList()));
            }
            return new IndicatorColumns(columns[0], columns[1], columns[2], columns[3], columns[4], columns[5]);
        }
    }
}
