package org.opendisclosure.procurement.service.checks;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opendisclosure.common.consistency.Findings;
import org.opendisclosure.common.consistency.Location;
import org.opendisclosure.common.consistency.Rule;
import org.opendisclosure.common.consistency.Severity;
import org.opendisclosure.procurement.model.ProcurementDocument;

/**
 * The consistency rules of part 六 (政府采购预算), checked on a document exactly as published.
 * <p>
 * An equation is checked only when the table publishes its checked figure and at least one of
 * the figures it is computed from: a table that leaves a whole group of columns out (no funding
 * breakdown, no unit price) has nothing to check there, while a blank cell among published ones
 * counts as 0. This also keeps one blank cell from firing two rules.
 * <p>
 * The 合计 row's funding columns are deliberately not checked against the sums of the lines'
 * columns: a wrong line column is already reported by that line's own rule, and is reported once.
 * A document without procurement (hasProcurement false) has nothing to check.
 */
public final class ProcurementRules {

    /** The key of this part in the composed disclosure. */
    public static final String PART = "procurement";

    public static final Rule LINE_AMOUNT = Rule.of("procurement.line-amount", Severity.ERROR,
            "政府采购金额 = 数量 × 单价",
            "amount = quantity × unit price", PART);
    public static final Rule TOTAL = Rule.of("procurement.total", Severity.ERROR,
            "合计行政府采购金额 = 各行政府采购金额之和",
            "total row amount = sum of the lines' amounts", PART);
    public static final Rule STATED_TOTAL = Rule.of("procurement.stated-total", Severity.ERROR,
            "文字说明的政府采购预算总额 = 合计行政府采购金额",
            "total stated in the text = total row amount", PART);
    public static final Rule LINE_FUNDING = Rule.of("procurement.line-funding", Severity.ERROR,
            "政府采购金额 = 当年部门预算安排资金 + 其他渠道资金",
            "amount = department budget + other channels", PART);
    public static final Rule LINE_DEPARTMENT_BUDGET = Rule.of("procurement.line-department-budget", Severity.ERROR,
            "当年部门预算安排资金 = 一般公共预算拨款 + 基金预算拨款 + 财政专户核拨 + 其他来源收入",
            "department budget = general public budget + government fund + fiscal special account + other sources", PART);

    public static final List<Rule> CATALOGUE = List.of(LINE_AMOUNT, TOTAL, STATED_TOTAL, LINE_FUNDING, LINE_DEPARTMENT_BUDGET);

    private ProcurementRules() {
    }

    /** Adds the document's findings to {@code findings}, in document order: the stated total, the 合计 row, then each line. */
    public static void check(ProcurementDocument document, Findings findings) {
        if (!document.hasProcurement()) {
            return;
        }
        ProcurementDocument.TotalRow total = document.totalRow();
        List<ProcurementDocument.Line> lines = document.lines();

        if (total != null && document.statedTotal() != null && total.amount() != null) {
            Map<String, BigDecimal> figures = new LinkedHashMap<>();
            figures.put("statedTotal", document.statedTotal());
            figures.put("totalRow.amount", total.amount());
            findings.equal(STATED_TOTAL, Location.of(PART, "statedTotal"), figures, total.amount(), document.statedTotal());
        }

        if (total != null) {
            if (total.amount() != null && !lines.isEmpty()) {
                Map<String, BigDecimal> amounts = new LinkedHashMap<>();
                for (int i = 0; i < lines.size(); i++) {
                    amounts.put("lines[" + i + "].amount", lines.get(i).amount());
                }
                findings.sum(TOTAL, at("totalRow.amount", total.label()), "totalRow.amount", total.amount(), amounts);
            }
            funding(findings, "totalRow", total.label(), total.amount(), total.departmentBudget(), total.otherChannels());
            departmentBudget(findings, "totalRow", total.label(), total.departmentBudget(), total.generalPublicBudget(),
                    total.governmentFund(), total.fiscalSpecialAccount(), total.otherSources());
        }

        for (int i = 0; i < lines.size(); i++) {
            ProcurementDocument.Line line = lines.get(i);
            String path = "lines[" + i + "]";
            String row = rowOf(line);
            if (line.quantity() != null && line.unitPrice() != null) {
                Map<String, BigDecimal> figures = new LinkedHashMap<>();
                figures.put("amount", line.amount());
                figures.put("quantity", line.quantity());
                figures.put("unitPrice", line.unitPrice());
                findings.equal(LINE_AMOUNT, at(path + ".amount", row), figures, plain(line.quantity().multiply(line.unitPrice())),
                        line.amount());
            }
            funding(findings, path, row, line.amount(), line.departmentBudget(), line.otherChannels());
            departmentBudget(findings, path, row, line.departmentBudget(), line.generalPublicBudget(), line.governmentFund(),
                    line.fiscalSpecialAccount(), line.otherSources());
        }
    }

    /** How a reader finds a line in the published table: its project and the item bought. */
    static String rowOf(ProcurementDocument.Line line) {
        return line.projectName() == null || line.projectName().isBlank()
                ? line.itemName()
                : line.projectName() + " / " + line.itemName();
    }

    private static void funding(Findings findings, String path, String row, BigDecimal amount, BigDecimal departmentBudget,
                                BigDecimal otherChannels) {
        if (amount == null || (departmentBudget == null && otherChannels == null)) {
            return;
        }
        Map<String, BigDecimal> parts = new LinkedHashMap<>();
        parts.put("departmentBudget", departmentBudget);
        parts.put("otherChannels", otherChannels);
        findings.sum(LINE_FUNDING, at(path + ".amount", row), "amount", amount, parts);
    }

    private static void departmentBudget(Findings findings, String path, String row, BigDecimal departmentBudget,
                                         BigDecimal generalPublicBudget, BigDecimal governmentFund,
                                         BigDecimal fiscalSpecialAccount, BigDecimal otherSources) {
        if (departmentBudget == null
                || (generalPublicBudget == null && governmentFund == null && fiscalSpecialAccount == null && otherSources == null)) {
            return;
        }
        Map<String, BigDecimal> parts = new LinkedHashMap<>();
        parts.put("generalPublicBudget", generalPublicBudget);
        parts.put("governmentFund", governmentFund);
        parts.put("fiscalSpecialAccount", fiscalSpecialAccount);
        parts.put("otherSources", otherSources);
        findings.sum(LINE_DEPARTMENT_BUDGET, at(path + ".departmentBudget", row), "departmentBudget", departmentBudget, parts);
    }

    private static Location at(String path, String row) {
        return Location.of(PART, path).row(row);
    }

    /** A computed product without the trailing zeros the multiplication adds (178.5 × 0.02 is 3.57, not 3.570). */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
