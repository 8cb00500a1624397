package org.opendisclosure.budget.service.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.opendisclosure.budget.model.BudgetDocument;
import org.opendisclosure.common.consistency.Finding;
import org.opendisclosure.common.consistency.Findings;
import org.opendisclosure.common.consistency.Location;
import org.opendisclosure.common.consistency.Rule;
import org.opendisclosure.common.consistency.Severity;
import org.opendisclosure.testing.ExactJson;

/** Each rule on a small document that passes and one that fails it; the published fixture's exact findings. */
class BudgetRulesTest {

    /** A small budget in which everything adds up. */
    private static final String CONSISTENT = """
            {
              "summary": {
                "revenue": {"total": 100, "generalPublicBudget": 90, "governmentFund": 10, "fiscalSpecialAccount": null, "otherSources": null},
                "expenditure": {"total": 100, "basic": 60, "personnel": 50, "publicExpenditure": 10, "project": 40,
                                "projectDescription": "村级经费", "other": null},
                "changeFromLastYear": {
                  "total": {"amount": 5, "reason": null},
                  "basic": {"amount": 8, "reason": "人员增加"},
                  "project": {"amount": -3, "reason": "项目减少"},
                  "other": null
                }
              },
              "operatingExpenses": {"total": 10, "items": [{"name": "办公费", "amount": 4}, {"name": "邮电费", "amount": 6}]},
              "threePublicExpenses": {
                "rows": [
                  {"category": "OUTBOUND_TRAVEL", "name": "因公出国经费", "previousYear": 0, "currentYear": 0, "change": 0, "reason": null},
                  {"category": "VEHICLE_OPERATION", "name": "公务用车运行经费", "previousYear": 4.5, "currentYear": 6.5, "change": 2, "reason": "车辆老化"},
                  {"category": "RECEPTION", "name": "公务接待费", "previousYear": 0.25, "currentYear": 0.05, "change": -0.20, "reason": "压缩接待"}
                ],
                "total": {"name": "合计", "previousYear": 4.75, "currentYear": 6.55, "change": 1.80, "reason": "车辆老化"}
              },
              "glossary": [],
              "otherNotes": "无"
            }
            """;

    private static BudgetDocument document(JsonNode json) {
        try {
            return ExactJson.MAPPER.treeToValue(json, BudgetDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The consistent budget with a change made to it. */
    private static BudgetDocument budget(Consumer<ObjectNode> change) {
        ObjectNode json = (ObjectNode) ExactJson.parse(CONSISTENT);
        change.accept(json);
        return document(json);
    }

    private static ObjectNode node(ObjectNode root, String pointer) {
        return (ObjectNode) root.at(pointer);
    }

    private static List<Finding> check(BudgetDocument document) {
        return check(document, BigDecimal.ZERO);
    }

    private static List<Finding> check(BudgetDocument document, BigDecimal tolerance) {
        Findings findings = new Findings(tolerance);
        BudgetRules.check(document, findings);
        return findings.list();
    }

    private static Map<String, BigDecimal> figures(Object... namesAndValues) {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            figures.put((String) namesAndValues[i], value == null ? null : new BigDecimal((String) value));
        }
        return figures;
    }

    /** The single finding of the document, checked field by field. */
    private static Finding single(BudgetDocument document, Rule rule, Location location, String expected, String actual,
                                  String difference) {
        List<Finding> found = check(document);
        assertThat(found).hasSize(1);
        Finding finding = found.get(0);
        assertFinding(finding, rule, location, expected, actual, difference);
        return finding;
    }

    private static void assertFinding(Finding finding, Rule rule, Location location, String expected, String actual,
                                      String difference) {
        assertThat(finding.rule()).isEqualTo(rule.id());
        assertThat(finding.severity()).isEqualTo(rule.severity());
        assertThat(finding.location()).isEqualTo(location);
        assertThat(finding.expected()).isEqualTo(expected);
        assertThat(finding.actual()).isEqualTo(actual);
        if (difference == null) {
            assertThat(finding.difference()).isNull();
        } else {
            assertThat(finding.difference()).isNotNull();
            assertThat(finding.difference().toPlainString()).isEqualTo(difference);
        }
    }

    private static Location summary(String path) {
        return Location.of("summary", path);
    }

    private static Location threePublic(String path, String row) {
        return Location.of("threePublicExpenses", path).row(row);
    }

    @Test
    void aConsistentBudgetHasNoFindings() {
        assertThat(check(budget(d -> { }))).isEmpty();
    }

    // ---- summary ---------------------------------------------------------------------------------

    @Test
    void revenueTotalMustBeTheSumOfTheSources() {
        Finding finding = single(budget(d -> node(d, "/summary/revenue").put("generalPublicBudget", new BigDecimal("80"))),
                BudgetRules.REVENUE_TOTAL, summary("revenue.total"), "90", "100", "10");
        assertThat(finding.figures()).containsExactlyEntriesOf(figures("revenue.total", "100",
                "revenue.generalPublicBudget", "80", "revenue.governmentFund", "10",
                "revenue.fiscalSpecialAccount", null, "revenue.otherSources", null));
        assertThat(finding.messageEn()).isEqualTo("summary revenue.total: published 100, but \"revenue total = general public "
                + "budget + government fund + fiscal special account + other sources\" gives 90 (difference 10)");
        assertThat(finding.messageZh()).contains("公布为 100", "应为 90", "收入合计 = 一般公共预算收入");

        // Not broken down by source: nothing to add up.
        assertThat(check(budget(d -> node(d, "/summary/revenue").putNull("generalPublicBudget").putNull("governmentFund"))))
                .isEmpty();
    }

    @Test
    void aWrongRevenueTotalIsReportedOnceNotAlsoAsAnImbalance() {
        single(budget(d -> node(d, "/summary/revenue").put("total", new BigDecimal("120"))),
                BudgetRules.REVENUE_TOTAL, summary("revenue.total"), "100", "120", "20");
    }

    @Test
    void expenditureTotalMustBeBasicPlusProjectPlusOther() {
        Finding finding = single(budget(d -> node(d, "/summary/expenditure").put("project", new BigDecimal("30"))),
                BudgetRules.EXPENDITURE_TOTAL, summary("expenditure.total"), "90", "100", "10");
        assertThat(finding.figures()).containsExactlyEntriesOf(figures("expenditure.total", "100",
                "expenditure.basic", "60", "expenditure.project", "30", "expenditure.other", null));

        // An empty 其他支出 counts as 0; a published one is added.
        assertThat(check(budget(d -> node(d, "/summary/expenditure").put("other", new BigDecimal("0"))))).isEmpty();
        single(budget(d -> node(d, "/summary/expenditure").put("other", new BigDecimal("0.5"))),
                BudgetRules.EXPENDITURE_TOTAL, summary("expenditure.total"), "100.5", "100", "-0.5");
    }

    @Test
    void basicMustBePersonnelPlusPublicExpenditure() {
        Finding finding = single(budget(d -> node(d, "/summary/expenditure").put("personnel", new BigDecimal("45"))),
                BudgetRules.BASIC_TOTAL, summary("expenditure.basic"), "55", "60", "5");
        assertThat(finding.figures()).containsExactlyEntriesOf(figures("expenditure.basic", "60",
                "expenditure.personnel", "45", "expenditure.publicExpenditure", "10"));

        // Neither published: not broken down.
        assertThat(check(budget(d -> node(d, "/summary/expenditure").putNull("personnel").putNull("publicExpenditure"))))
                .isEmpty();
    }

    @Test
    void aWrongBasicFigureIsReportedOnceNotAlsoAgainstTheTotal() {
        // 基本支出 55 where personnel + public = 60 and the total 100 = 60 + 40.
        single(budget(d -> node(d, "/summary/expenditure").put("basic", new BigDecimal("55"))),
                BudgetRules.BASIC_TOTAL, summary("expenditure.basic"), "60", "55", "-5");
    }

    @Test
    void revenueAndExpenditureTotalsMustBalance() {
        Finding finding = single(budget(d -> node(d, "/summary/revenue").put("total", new BigDecimal("120"))
                        .put("generalPublicBudget", new BigDecimal("110"))),
                BudgetRules.BALANCE, summary("expenditure.total"), "120", "100", "-20");
        assertThat(finding.figures()).containsExactlyEntriesOf(figures("revenue.total", "120", "expenditure.total", "100"));
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void changeOfTheTotalMustBeTheSumOfTheStatedChanges() {
        Finding finding = single(budget(d -> node(d, "/summary/changeFromLastYear/total").put("amount", new BigDecimal("6"))),
                BudgetRules.CHANGE_TOTAL, summary("changeFromLastYear.total.amount"), "5", "6", "1");
        assertThat(finding.figures()).containsExactlyEntriesOf(figures("changeFromLastYear.total.amount", "6",
                "changeFromLastYear.basic.amount", "8", "changeFromLastYear.project.amount", "-3",
                "changeFromLastYear.other.amount", null));

        // Only the total's change published: nothing to add up; no total change: nothing to check.
        assertThat(check(budget(d -> {
            node(d, "/summary/changeFromLastYear/total").put("amount", new BigDecimal("999"));
            node(d, "/summary/changeFromLastYear").putNull("basic").putNull("project");
        }))).isEmpty();
        assertThat(check(budget(d -> {
            node(d, "/summary/changeFromLastYear/basic").put("amount", new BigDecimal("999"));
            node(d, "/summary/changeFromLastYear").putNull("total");
        }))).isEmpty();
        assertThat(check(budget(d -> node(d, "/summary").putNull("changeFromLastYear")))).isEmpty();
    }

    // ---- operating expenses --------------------------------------------------------------------

    @Test
    void operatingExpensesTotalMustBeTheSumOfTheItems() {
        Finding finding = single(budget(d -> node(d, "/operatingExpenses").put("total", new BigDecimal("10.01"))),
                BudgetRules.OPERATING_TOTAL, Location.of("operatingExpenses", "total"), "10", "10.01", "0.01");
        assertThat(finding.figures()).containsExactlyEntriesOf(figures("total", "10.01", "items[0].amount", "4", "items[1].amount", "6"));

        // A total not broken down into items.
        assertThat(check(budget(d -> node(d, "/operatingExpenses").putArray("items")))).isEmpty();
    }

    // ---- three public expenses -------------------------------------------------------------------

    @Test
    void totalRowMustBeTheSumOfTheRowsInEachYearColumn() {
        // single(): 6.55 − 4.85 ≠ 1.80 is not also reported, 1.80 being the rows' change (the wrong figure is 4.85).
        Finding previous = single(budget(d -> node(d, "/threePublicExpenses/total").put("previousYear", new BigDecimal("4.85"))),
                BudgetRules.THREE_PUBLIC_TOTAL, threePublic("total.previousYear", "合计"), "4.75", "4.85", "0.10");
        assertThat(previous.figures()).containsExactlyEntriesOf(figures("total.previousYear", "4.85",
                "rows[0].previousYear", "0", "rows[1].previousYear", "4.5", "rows[2].previousYear", "0.25"));
        Finding current = single(budget(d -> node(d, "/threePublicExpenses/total").put("currentYear", new BigDecimal("6.45"))),
                BudgetRules.THREE_PUBLIC_TOTAL, threePublic("total.currentYear", "合计"), "6.55", "6.45", "-0.10");
        assertThat(current.figures()).containsEntry("rows[1].currentYear", new BigDecimal("6.5"));

        // Both columns wrong: one finding per column, in document order.
        List<Finding> both = check(budget(d -> node(d, "/threePublicExpenses/total")
                .put("previousYear", new BigDecimal("5.75")).put("currentYear", new BigDecimal("7.55"))));
        assertThat(both).hasSize(2);
        assertFinding(both.get(0), BudgetRules.THREE_PUBLIC_TOTAL, threePublic("total.previousYear", "合计"), "4.75", "5.75", "1.00");
        assertFinding(both.get(1), BudgetRules.THREE_PUBLIC_TOTAL, threePublic("total.currentYear", "合计"), "6.55", "7.55", "1.00");
    }

    @Test
    void eachRowsChangeMustBeCurrentMinusPrevious() {
        // A wrong row change (2 → 3) is that row's finding only: the 合计 row's 1.80 = 6.55 − 4.75 is not
        // checked against the sum of the rows' changes.
        Finding finding = single(budget(d -> node(d, "/threePublicExpenses/rows/1").put("change", new BigDecimal("3"))),
                BudgetRules.THREE_PUBLIC_CHANGE, threePublic("rows[1].change", "公务用车运行经费"), "2.0", "3", "1.0");
        assertThat(finding.figures()).containsExactlyEntriesOf(figures("rows[1].previousYear", "4.5",
                "rows[1].currentYear", "6.5", "rows[1].change", "3"));
        assertThat(finding.messageEn()).doesNotContain("sign");

        // The 合计 row too.
        single(budget(d -> node(d, "/threePublicExpenses/total").put("change", new BigDecimal("2"))),
                BudgetRules.THREE_PUBLIC_CHANGE, threePublic("total.change", "合计"), "1.80", "2", "0.20");
    }

    @Test
    void aChangeWithTheWrongSignIsSaidToBeSo() {
        Finding finding = single(budget(d -> node(d, "/threePublicExpenses/rows/2").put("change", new BigDecimal("0.2"))),
                BudgetRules.THREE_PUBLIC_CHANGE, threePublic("rows[2].change", "公务接待费"), "-0.20", "0.2", "0.40");
        assertThat(finding.messageEn()).contains("published 0.2", "gives -0.20", "the published sign is the opposite");
        assertThat(finding.messageZh()).contains("公布为 0.2", "应为 -0.20", "正负号相反");
    }

    @Test
    void aBlankChangeInATableWithAChangeColumnCountsAsZero() {
        List<Finding> found = check(budget(d -> node(d, "/threePublicExpenses/rows/1").putNull("change")));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).rule()).isEqualTo("three-public.change");
        assertThat(found.get(0).expected()).isEqualTo("2.0");
        assertThat(found.get(0).difference()).isEqualByComparingTo("-2");

        // A table without a change column at all states no change to check.
        assertThat(check(budget(d -> {
            for (JsonNode row : d.withArray("/threePublicExpenses/rows")) {
                ((ObjectNode) row).putNull("change");
            }
            node(d, "/threePublicExpenses/total").putNull("change");
        }))).isEmpty();
    }

    @Test
    void aWrongYearFigureOfARowIsReportedOnceByItsChangeNotAlsoByTheColumn() {
        // 上年度 4.0 instead of 4.5: the row's change 2 no longer fits, and the column no longer adds up to 4.75.
        single(budget(d -> node(d, "/threePublicExpenses/rows/1").put("previousYear", new BigDecimal("4.0"))),
                BudgetRules.THREE_PUBLIC_CHANGE, threePublic("rows[1].change", "公务用车运行经费"), "2.5", "2", "-0.5");
        single(budget(d -> node(d, "/threePublicExpenses/rows/1").put("currentYear", new BigDecimal("7"))),
                BudgetRules.THREE_PUBLIC_CHANGE, threePublic("rows[1].change", "公务用车运行经费"), "2.5", "2", "-0.5");
    }

    @Test
    void aRowWhoseBudgetChangedMustGiveAReason() {
        Finding finding = single(budget(d -> node(d, "/threePublicExpenses/rows/1").putNull("reason")),
                BudgetRules.THREE_PUBLIC_REASON, threePublic("rows[1].reason", "公务用车运行经费"), "a reason", "", null);
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.figures()).containsExactlyEntriesOf(figures("rows[1].previousYear", "4.5",
                "rows[1].currentYear", "6.5", "rows[1].change", "2"));
        assertThat(finding.messageEn()).isEqualTo("threePublicExpenses “公务用车运行经费” rows[1].reason: "
                + "the budget changed by 2.0 from the previous year but no reason is given");

        single(budget(d -> node(d, "/threePublicExpenses/total").put("reason", "  ")),
                BudgetRules.THREE_PUBLIC_REASON, threePublic("total.reason", "合计"), "a reason", "  ", null);
        // An unchanged row needs none (rows[0] has none in the consistent budget).
        assertThat(check(budget(d -> { }))).isEmpty();
    }

    @Test
    void aWrongChangeOnAnUnchangedRowDoesNotAlsoCallForAReason() {
        single(budget(d -> node(d, "/threePublicExpenses/rows/0").put("change", new BigDecimal("1"))),
                BudgetRules.THREE_PUBLIC_CHANGE, threePublic("rows[0].change", "因公出国经费"), "0", "1", "1");
    }

    // ---- tolerance, catalogue, fixture --------------------------------------------------------------

    @Test
    void aToleranceSilencesDifferencesUpToIt() {
        BudgetDocument doc = budget(d -> node(d, "/operatingExpenses").put("total", new BigDecimal("10.01")));
        assertThat(check(doc, new BigDecimal("0.01"))).isEmpty();
        assertThat(check(doc, new BigDecimal("0.009"))).hasSize(1);
    }

    @Test
    void theCatalogueHasEachRuleOnceWithBothDescriptions() {
        assertThat(BudgetRules.CATALOGUE).extracting(Rule::id).containsExactlyInAnyOrder(
                "summary.revenue-total", "summary.expenditure-total", "summary.basic-total", "summary.balance",
                "summary.change-total", "operating-expenses.total", "three-public.total", "three-public.change",
                "three-public.reason").doesNotHaveDuplicates();
        assertThat(BudgetRules.CATALOGUE).allSatisfy(rule -> {
            assertThat(rule.descriptionZh()).isNotBlank();
            assertThat(rule.descriptionEn()).isNotBlank();
            assertThat(rule.parts()).hasSize(1);
        });
        assertThat(BudgetRules.CATALOGUE).filteredOn(r -> r.severity() == Severity.WARNING).extracting(Rule::id)
                .containsExactly("three-public.reason");
    }

    @Test
    void thePublishedFixtureHasExactlyItsTwoKnownErrors() {
        BudgetDocument fixture = document(ExactJson.resource("/sample/130624-203/2020/budget.json"));
        List<Finding> found = check(fixture);

        assertThat(found).hasSize(2);
        Finding change = found.get(0);
        assertFinding(change, BudgetRules.CHANGE_TOTAL, summary("changeFromLastYear.total.amount"), "1120.05", "1549.15", "429.10");
        assertThat(change.figures()).containsExactlyEntriesOf(figures("changeFromLastYear.total.amount", "1549.15",
                "changeFromLastYear.basic.amount", "204.12", "changeFromLastYear.project.amount", "915.93",
                "changeFromLastYear.other.amount", null));
        assertThat(change.messageEn()).isEqualTo("summary changeFromLastYear.total.amount: published 1549.15, but "
                + "\"change of the total = change of basic + change of project + change of other\" gives 1120.05 (difference 429.10)");

        Finding sign = found.get(1);
        assertFinding(sign, BudgetRules.THREE_PUBLIC_CHANGE, threePublic("rows[3].change", "公务接待费支出"), "-0.20", "0.2", "0.40");
        assertThat(sign.figures()).containsExactlyEntriesOf(figures("rows[3].previousYear", "0.25",
                "rows[3].currentYear", "0.05", "rows[3].change", "0.2"));
        assertThat(sign.messageEn()).isEqualTo("threePublicExpenses “公务接待费支出” rows[3].change: published 0.2, but "
                + "\"change = current year − previous year, negative for a decrease\" "
                + "gives -0.20 (difference 0.40); the published sign is the opposite");
        assertThat(sign.messageZh()).isEqualTo("threePublicExpenses “公务接待费支出” rows[3].change：公布为 0.2，按“增减金额 = "
                + "本年度预算 − 上年度预算，减少为负数”应为 -0.20（相差 0.40）；公布的正负号相反");
    }
}
