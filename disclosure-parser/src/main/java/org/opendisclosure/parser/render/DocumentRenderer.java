package org.opendisclosure.parser.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a structured disclosure as a document of the family in a chosen {@link DocumentWording}: as
 * the text Word exports (table cells on lines starting with a TAB, rows separated by blank lines,
 * merged cells as empty ones) and as an HTML page with real tables, from the same blocks.
 *
 * <p>The figures are only ever taken from the structure, never changed. What the document states
 * in words of its own choosing (the basis sentence, the statements, the labels and row names it
 * publishes) is set in the expected disclosure as written, since the parser keeps those as published.
 */
public final class DocumentRenderer {
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三",
        "十四", "十五", "十六", "十七", "十八", "十九", "二十"};
    private static final String[] TITLES = {"部门职责及机构设置情况", "部门预算安排的总体情况", "机关运行经费安排情况",
        "财政拨款“三公”经费预算情况及增减变化原因", "预算绩效信息", "政府采购预算情况", "国有资产信息情况说明", "名词解释", "其他需说明的事项"};
    private static final String[] SHORT_TITLES = {"部门职责及机构设置", "部门预算安排的总体说明", "机关运行经费安排", "财政拨款“三公”经费预算",
        "预算绩效信息", "政府采购预算", "国有资产信息", "名词解释", "其他需说明的事项"};

    /** A paragraph, or a table row by row; a cell's lines after the first continue it (no TAB). */
    sealed interface Block permits Paragraph, Table {
    }

    record Paragraph(String text, int level) implements Block {
    }

    /** A cell: its text (lines split at \n), how many rows it spans in HTML, and whether a cell above covers it. */
    record Cell(String text, int rowSpan, boolean covered) {
        static Cell of(String text) {
            return new Cell(text == null ? "" : text, 1, false);
        }
    }

    record Table(List<List<Cell>> rows) implements Block {
    }

    /** The document as text and HTML, and the disclosure it must read as. */
    public record Rendered(String text, String html, ObjectNode expected) {
    }

    private final DocumentWording wording;
    private final ObjectNode expected;
    private final ObjectNode document;
    private final String name;
    private final int year;
    private final List<Block> blocks = new ArrayList<>();

    private DocumentRenderer(ObjectNode source, DocumentWording wording) {
        this.wording = wording;
        this.expected = source.deepCopy();
        this.document = (ObjectNode) expected.get("document");
        this.name = source.get("departmentName").asText();
        this.year = source.get("fiscalYear").asInt();
    }

    /**
     * @param source {"departmentName", "departmentCode", "divisionName", "fiscalYear", "document"}: the
     *               structured disclosure, as the parser returns it
     */
    public static Rendered render(ObjectNode source, DocumentWording wording) {
        DocumentRenderer renderer = new DocumentRenderer(source, wording);
        renderer.title();
        renderer.organization();
        renderer.summary();
        renderer.operatingExpenses();
        renderer.threePublic();
        renderer.performance();
        renderer.procurement();
        renderer.assets();
        renderer.glossary();
        renderer.otherNotes();
        return new Rendered(renderer.text(), renderer.html(), renderer.expected);
    }

    // ---------------------------------------------------------------- the parts

    private void title() {
        boolean unit = wording.title() == DocumentWording.TitleLine.UNIT_YEAR || wording.title() == DocumentWording.TitleLine.UNIT_NO_YEAR;
        switch (wording.title()) {
            case YEAR_INFORMATION -> heading(name, year + "年部门预算信息公开");
            case YEAR_PUBLIC -> heading(name, year + "年部门预算公开");
            case NO_YEAR -> heading(name, "部门预算信息公开");
            case UNIT_YEAR -> heading(name, year + "年度单位预算公开");
            case UNIT_NO_YEAR -> heading(name, "单位预算公开");
            case ONE_LINE -> paragraph(year + "年" + name + "部门预算信息公开", 1);
        }
        paragraph("按照《预算法》、《地方预算公开操作规程》规定，现将" + name + year + (unit ? "年度单位预算" : "年部门预算") + "公开如下：", 0);
    }

    private void heading(String department, String titleLine) {
        paragraph(department, 1);
        paragraph(titleLine, 1);
    }

    private void partHeading(int number) {
        String title = (wording.shortTitles() ? SHORT_TITLES : TITLES)[number - 1];
        String numeral = NUMERALS[number - 1];
        String heading = switch (wording.heading()) {
            case FULL_WIDTH_COLON -> "第" + numeral + "部分：" + title;
            case ASCII_COLON -> "第" + numeral + "部分:" + title;
            case SPACE -> "第" + numeral + "部分 " + title;
            case NOTHING -> "第" + numeral + "部分" + title;
            case NUMBERED -> numeral + "、" + title;
        };
        paragraph(heading, 2);
    }

    /** A heading inside a part: 一、收入说明, （一）收入说明 or 1、收入说明. */
    private void section(int number, String title) {
        paragraph(label(wording.sections(), number) + title, 3);
    }

    private static String label(DocumentWording.Numbering numbering, int number) {
        return switch (numbering) {
            case CHINESE -> NUMERALS[number - 1] + "、";
            case BRACKETED -> "（" + NUMERALS[number - 1] + "）";
            case ARABIC -> number + "、";
            case DOT -> number + ".";
            case NONE -> "";
        };
    }

    private void organization() {
        partHeading(1);
        ObjectNode organization = (ObjectNode) document.get("organization");
        ObjectNode duties = (ObjectNode) organization.get("duties");
        section(1, "部门职责");
        String basisDocument = duties.get("basisDocument").isNull() ? null : duties.get("basisDocument").asText();
        String basis = switch (wording.basis()) {
            case ACCORDING -> "根据《关于印发" + name + "职能配置、内设机构和人员编制规定的通知》（" + basisDocument + "），现将我部门概况说明如下：";
            case PURSUANT -> "按照" + basisDocument + "文件规定，本部门主要职责是：";
            case BASED_ON -> "依据《" + name + "主要职责内设机构和人员编制规定》（" + basisDocument + "），" + name + "的主要职责如下：";
            case NONE -> null;
        };
        if (basis != null) {
            paragraph(basis, 0);
        }
        duties.put("basis", basis);
        if (basis == null) {
            duties.putNull("basisDocument");
        }
        int number = 1;
        for (JsonNode item : duties.get("items")) {
            String label = label(wording.duties(), number++);
            ((ObjectNode) item).put("label", label);
            paragraph(label + item.get("text").asText(), 0);
        }
        section(2, "机构设置");
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(cells("部门机构设置情况"));
        rows.add(cells("序号", "单位名称", "单位性质", "单位规格", "经费保障形式"));
        for (JsonNode unit : organization.get("units")) {
            rows.add(cells(unit.get("sequence").asText(), unit.get("name").asText(), text(unit, "nature"), text(unit, "rank"),
                    text(unit, "fundingForm")));
        }
        table(rows);
    }

    private void summary() {
        partHeading(2);
        JsonNode summary = document.get("summary");
        JsonNode revenue = summary.get("revenue");
        JsonNode expenditure = summary.get("expenditure");
        section(1, "收入说明");
        boolean other = wording.proseWording() % 2 == 1;
        StringBuilder income = new StringBuilder();
        if (!other) {
            income.append(year).append("年预算收入").append(prose(revenue.get("total"))).append("，其中：");
            income.append(clauses(revenue, new String[][] {{"generalPublicBudget", "一般公共预算收入"}, {"governmentFund", "基金预算收入"},
                {"fiscalSpecialAccount", "财政专户核拨收入"}, {"otherSources", "其他来源收入"}}));
        } else {
            income.append("本部门").append(year).append("年收入预算").append(prose(revenue.get("total"))).append("，其中");
            income.append(clauses(revenue, new String[][] {{"generalPublicBudget", "一般公共预算拨款收入"}, {"governmentFund", "政府性基金预算收入"},
                {"fiscalSpecialAccount", "财政专户核拨收入"}, {"otherSources", "其他来源收入"}}));
        }
        paragraph(income.append("。").toString(), 0);

        section(2, "支出说明");
        StringBuilder spending = new StringBuilder();
        spending.append(year).append("年支出预算").append(prose(expenditure.get("total")));
        spending.append(other ? "，其中：基本支出" : "，其中基本支出").append(prose(expenditure.get("basic")));
        if (!expenditure.get("personnel").isNull()) {
            spending.append(other ? "，其中人员经费" : "，包括人员经费").append(prose(expenditure.get("personnel")))
                    .append(other ? "、日常公用经费" : "和日常公用经费").append(prose(expenditure.get("publicExpenditure")));
        }
        spending.append("；项目支出").append(prose(expenditure.get("project")));
        if (!expenditure.get("projectDescription").isNull()) {
            spending.append(other ? "，主要用于" : "，主要为").append(expenditure.get("projectDescription").asText());
        }
        if (!expenditure.get("other").isNull()) {
            spending.append("；其他支出").append(prose(expenditure.get("other")));
        }
        paragraph(spending.append("。").toString(), 0);

        JsonNode change = summary.get("changeFromLastYear");
        if (change != null && !change.isNull()) {
            section(3, "比上年增减情况");
            StringBuilder changes = new StringBuilder("本年度预算收支安排").append(prose(expenditure.get("total")));
            changes.append("，较上年").append(change(change.get("total")));
            String separator = "。其中:";
            for (String[] part : new String[][] {{"basic", "基本支出"}, {"project", "项目支出"}, {"other", "其他支出"}}) {
                if (!change.get(part[0]).isNull()) {
                    changes.append(separator).append(part[1]).append(change(change.get(part[0])));
                    separator = "；";
                }
            }
            paragraph(changes.append("。").toString(), 0);
        }
    }

    private String clauses(JsonNode node, String[][] fields) {
        List<String> clauses = new ArrayList<>();
        for (String[] field : fields) {
            if (!node.get(field[0]).isNull()) {
                clauses.add(field[1] + prose(node.get(field[0])));
            }
        }
        return String.join("，", clauses);
    }

    /** 增加204.12万元，主要是…; a decrease in the wording's way. */
    private String change(JsonNode change) {
        BigDecimal amount = change.get("amount").decimalValue();
        String stated;
        if (amount.signum() >= 0) {
            stated = "增加" + prose(amount);
        } else {
            stated = switch (wording.decrease()) {
                case DECREASE -> "减少" + prose(amount.negate());
                case DECLINE -> "下降" + prose(amount.negate());
                case SIGNED -> "增减" + prose(amount);
            };
        }
        return change.get("reason").isNull() ? stated : stated + "，主要是" + change.get("reason").asText();
    }

    private static final String[] OPERATING_NONE = {"本部门为事业单位，不涉及机关运行经费。", "本部门无机关运行经费。",
        "本单位%d年未安排机关运行经费。", "本部门%d年没有机关运行经费安排。"};

    private void operatingExpenses() {
        partHeading(3);
        ObjectNode operating = (ObjectNode) document.get("operatingExpenses");
        String statement;
        if (operating.get("items").isEmpty() && operating.get("total").decimalValue().signum() == 0) {
            statement = OPERATING_NONE[wording.noneWording() % OPERATING_NONE.length].formatted(year);
        } else {
            List<String> items = new ArrayList<>();
            for (JsonNode item : operating.get("items")) {
                items.add(item.get("name").asText() + prose(item.get("amount")));
            }
            statement = wording.proseWording() % 2 == 0
                    ? name + "机关运行经费安排" + prose(operating.get("total")) + "，其中" + String.join("，", items) + "。"
                    : year + "年本部门机关运行经费预算" + prose(operating.get("total")) + "，主要包括：" + String.join("、", items) + "。";
        }
        paragraph(statement, 0);
        operating.put("statement", statement);
    }

    private static final String[] THREE_PUBLIC_NONE = {"本部门%d年无“三公”经费预算，与上年持平。", "本单位不涉及“三公”经费，上年也无。",
        "本部门%d年未安排“三公”经费预算，与上年相比无变化。", "本部门没有“三公”经费，上年亦没有。"};

    private static final Map<DocumentWording.ThreePublicNames, Map<String, String>> ROW_NAMES = Map.of(
            DocumentWording.ThreePublicNames.REFERENCE, Map.of("OUTBOUND_TRAVEL", "因公出国经费", "VEHICLE_PURCHASE", "公务用车购置经费",
                    "VEHICLE_OPERATION", "公务用车运行经费", "VEHICLE_PURCHASE_AND_OPERATION", "公务用车购置及运行经费", "RECEPTION", "公务接待费支出"),
            DocumentWording.ThreePublicNames.FEES, Map.of("OUTBOUND_TRAVEL", "因公出国（境）费用", "VEHICLE_PURCHASE", "公务用车购置费",
                    "VEHICLE_OPERATION", "公务用车运行维护费", "VEHICLE_PURCHASE_AND_OPERATION", "公务用车购置及运行维护费", "RECEPTION", "公务接待费"),
            DocumentWording.ThreePublicNames.OUTBOUND_BRACKETED, Map.of("OUTBOUND_TRAVEL", "1.因公出国(境)费", "VEHICLE_PURCHASE",
                    "2.公务用车购置费", "VEHICLE_OPERATION", "3.公务用车运行费", "VEHICLE_PURCHASE_AND_OPERATION", "2.公务用车购置及运行费",
                    "RECEPTION", "4.公务接待费"));

    private void threePublic() {
        partHeading(4);
        ObjectNode threePublic = (ObjectNode) document.get("threePublicExpenses");
        if (threePublic.get("rows").isEmpty()) {
            String statement = THREE_PUBLIC_NONE[wording.noneWording() % THREE_PUBLIC_NONE.length].formatted(year);
            paragraph(statement, 0);
            ((ObjectNode) threePublic.get("total")).put("reason", statement);
            return;
        }
        boolean yuan = wording.amounts() == DocumentWording.Amounts.YUAN;
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(cells("“三公”经费预算情况及增减变化原因"));
        rows.add(cells("", "", "", "", yuan ? "单位：元" : "单位：万元"));
        rows.add(switch (wording.threePublicColumns()) {
            case REFERENCE -> cells("项目名称", (year - 1) + "年度预算", year + "年度预算", "增减金额", "变化原因");
            case SHORT -> cells("项目", "上年预算数", "本年预算数", "增减额", "原因");
            case YEARS -> cells("科目名称", (year - 1) + "年预算数", year + "年预算数", "增减变化", "增减原因");
        });
        ObjectNode total = (ObjectNode) threePublic.get("total");
        String totalName = wording.totalFirst() ? "总计" : "合　计";
        total.put("name", totalName);
        if (wording.totalFirst()) {
            rows.add(threePublicRow(totalName, total));
        }
        for (JsonNode row : threePublic.get("rows")) {
            String rowName = ROW_NAMES.get(wording.threePublicNames()).get(row.get("category").asText());
            ((ObjectNode) row).put("name", rowName);
            rows.add(threePublicRow(rowName, row));
        }
        if (!wording.totalFirst()) {
            rows.add(threePublicRow(totalName, total));
        }
        table(rows);
    }

    private List<Cell> threePublicRow(String rowName, JsonNode row) {
        return cells(rowName, budgetCell(row.get("previousYear")), budgetCell(row.get("currentYear")),
                row.get("change").isNull() ? "" : threePublicFigure(row.get("change").decimalValue()), text(row, "reason"));
    }

    /** A budget cell of the “三公” table: — for nothing budgeted where the wording has it so. */
    private String budgetCell(JsonNode figure) {
        if (figure.decimalValue().signum() == 0 && wording.zeros() == DocumentWording.Zeros.DASH) {
            return "—";
        }
        return threePublicFigure(figure.decimalValue());
    }

    private String threePublicFigure(BigDecimal amount) {
        return yuan() ? yuan(amount) : figure(amount);
    }

    private boolean yuan() {
        return wording.amounts() == DocumentWording.Amounts.YUAN;
    }

    /** A money cell of a table: in 元 where the wording states its tables so (单位：元), else in 万元; empty for none. */
    private String money(JsonNode figure) {
        if (figure == null || figure.isNull()) {
            return "";
        }
        return yuan() ? yuan(figure.decimalValue()) : figure(figure.decimalValue());
    }

    private void performance() {
        partHeading(5);
        JsonNode performance = document.get("performance");
        JsonNode goals = performance.get("departmentGoals");
        paragraph("部门整体绩效目标：", 3);
        DocumentWording.Numbering numbering = wording.sections() == DocumentWording.Numbering.CHINESE
                ? DocumentWording.Numbering.CHINESE : DocumentWording.Numbering.BRACKETED;
        String[][] sections = {{"overall", "总体绩效目标"}, {"itemized", "分项绩效目标"}, {"safeguards", "工作保障措施"}};
        for (int i = 0; i < sections.length; i++) {
            paragraph(label(numbering, i + 1) + sections[i][1], 3);
            for (JsonNode goal : goals.get(sections[i][0])) {
                paragraph(goal.asText(), 0);
            }
        }
        JsonNode projects = performance.get("projects");
        if (projects.isEmpty()) {
            paragraph("预算项目绩效目标：", 3);
            paragraph(wording.noneWording() % 2 == 0 ? "本部门无预算项目绩效目标。" : "本单位" + year + "年未安排项目支出绩效目标。", 0);
            return;
        }
        paragraph("预算项目绩效目标：", 3);
        int number = 1;
        for (JsonNode project : projects) {
            paragraph(number++ + "、" + project.get("name").asText() + "绩效目标表", 3);
            project(project);
        }
    }

    private void project(JsonNode project) {
        List<List<Cell>> rows = new ArrayList<>();
        JsonNode unit = project.get("unit");
        rows.add(cells((unit.get("code").isNull() ? "" : unit.get("code").asText()) + unit.get("name").asText(), yuan() ? "单位：元" : "单位：万元"));
        rows.add(cells("项目编码", project.get("code").asText(), "项目名称", project.get("name").asText()));
        JsonNode budget = project.get("budget");
        rows.add(cells("预算规模及资金用途", "预算数", money(budget.get("total")), "其中：财政资金", money(budget.get("fiscalFunds")),
                "其他资金", money(budget.get("otherFunds"))));
        if (!project.get("purpose").isNull()) {
            rows.add(cells("", project.get("purpose").asText()));
        }
        rows.add(cells("资金支出计划（%）", "3月底", "6月底", "10月底", "12月底"));
        JsonNode plan = project.get("spendingPlan");
        rows.add(cells("", percent(plan.get("endOfMarch")), percent(plan.get("endOfJune")), percent(plan.get("endOfOctober")),
                percent(plan.get("endOfDecember"))));
        List<String> goals = new ArrayList<>();
        project.get("goals").forEach(goal -> goals.add(goal.asText()));
        rows.add(cells("绩效目标", String.join("\n", goals)));
        rows.add(cells("一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"));
        List<List<Cell>> indicators = new ArrayList<>();
        String level1 = null;
        String level2 = null;
        int level1Row = -1;
        int level2Row = -1;
        for (JsonNode indicator : project.get("indicators")) {
            List<Cell> row = new ArrayList<>();
            String first = indicator.get("level1").asText();
            String second = indicator.get("level2").asText();
            boolean sameFirst = wording.mergedIndicators() && first.equals(level1);
            boolean sameSecond = sameFirst && second.equals(level2);
            // Word's merged cells: the text export leaves the cells below the first one empty.
            row.add(sameFirst ? new Cell("", 1, true) : Cell.of(first));
            row.add(sameSecond ? new Cell("", 1, true) : Cell.of(second));
            row.add(Cell.of(indicator.get("level3").asText()));
            row.add(Cell.of(text(indicator, "description")));
            row.add(Cell.of(text(indicator, "target")));
            row.add(Cell.of(text(indicator, "basis")));
            indicators.add(row);
            if (!sameFirst) {
                level1Row = indicators.size() - 1;
            } else {
                widen(indicators, level1Row, 0);
            }
            if (!sameSecond) {
                level2Row = indicators.size() - 1;
            } else {
                widen(indicators, level2Row, 1);
            }
            level1 = first;
            level2 = second;
        }
        rows.addAll(indicators);
        table(rows);
    }

    private static void widen(List<List<Cell>> rows, int row, int column) {
        Cell cell = rows.get(row).get(column);
        rows.get(row).set(column, new Cell(cell.text(), cell.rowSpan() + 1, false));
    }

    private static final String[] PROCUREMENT_NONE = {"我部门%d年度无政府采购预算。", "本单位%d年未安排政府采购预算。",
        "本部门不涉及政府采购。", "本部门%d年没有政府采购预算。"};

    private void procurement() {
        partHeading(6);
        ObjectNode procurement = (ObjectNode) document.get("procurement");
        if (!procurement.get("hasProcurement").asBoolean()) {
            String statement = PROCUREMENT_NONE[wording.noneWording() % PROCUREMENT_NONE.length].formatted(year);
            paragraph(statement, 0);
            procurement.put("statement", statement);
            return;
        }
        String statement = wording.proseWording() % 2 == 0
                ? "我部门" + year + "年度政府采购预算" + prose(procurement.get("statedTotal")) + "，详细如下："
                : "本单位" + year + "年政府采购预算总额为" + prose(procurement.get("statedTotal")) + "，具体如下：";
        paragraph(statement, 0);
        procurement.put("statement", statement);
        paragraph("部门政府采购预算", 3);
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(cells(expected.get("departmentCode").asText() + " " + procurement.get("departmentName").asText(), yuan() ? "单位：元" : "单位：万元"));
        rows.add(cells("政府采购项目来源", "采购物品名称", "政府采购目录序号", "数量  单位", "数量", "单价", "政府采购金额"));
        rows.add(cells("项目名称", "经济分类", "", "", "", "", "", "总计", "当年部门预算安排资金", "其他渠道资金"));
        rows.add(cells("", "", "", "", "", "", "", "", "合计", "一般公共预算拨款", "基金预算拨款", "财政专户核拨", "其他来源收入", ""));
        ObjectNode total = (ObjectNode) procurement.get("totalRow");
        String label = wording.totalFirst() ? "合计" : "合　计";
        total.put("label", label);
        List<String> totalRow = new ArrayList<>(List.of(label, "", "", "", "", "", ""));
        totalRow.addAll(moneyColumns(total));
        rows.add(cells(totalRow.toArray(String[]::new)));
        for (JsonNode line : procurement.get("lines")) {
            List<String> row = new ArrayList<>(List.of(text(line, "projectName"), text(line, "economicClass"), line.get("itemName").asText(),
                    text(line, "catalogueCode"), text(line, "unit"), line.get("quantity").isNull() ? "" : line.get("quantity").asText(),
                    money(line.get("unitPrice"))));
            row.addAll(moneyColumns(line));
            rows.add(cells(row.toArray(String[]::new)));
        }
        table(rows);
    }

    private List<String> moneyColumns(JsonNode node) {
        List<String> cells = new ArrayList<>();
        for (String field : List.of("amount", "departmentBudget", "generalPublicBudget", "governmentFund", "fiscalSpecialAccount",
                "otherSources", "otherChannels")) {
            // No figure: an empty cell or —, as the wording writes what is not there.
            cells.add(node.get(field).isNull() ? (wording.zeros() == DocumentWording.Zeros.DASH ? "—" : "") : money(node.get(field)));
        }
        return cells;
    }

    private void assets() {
        partHeading(7);
        ObjectNode assets = (ObjectNode) document.get("assets");
        ObjectNode planned = (ObjectNode) assets.get("plannedPurchases");
        String held = name + (year - 1) + "年末固定资产总值" + prose(assets.get("totalFixedAssets")) + "。";
        String plan;
        boolean table = !planned.get("none").asBoolean() && wording.purchases() == DocumentWording.Purchases.TABLE;
        if (planned.get("none").asBoolean()) {
            String[] none = {"我部门%d年度无拟购计划。", "本部门%d年没有拟购置资产计划。", "本单位%d年度暂不拟购置资产。", "我单位%d年未安排资产购置计划。"};
            plan = none[wording.noneWording() % none.length].formatted(year);
        } else if (table) {
            plan = "我部门" + year + "年度拟购置资产如下：";
        } else {
            plan = "我部门" + year + "年度拟购置" + purchaseSentence(planned.get("items")) + "。";
        }
        paragraph(held + plan, 0);
        assets.put("statement", held);
        planned.put("statement", plan);

        List<List<Cell>> rows = new ArrayList<>();
        rows.add(cells(name + "固定资产占用情况表"));
        String[] date = assets.get("asOf").asText().split("-");
        rows.add(cells("截止时间：" + date[0] + "年" + Integer.parseInt(date[1]) + "月" + Integer.parseInt(date[2]) + "日"));
        rows.add(cells("项　　目", "数量", yuan() ? "价值（单位：元）" : "价值（单位：万元）"));
        JsonNode buildings = assets.get("buildings");
        rows.add(cells("固定资产总额", "—", money(assets.get("totalFixedAssets"))));
        rows.add(cells("1、房屋（平方米）", optional(buildings.get("area")), money(buildings.get("value"))));
        rows.add(cells("其中：办公用房（平方米）", optional(buildings.get("officeArea")), money(buildings.get("officeValue"))));
        rows.add(cells("2、车辆（台、辆）", count(assets.get("vehicles").get("count")), money(assets.get("vehicles").get("value"))));
        rows.add(cells("3、单价在20万元以上的设备", count(assets.get("highValueEquipment").get("count")),
                money(assets.get("highValueEquipment").get("value"))));
        rows.add(cells("4、其他固定资产", "—", money(assets.get("otherFixedAssets"))));
        table(rows);
        if (table) {
            List<List<Cell>> purchases = new ArrayList<>();
            purchases.add(cells("拟购置资产明细表"));
            purchases.add(cells("资产名称", "数量", "金额（万元）"));
            for (JsonNode item : planned.get("items")) {
                purchases.add(cells(item.get("name").asText(), item.get("quantity").isNull() ? "" : item.get("quantity").asText(),
                        optional(item.get("amount"))));
            }
            table(purchases);
        }
    }

    /** 办公电脑2台（1.2万元）、打印机1台（0.3万元）, or without counts 办公家具2万元、打印机（预算0.35万元）. */
    private String purchaseSentence(JsonNode items) {
        List<String> pieces = new ArrayList<>();
        for (JsonNode item : items) {
            String itemName = item.get("name").asText();
            String amount = item.get("amount").isNull() ? null : wanPlain(item.get("amount").decimalValue());
            if (item.get("quantity").isNull()) {
                pieces.add(pieces.size() % 2 == 0 ? itemName + amount + "万元" : itemName + "（预算" + amount + "万元）");
            } else {
                String counted = itemName + item.get("quantity").asText() + (itemName.contains("电脑") || itemName.contains("机") ? "台" : "套");
                pieces.add(amount == null ? counted : counted + "（" + amount + "万元）");
            }
        }
        return String.join("、", pieces);
    }

    private void glossary() {
        partHeading(8);
        ArrayNode glossary = (ArrayNode) document.get("glossary");
        if (glossary.isEmpty()) {
            String[] none = {"无", "本部门无需要解释的名词。", "不涉及名词解释。", "本单位没有需解释的专业名词。"};
            paragraph(none[wording.noneWording() % none.length], 0);
            return;
        }
        int number = 1;
        for (JsonNode entry : glossary) {
            paragraph(label(wording.glossary(), number++) + entry.get("term").asText() + "：" + entry.get("definition").asText(), 0);
        }
    }

    private static final String[] OTHER_NOTES = {"无其他需说明的事项。", "本部门无其他需说明的事项。", "无。", "没有其他需要说明的事项。"};

    private void otherNotes() {
        partHeading(9);
        String notes = OTHER_NOTES[wording.noneWording() % OTHER_NOTES.length];
        paragraph(notes, 0);
        document.put("otherNotes", notes);
    }

    // ---------------------------------------------------------------- figures

    /** A figure in prose with its unit: 8529.41万元, or in 元 where the wording has it so. */
    private String prose(JsonNode figure) {
        return prose(figure.decimalValue());
    }

    private String prose(BigDecimal figure) {
        return wording.amounts() == DocumentWording.Amounts.YUAN ? yuan(figure) + "元" : figure(figure) + "万元";
    }

    /** The planned purchases are read in 万元 with ASCII digits only. */
    private static String wanPlain(BigDecimal figure) {
        return figure.toPlainString();
    }

    /** A figure in 万元 as the wording writes it. */
    private String figure(BigDecimal figure) {
        String plain = figure.signum() == 0 ? zero() : figure.toPlainString();
        return switch (wording.amounts()) {
            case PLAIN, YUAN -> plain;
            case GROUPED -> grouped(plain);
            case FULL_WIDTH -> fullWidth(plain);
        };
    }

    private String zero() {
        return wording.zeros() == DocumentWording.Zeros.PLAIN ? "0" : "0.00";
    }

    /** A figure in 万元 written in 元: the point moved four places, with two decimals and separators (85,294,100.00). */
    private String yuan(BigDecimal figure) {
        BigDecimal inYuan = figure.movePointRight(4);
        if (inYuan.scale() < 2) {
            inYuan = inYuan.setScale(2);
        }
        return grouped(inYuan.toPlainString());
    }

    private static String grouped(String plain) {
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        int point = digits.indexOf('.');
        String whole = point < 0 ? digits : digits.substring(0, point);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(whole.charAt(i));
        }
        return (negative ? "-" : "") + grouped + (point < 0 ? "" : digits.substring(point));
    }

    private static String fullWidth(String plain) {
        StringBuilder wide = new StringBuilder();
        for (char c : plain.toCharArray()) {
            wide.append(c >= '0' && c <= '9' ? (char) ('０' + (c - '0')) : c == '.' ? '．' : c == '-' ? '－' : c);
        }
        return wide.toString();
    }

    private String optional(JsonNode figure) {
        return figure == null || figure.isNull() ? "" : figure(figure.decimalValue());
    }

    private String percent(JsonNode figure) {
        if (figure.isNull()) {
            return "";
        }
        return figure(figure.decimalValue()) + (wording.proseWording() % 2 == 1 ? "%" : "");
    }

    private static String count(JsonNode count) {
        return count.isNull() ? "—" : count.asText();
    }

    private static String text(JsonNode node, String field) {
        return node.get(field) == null || node.get(field).isNull() ? "" : node.get(field).asText();
    }

    // ---------------------------------------------------------------- blocks

    private void paragraph(String text, int level) {
        blocks.add(new Paragraph(text, level));
    }

    private void table(List<List<Cell>> rows) {
        blocks.add(new Table(rows));
    }

    private static List<Cell> cells(String... texts) {
        List<Cell> cells = new ArrayList<>();
        for (String text : texts) {
            cells.add(Cell.of(text));
        }
        return cells;
    }

    /** As Word exports it: a cell a line starting with a TAB, its further lines without; a blank line after each row. */
    private String text() {
        StringBuilder text = new StringBuilder();
        for (Block block : blocks) {
            if (block instanceof Paragraph paragraph) {
                text.append(paragraph.text()).append("\n\n");
            } else if (block instanceof Table table) {
                for (List<Cell> row : table.rows()) {
                    for (Cell cell : row) {
                        text.append('\t').append(cell.text()).append('\n');
                    }
                    text.append('\n');
                }
                text.append('\n');
            }
        }
        return text.toString();
    }

    private String html() {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(escape(name))
                // As a word processor's body text sets it (12pt, 1.15 lines, 7pt after), tables in 9pt with Word's cell margins.
                .append("</title>\n<style>\nbody { font-family: 'Noto Serif CJK SC', serif; font-size: 12pt; }\n")
                .append("p, h1, h2, h3 { line-height: 115%; margin: 0 0 7pt 0; }\n")
                .append("table { border-collapse: collapse; width: 100%; }\n")
                .append("td { border: 1px solid #000; padding: 0 0.05in; vertical-align: top; font-size: 9pt; }\n")
                .append("</style>\n</head>\n<body>\n");
        for (Block block : blocks) {
            if (block instanceof Paragraph paragraph) {
                String tag = switch (paragraph.level()) {
                    case 1 -> "h1";
                    case 2 -> "h2";
                    case 3 -> "h3";
                    default -> "p";
                };
                html.append('<').append(tag).append('>').append(escape(paragraph.text())).append("</").append(tag).append(">\n");
            } else if (block instanceof Table table) {
                int width = table.rows().stream().mapToInt(List::size).max().orElse(1);
                // The border attribute, which LibreOffice draws (it reads no CSS borders): word processors draw cell borders.
                html.append("<table border=\"1\" cellspacing=\"0\">\n");
                for (List<Cell> row : table.rows()) {
                    html.append("<tr>");
                    for (int i = 0; i < row.size(); i++) {
                        Cell cell = row.get(i);
                        if (cell.covered()) {
                            continue;
                        }
                        html.append("<td");
                        if (cell.rowSpan() > 1) {
                            html.append(" rowspan=\"").append(cell.rowSpan()).append('"');
                        }
                        // A row narrower than the table: its last cell spans the rest, as Word lays out a caption.
                        if (i == row.size() - 1 && row.size() < width) {
                            html.append(" colspan=\"").append(width - row.size() + 1).append('"');
                        }
                        html.append('>');
                        String[] lines = cell.text().split("\n", -1);
                        for (int line = 0; line < lines.length; line++) {
                            html.append(line > 0 ? "<br>" : "").append(escape(lines[line]));
                        }
                        html.append("</td>");
                    }
                    html.append("</tr>\n");
                }
                html.append("</table>\n");
            }
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
