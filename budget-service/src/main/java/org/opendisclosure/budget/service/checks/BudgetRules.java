package org.opendisclosure.budget.service.checks;

import static org.opendisclosure.common.consistency.Findings.orZero;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opendisclosure.budget.model.BudgetDocument;
import org.opendisclosure.budget.model.BudgetDocument.Change;
import org.opendisclosure.budget.model.BudgetDocument.ChangeFromLastYear;
import org.opendisclosure.budget.model.BudgetDocument.Expenditure;
import org.opendisclosure.budget.model.BudgetDocument.OperatingExpenses;
import org.opendisclosure.budget.model.BudgetDocument.Revenue;
import org.opendisclosure.budget.model.BudgetDocument.ThreePublicExpenses;
import org.opendisclosure.budget.model.BudgetDocument.ThreePublicRow;
import org.opendisclosure.common.consistency.Findings;
import org.opendisclosure.common.consistency.Location;
import org.opendisclosure.common.consistency.Rule;
import org.opendisclosure.common.consistency.Severity;

/**
 * The consistency rules inside parts 二 (summary), 三 (operatingExpenses) and 四
 * (threePublicExpenses) of a budget document. Pure: a document in, findings out, in document order.
 *
 * <p>One published error is reported once. Where a wrong figure takes part in two rules, the
 * second rule also accepts the reading that the first rule's finding already explains:
 * <ul>
 * <li>a wrong 基本支出 fails {@code summary.basic-total}; {@code summary.expenditure-total} then
 * also accepts total = personnel + public + project + other;</li>
 * <li>{@code summary.balance} holds when any reading of each side (the stated total, or the sum
 * of its parts when they disagree) balances, so a wrong total is reported by its own rule only;</li>
 * <li>a wrong 上年度 or 本年度 figure of a “三公” row fails that row's {@code three-public.change};
 * {@code three-public.total} then also accepts the column read with that row's figure derived
 * from its change;</li>
 * <li>a wrong figure of the 合计 row fails {@code three-public.total}; the 合计 row's change
 * then also accepts the sums of the rows.</li>
 * </ul>
 * The 合计 row's change is checked as current − previous, never as the sum of the rows' changes
 * (a wrong row change is its own row's finding).
 */
public final class BudgetRules {

    public static final String SUMMARY = "summary";
    public static final String OPERATING_EXPENSES = "operatingExpenses";
    public static final String THREE_PUBLIC = "threePublicExpenses";

    public static final Rule REVENUE_TOTAL = Rule.of("summary.revenue-total", Severity.ERROR,
            "收入合计 = 一般公共预算收入 + 政府性基金预算收入 + 财政专户核拨收入 + 其他来源收入",
            "revenue total = general public budget + government fund + fiscal special account + other sources",
            SUMMARY);
    public static final Rule EXPENDITURE_TOTAL = Rule.of("summary.expenditure-total", Severity.ERROR,
            "支出合计 = 基本支出 + 项目支出 + 其他支出",
            "expenditure total = basic + project + other",
            SUMMARY);
    public static final Rule BALANCE = Rule.of("summary.balance", Severity.ERROR,
            "支出合计 = 收入合计",
            "expenditure total = revenue total",
            SUMMARY);
    public static final Rule BASIC_TOTAL = Rule.of("summary.basic-total", Severity.ERROR,
            "基本支出 = 人员经费 + 日常公用经费",
            "basic = personnel + public expenditure",
            SUMMARY);
    public static final Rule CHANGE_TOTAL = Rule.of("summary.change-total", Severity.ERROR,
            "支出比上年增减 = 基本支出、项目支出、其他支出比上年增减之和",
            "change of the total = change of basic + change of project + change of other",
            SUMMARY);
    public static final Rule OPERATING_TOTAL = Rule.of("operating-expenses.total", Severity.ERROR,
            "机关运行经费合计 = 各项之和",
            "operating expenses total = sum of the items",
            OPERATING_EXPENSES);
    public static final Rule THREE_PUBLIC_TOTAL = Rule.of("three-public.total", Severity.ERROR,
            "合计行 = 各行之和（上年度、本年度各自核对）",
            "total row = sum of the rows (previous year and current year, each)",
            THREE_PUBLIC);
    public static final Rule THREE_PUBLIC_CHANGE = Rule.of("three-public.change", Severity.ERROR,
            "增减金额 = 本年度预算 − 上年度预算，减少为负数",
            "change = current year − previous year, negative for a decrease",
            THREE_PUBLIC);
    public static final Rule THREE_PUBLIC_REASON = Rule.of("three-public.reason", Severity.WARNING,
            "预算有增减的行须说明变化原因",
            "a row whose budget changed gives a reason",
            THREE_PUBLIC);

    /** Every rule this service checks, in the order their findings come out. */
    public static final List<Rule> CATALOGUE = List.of(REVENUE_TOTAL, EXPENDITURE_TOTAL, BALANCE, BASIC_TOTAL, CHANGE_TOTAL,
            OPERATING_TOTAL, THREE_PUBLIC_CHANGE, THREE_PUBLIC_REASON, THREE_PUBLIC_TOTAL);

    private BudgetRules() {
    }

    /** Checks the three parts of the document, in document order. */
    public static void check(BudgetDocument document, Findings findings) {
        summary(document.summary(), findings);
        operatingExpenses(document.operatingExpenses(), findings);
        threePublicExpenses(document.threePublicExpenses(), findings);
    }

    // ---- 二 部门预算安排的总体情况 -------------------------------------------------------------

    static void summary(BudgetDocument.Summary summary, Findings findings) {
        Revenue revenue = summary.revenue();
        Expenditure expenditure = summary.expenditure();

        // A breakdown of the revenue only when at least one source is published.
        Map<String, BigDecimal> sources = figures(
                "revenue.generalPublicBudget", revenue.generalPublicBudget(),
                "revenue.governmentFund", revenue.governmentFund(),
                "revenue.fiscalSpecialAccount", revenue.fiscalSpecialAccount(),
                "revenue.otherSources", revenue.otherSources());
        boolean revenueBrokenDown = anyStated(sources);
        if (revenueBrokenDown) {
            findings.sum(REVENUE_TOTAL, at(SUMMARY, "revenue.total"), "revenue.total", revenue.total(), sources);
        }

        boolean basicBrokenDown = expenditure.personnel() != null || expenditure.publicExpenditure() != null;
        BigDecimal basicFromParts = orZero(expenditure.personnel()).add(orZero(expenditure.publicExpenditure()));
        boolean basicWrong = basicBrokenDown && findings.differs(basicFromParts, expenditure.basic());
        BigDecimal fromParts = expenditure.basic().add(expenditure.project()).add(orZero(expenditure.other()));
        BigDecimal fromDeepParts = basicFromParts.add(expenditure.project()).add(orZero(expenditure.other()));
        // A wrong 基本支出 is reported by summary.basic-total alone.
        if (!(basicWrong && !findings.differs(fromDeepParts, expenditure.total()))) {
            findings.sum(EXPENDITURE_TOTAL, at(SUMMARY, "expenditure.total"), "expenditure.total", expenditure.total(),
                    figures("expenditure.basic", expenditure.basic(),
                            "expenditure.project", expenditure.project(),
                            "expenditure.other", expenditure.other()));
        }

        List<BigDecimal> revenueReadings = new ArrayList<>(List.of(revenue.total()));
        if (revenueBrokenDown) {
            revenueReadings.add(sum(sources));
        }
        List<BigDecimal> expenditureReadings = new ArrayList<>(List.of(expenditure.total(), fromParts));
        if (basicBrokenDown) {
            expenditureReadings.add(fromDeepParts);
        }
        if (!anyAgree(findings, revenueReadings, expenditureReadings)) {
            findings.equal(BALANCE, at(SUMMARY, "expenditure.total"),
                    figures("revenue.total", revenue.total(), "expenditure.total", expenditure.total()),
                    revenue.total(), expenditure.total());
        }

        if (basicBrokenDown) {
            findings.sum(BASIC_TOTAL, at(SUMMARY, "expenditure.basic"), "expenditure.basic", expenditure.basic(),
                    figures("expenditure.personnel", expenditure.personnel(),
                            "expenditure.publicExpenditure", expenditure.publicExpenditure()));
        }

        ChangeFromLastYear changes = summary.changeFromLastYear();
        if (changes != null && changes.total() != null) {
            Map<String, BigDecimal> parts = figures(
                    "changeFromLastYear.basic.amount", amount(changes.basic()),
                    "changeFromLastYear.project.amount", amount(changes.project()),
                    "changeFromLastYear.other.amount", amount(changes.other()));
            // Only the total's change published: nothing to add up.
            if (anyStated(parts)) {
                findings.sum(CHANGE_TOTAL, at(SUMMARY, "changeFromLastYear.total.amount"),
                        "changeFromLastYear.total.amount", changes.total().amount(), parts);
            }
        }
    }

    // ---- 三 机关运行经费 ---------------------------------------------------------------------------

    static void operatingExpenses(OperatingExpenses operating, Findings findings) {
        if (operating.items().isEmpty()) {
            return; // the total alone, not broken down
        }
        Map<String, BigDecimal> items = new LinkedHashMap<>();
        for (int i = 0; i < operating.items().size(); i++) {
            items.put("items[" + i + "].amount", operating.items().get(i).amount());
        }
        findings.sum(OPERATING_TOTAL, at(OPERATING_EXPENSES, "total"), "total", operating.total(), items);
    }

    // ---- 四 “三公”经费 ---------------------------------------------------------------------------

    static void threePublicExpenses(ThreePublicExpenses table, Findings findings) {
        List<ThreePublicRow> rows = table.rows();
        BudgetDocument.ThreePublicTotal total = table.total();
        // A table that publishes a change column: a blank cell in it is 0, as in the other columns.
        boolean changeColumn = total.change() != null || rows.stream().anyMatch(r -> r.change() != null);

        // The 上年度/本年度 figures of each row as its own change has them, for the column sums.
        List<BigDecimal> previousByChange = new ArrayList<>();
        List<BigDecimal> currentByChange = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ThreePublicRow row = rows.get(i);
            String prefix = "rows[" + i + "].";
            boolean held = !changeColumn || change(findings, prefix, row.name(), row.previousYear(), row.currentYear(),
                    row.change(), List.of());
            previousByChange.add(held ? row.previousYear() : row.currentYear().subtract(orZero(row.change())));
            currentByChange.add(held ? row.currentYear() : row.previousYear().add(orZero(row.change())));
            reason(findings, changeColumn, prefix, row.name(), row.previousYear(), row.currentYear(), row.change(),
                    row.reason());
        }

        BigDecimal previousSum = BigDecimal.ZERO;
        BigDecimal currentSum = BigDecimal.ZERO;
        Map<String, BigDecimal> previous = new LinkedHashMap<>();
        Map<String, BigDecimal> current = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            previous.put("rows[" + i + "].previousYear", rows.get(i).previousYear());
            current.put("rows[" + i + "].currentYear", rows.get(i).currentYear());
            previousSum = previousSum.add(rows.get(i).previousYear());
            currentSum = currentSum.add(rows.get(i).currentYear());
        }
        if (!rows.isEmpty()) {
            // A column that adds up once a row is read by its own (already reported) change is that row's error.
            if (findings.differs(previousSum, total.previousYear()) && findings.differs(sum(previousByChange), total.previousYear())) {
                findings.sum(THREE_PUBLIC_TOTAL, at(THREE_PUBLIC, "total.previousYear").row(total.name()),
                        "total.previousYear", total.previousYear(), previous);
            }
            if (findings.differs(currentSum, total.currentYear()) && findings.differs(sum(currentByChange), total.currentYear())) {
                findings.sum(THREE_PUBLIC_TOTAL, at(THREE_PUBLIC, "total.currentYear").row(total.name()),
                        "total.currentYear", total.currentYear(), current);
            }
        }

        if (changeColumn) {
            // When a figure of the 合计 row is wrong (three-public.total), its change may follow the rows' sums.
            List<BigDecimal> alternatives = rows.isEmpty() ? List.of() : List.of(currentSum.subtract(previousSum));
            change(findings, "total.", total.name(), total.previousYear(), total.currentYear(), total.change(), alternatives);
        }
        reason(findings, changeColumn, "total.", total.name(), total.previousYear(), total.currentYear(), total.change(),
                total.reason());
    }

    /** three-public.change of one row; true when it holds (or one of the alternative expectations does). */
    private static boolean change(Findings findings, String prefix, String name, BigDecimal previousYear,
                                  BigDecimal currentYear, BigDecimal change, List<BigDecimal> alternatives) {
        BigDecimal expected = currentYear.subtract(previousYear);
        BigDecimal stated = orZero(change);
        if (!findings.differs(expected, stated) || alternatives.stream().anyMatch(a -> !findings.differs(a, stated))) {
            return true;
        }
        boolean wrongSign = expected.signum() != 0 && !findings.differs(expected, stated.negate());
        return findings.equal(THREE_PUBLIC_CHANGE, at(THREE_PUBLIC, prefix + "change").row(name),
                figures(prefix + "previousYear", previousYear, prefix + "currentYear", currentYear, prefix + "change", change),
                expected, change, wrongSign ? "公布的正负号相反" : null, wrongSign ? "the published sign is the opposite" : null);
    }

    /**
     * three-public.reason of one row: a row whose figures changed and (where the table has a
     * change column) whose stated change is not zero must give a reason. Requiring both means a
     * wrong change or a wrong figure alone does not also call for a reason.
     */
    private static void reason(Findings findings, boolean changeColumn, String prefix, String name, BigDecimal previousYear,
                               BigDecimal currentYear, BigDecimal change, String reason) {
        boolean changed = findings.differs(previousYear, currentYear)
                && (!changeColumn || findings.differs(BigDecimal.ZERO, orZero(change)));
        if (!changed || (reason != null && !reason.isBlank())) {
            return;
        }
        String by = currentYear.subtract(previousYear).toPlainString();
        findings.fail(THREE_PUBLIC_REASON, at(THREE_PUBLIC, prefix + "reason").row(name),
                figures(prefix + "previousYear", previousYear, prefix + "currentYear", currentYear, prefix + "change", change),
                "a reason", reason == null ? "" : reason,
                "本年度预算比上年度增减 " + by + "，未说明变化原因",
                "the budget changed by " + by + " from the previous year but no reason is given");
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private static Location at(String part, String path) {
        return Location.of(part, path);
    }

    private static BigDecimal amount(Change change) {
        return change == null ? null : change.amount();
    }

    /** Named figures in the order given; a null value is an empty cell. */
    private static Map<String, BigDecimal> figures(Object... namesAndValues) {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            figures.put((String) namesAndValues[i], (BigDecimal) namesAndValues[i + 1]);
        }
        return figures;
    }

    private static boolean anyStated(Map<String, BigDecimal> figures) {
        return figures.values().stream().anyMatch(v -> v != null);
    }

    private static BigDecimal sum(Map<String, BigDecimal> figures) {
        return sum(figures.values());
    }

    private static BigDecimal sum(Iterable<BigDecimal> values) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal value : values) {
            sum = sum.add(orZero(value));
        }
        return sum;
    }

    private static boolean anyAgree(Findings findings, List<BigDecimal> left, List<BigDecimal> right) {
        for (BigDecimal l : left) {
            for (BigDecimal r : right) {
                if (!findings.differs(l, r)) {
                    return true;
                }
            }
        }
        return false;
    }
}
