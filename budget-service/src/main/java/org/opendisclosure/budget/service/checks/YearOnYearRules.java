package org.opendisclosure.budget.service.checks;

import static org.opendisclosure.budget.service.checks.BudgetRules.SUMMARY;
import static org.opendisclosure.budget.service.checks.BudgetRules.THREE_PUBLIC;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.opendisclosure.budget.model.BudgetDocument;
import org.opendisclosure.budget.model.BudgetDocument.Change;
import org.opendisclosure.budget.model.BudgetDocument.ChangeFromLastYear;
import org.opendisclosure.budget.model.BudgetDocument.Expenditure;
import org.opendisclosure.budget.model.BudgetDocument.ThreePublicRow;
import org.opendisclosure.common.consistency.Findings;
import org.opendisclosure.common.consistency.Location;
import org.opendisclosure.common.consistency.Rule;
import org.opendisclosure.common.consistency.Severity;

/**
 * What a budget document states about last year, checked against the previous year's budget as
 * this service holds it (its current revision). Warnings, not errors: a department compares with
 * last year's budget as adjusted during that year, which may rightly differ from the one it
 * published. Without a stored previous year there is nothing to compare, which is not a finding.
 * The previous year's figures are named {@code previousYear.} and their path in that document.
 */
public final class YearOnYearRules {

    static final String PREVIOUS = "previousYear.";

    public static final Rule STATED_CHANGE = Rule.of("summary.change-against-previous-year", Severity.WARNING,
            "比上年增减 = 本年度支出 − 上年度已公开的支出（合计、基本支出、项目支出）",
            "stated change from last year = this year's expenditure − the expenditure of last year's stored disclosure"
                    + " (total, basic and project)",
            SUMMARY);
    public static final Rule PREVIOUS_YEAR_COLUMN = Rule.of("three-public.previous-year", Severity.WARNING,
            "“三公”经费上年度预算 = 上年度已公开的本年度预算",
            "the previous-year column of the “三公” table = the current-year column of last year's stored disclosure",
            THREE_PUBLIC);

    public static final List<Rule> CATALOGUE = List.of(STATED_CHANGE, PREVIOUS_YEAR_COLUMN);

    private YearOnYearRules() {
    }

    public static void check(BudgetDocument document, BudgetDocument previous, Findings findings) {
        statedChanges(document.summary(), previous.summary().expenditure(), findings);
        previousYearColumn(document.threePublicExpenses(), previous.threePublicExpenses(), findings);
    }

    private static void statedChanges(BudgetDocument.Summary summary, Expenditure previous, Findings findings) {
        ChangeFromLastYear changes = summary.changeFromLastYear();
        if (changes == null) {
            return;
        }
        Expenditure current = summary.expenditure();
        statedChange("total", changes.total(), current, previous, Expenditure::total, findings);
        statedChange("basic", changes.basic(), current, previous, Expenditure::basic, findings);
        statedChange("project", changes.project(), current, previous, Expenditure::project, findings);
    }

    private static void statedChange(String name, Change stated, Expenditure current, Expenditure previous,
                                     Function<Expenditure, BigDecimal> figure, Findings findings) {
        BigDecimal now = figure.apply(current);
        BigDecimal before = figure.apply(previous);
        if (stated == null || now == null || before == null) {
            return;
        }
        String path = "changeFromLastYear." + name + ".amount";
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        figures.put(path, stated.amount());
        figures.put("expenditure." + name, now);
        figures.put(PREVIOUS + "expenditure." + name, before);
        findings.equal(STATED_CHANGE, Location.of(SUMMARY, path), figures, now.subtract(before), stated.amount());
    }

    /** Rows are matched by category (a row's name may be worded differently from one year to the next). */
    private static void previousYearColumn(BudgetDocument.ThreePublicExpenses table, BudgetDocument.ThreePublicExpenses previous,
                                           Findings findings) {
        List<ThreePublicRow> rows = table.rows();
        for (int i = 0; i < rows.size(); i++) {
            ThreePublicRow row = rows.get(i);
            for (int j = 0; j < previous.rows().size(); j++) {
                ThreePublicRow before = previous.rows().get(j);
                if (before.category() == row.category()) {
                    compare("rows[" + i + "].previousYear", row.name(), row.previousYear(),
                            "rows[" + j + "].currentYear", before.currentYear(), findings);
                }
            }
        }
        compare("total.previousYear", table.total().name(), table.total().previousYear(),
                "total.currentYear", previous.total().currentYear(), findings);
    }

    private static void compare(String path, String row, BigDecimal stated, String previousPath, BigDecimal previous,
                                Findings findings) {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        figures.put(path, stated);
        figures.put(PREVIOUS + previousPath, previous);
        findings.equal(PREVIOUS_YEAR_COLUMN, Location.of(THREE_PUBLIC, path).row(row), figures, previous, stated);
    }
}
