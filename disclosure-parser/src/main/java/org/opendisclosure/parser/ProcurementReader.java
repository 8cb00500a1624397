package org.opendisclosure.parser;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 第六部分 政府采购预算情况: the statement ("我部门2020年度政府采购预算107.57万元，详细如下："), then the
 * table headed by the department ("203 中共阜平县委组织部"): three header rows, the 合计 row and one
 * line per purchase, 14 cells each. The header is told by having no figure and the words of a header,
 * however Word lays it out over rows; the lines must have their 14 cells. A department without
 * procurement says so instead ("我部门2020年度无政府采购预算。", "无"), possibly above an empty table, and the
 * part is then empty, not missing. Footnotes (注：…) are kept after the statement, on lines of their own.
 */
final class ProcurementReader {
    private static final Pattern DEPARTMENT = Pattern.compile("^(\\d{2,}[0-9A-Za-z]*)\\s*(\\S.*)$");
    private static final Pattern NONE = Pattern.compile("无|没有|未安排|不涉及|未编制");
    /** Words of the header rows, however Word lays them out over rows and columns. */
    private static final String[] LAYOUT_WORDS = {"数量", "单位", "单价", "金额", "总计", "资金", "拨款", "品目", "目录", "来源",
        "渠道", "分类", "名称", "序号", "财政专户"};
    private static final int STATEMENT_LENGTH = 2000;
    private static final Pattern CATALOGUE_CODE = Pattern.compile("^[ABC]\\d{1,12}$");
    private static final String[] HEADER_WORDS = {"政府采购项目来源", "采购物品名称", "政府采购目录", "项目名称", "经济分类",
        "当年部门预算安排资金", "一般公共预算拨款", "其他渠道资金"};
    private static final int WIDTH = 14;
    private static final String LINE = "a procurement line with 14 cells (项目名称 … 其他渠道资金)";
    private static final String[] MONEY_FIELDS = {"amount", "departmentBudget", "generalPublicBudget", "governmentFund",
        "fiscalSpecialAccount", "otherSources", "otherChannels"};
    private static final String[] MONEY_COLUMNS = {"政府采购金额 总计", "当年部门预算安排资金 合计", "一般公共预算拨款", "基金预算拨款",
        "财政专户核拨", "其他来源收入", "其他渠道资金"};
    private static final int FIRST_MONEY_COLUMN = 7;

    /** The part's document, and the department code the table is headed with (null when it has none). */
    record Procurement(ObjectNode document, String departmentCode) {
    }

    Procurement read(Cursor part) {
        List<Prose.Paragraph> prose = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Prose.Paragraph paragraph : Prose.paragraphs(part)) {
            if (Notes.isNote(paragraph.text())) {
                notes.add(paragraph.text());
            } else {
                prose.add(paragraph);
            }
        }
        // The first paragraph is the statement; a paragraph after it is the table's caption (部门政府采购预算).
        String statement = prose.isEmpty() ? null : prose.get(0).text();
        int statementLine = prose.isEmpty() ? 0 : prose.get(0).line();
        ObjectNode procurement = Json.object();
        TableReader table = new TableReader(part);
        if (!table.atRow()) {
            notes.addAll(Notes.read(part));
            part.requireEnd(Parts.name(6));
            return new Procurement(none(procurement, statement, statementLine, notes, part), null);
        }
        procurement.put("hasProcurement", true);
        Row first = table.peekRow(LINE);
        String departmentCode = null;
        String departmentName = null;
        Matcher coded = DEPARTMENT.matcher(first.text(0));
        if (coded.matches() || !isHeaderOrBlank(first, false)) {
            table.readRow(LINE);
            departmentCode = coded.matches() ? coded.group(1) : null;
            departmentName = coded.matches() ? coded.group(2).strip() : first.cell(0).textOrNull();
        }
        procurement.put("departmentName", departmentName);
        procurement.put("statement", statement);
        procurement.put("statedTotal", statement == null ? null : statedTotal(statement, statementLine));
        procurement.putNull("totalRow");
        ArrayNode lines = procurement.putArray("lines");
        boolean headed = false;
        while (table.atRow() && isHeaderOrBlank(table.peekRow(LINE), headed)) {
            table.readRow(LINE);
            headed = true;
        }
        if (!headed) {
            throw part.unexpected("the header of the 部门政府采购预算 table (政府采购项目来源, 采购物品名称 …)");
        }
        while (table.atRow()) {
            String note = Notes.readRow(table);
            if (note != null) {
                notes.add(note);
                continue;
            }
            try {
                Row row = table.readRow(WIDTH, LINE);
                if (row.isBlank()) {
                    continue;
                }
                String totalLabel = totalLabel(row);
                if (totalLabel != null) {
                    if (!procurement.get("totalRow").isNull()) {
                        throw new UnreadableDocumentException(row.line(), LINE, "a second 合计 row");
                    }
                    ObjectNode total = procurement.putObject("totalRow");
                    total.put("label", totalLabel);
                    money(total, row, "the 合计 row");
                } else {
                    lines.add(line(row));
                }
            } catch (UnreadableDocumentException e) {
                table.record(e); // the next rows are read all the same, each problem named
            }
        }
        notes.addAll(Notes.read(part));
        if (lines.isEmpty() && statesNone(statement, statementLine)) {
            // An empty table under a statement that there is none: the part of a department without procurement.
            part.requireEnd(Parts.name(6));
            return new Procurement(none(Json.object(), statement, statementLine, notes, part), departmentCode);
        }
        if (lines.isEmpty() && part.problems().isEmpty()) {
            throw part.unexpected(LINE);
        }
        part.requireEnd(Parts.name(6));
        procurement.put("statement", Notes.appended(statement, notes, STATEMENT_LENGTH));
        return new Procurement(procurement, departmentCode);
    }

    /** The part of a department that says it has no procurement this year. */
    private static ObjectNode none(ObjectNode procurement, String statement, int statementLine, List<String> notes, Cursor part) {
        String expected = "the 部门政府采购预算 table, or a statement that there is none (…无政府采购预算)";
        if (!statesNone(statement, statementLine)) {
            // Where the table should have come: the end of the part (or of a cut document).
            throw part.unexpected(expected);
        }
        procurement.put("hasProcurement", false);
        procurement.putNull("departmentName");
        procurement.put("statement", Notes.appended(statement, notes, STATEMENT_LENGTH));
        procurement.put("statedTotal", statedTotal(statement, statementLine));
        procurement.putNull("totalRow");
        procurement.putArray("lines");
        return procurement;
    }

    /** 无, 本部门无政府采购预算, 未安排政府采购预算, 政府采购预算0万元. */
    private static boolean statesNone(String statement, int line) {
        if (statement == null) {
            return false;
        }
        BigDecimal total = statedTotal(statement, line);
        return NONE.matcher(Words.squeeze(statement)).find() || total != null && total.signum() == 0;
    }

    private static BigDecimal statedTotal(String statement, int line) {
        return Prose.firstAmount(statement, line, "the 政府采购预算 total");
    }

    /**
     * A row of the header, however it is laid out: no figure in any cell (a purchase line and the 合计
     * row have their amounts), and the words of the header, or no words at all (the empty half of a
     * merged header row) once the header has started.
     */
    private static boolean isHeaderOrBlank(Row row, boolean headed) {
        if (Notes.isNote(row.text(0))) {
            return false;
        }
        for (Cell cell : row.cells()) {
            if (isFigure(cell.text()) || CATALOGUE_CODE.matcher(cell.text()).matches()) {
                return false;
            }
        }
        if (row.isBlank()) {
            return headed;
        }
        if (isHeader(row)) {
            return true;
        }
        for (Cell cell : row.cells()) {
            String label = Words.squeeze(cell.text());
            if (label.startsWith("单位：") || label.startsWith("单位:")) {
                continue; // 单位：万元, as the department's row has it
            }
            for (String word : LAYOUT_WORDS) {
                if (label.contains(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isFigure(String text) {
        String normalized = Figures.ungrouped(Figures.normalize(text).strip());
        return normalized.matches("[+-]?\\d+(?:\\.\\d+)?");
    }

    private static boolean isHeader(Row row) {
        for (String word : HEADER_WORDS) {
            if (row.mentions(word)) {
                return true;
            }
        }
        return false;
    }

    /** The label of a 合计 row ("合　计" as published), or null for a purchase line. */
    private static String totalLabel(Row row) {
        for (int i = 0; i < Math.min(FIRST_MONEY_COLUMN, row.size()); i++) {
            String squeezed = Words.squeeze(row.text(i));
            if (squeezed.equals("合计") || squeezed.equals("总计")) {
                return row.text(i);
            }
        }
        return null;
    }

    private static ObjectNode line(Row row) {
        ObjectNode line = Json.object();
        line.put("projectName", row.cell(0).textOrNull());
        line.put("economicClass", row.cell(1).textOrNull());
        String item = row.cell(2).textOrNull();
        if (item == null) {
            throw new UnreadableDocumentException(row.line(), "the 采购物品名称 of the procurement line", "an empty cell");
        }
        line.put("itemName", item);
        line.put("catalogueCode", row.cell(3).textOrNull());
        line.put("unit", row.cell(4).textOrNull());
        line.put("quantity", Figures.optional(row.cell(5), "the 数量 of " + item + " (a number)"));
        line.put("unitPrice", Figures.optional(row.cell(6), "the 单价 of " + item + " (a figure in 万元)"));
        money(line, row, item);
        if (line.get("amount").isNull()) {
            throw new UnreadableDocumentException(row.cell(FIRST_MONEY_COLUMN).line(), "the 政府采购金额 总计 of " + item + " (a figure in 万元)",
                    row.cell(FIRST_MONEY_COLUMN).isBlank() ? "an empty cell" : row.text(FIRST_MONEY_COLUMN));
        }
        return line;
    }

    private static void money(ObjectNode node, Row row, String of) {
        for (int i = 0; i < MONEY_FIELDS.length; i++) {
            Cell cell = row.cell(FIRST_MONEY_COLUMN + i);
            node.put(MONEY_FIELDS[i], Figures.optional(cell, "the " + MONEY_COLUMNS[i] + " of " + of + " (a figure in 万元)"));
        }
    }
}
