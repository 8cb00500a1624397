package org.opendisclosure.performance.service.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.opendisclosure.common.consistency.Finding;
import org.opendisclosure.common.consistency.Findings;
import org.opendisclosure.common.consistency.Location;
import org.opendisclosure.common.consistency.Rule;
import org.opendisclosure.common.consistency.Severity;
import org.opendisclosure.common.id.DepartmentId;
import org.opendisclosure.performance.model.PerformanceDocument;
import org.opendisclosure.performance.model.PerformanceDocument.Budget;
import org.opendisclosure.performance.model.PerformanceDocument.Indicator;
import org.opendisclosure.performance.model.PerformanceDocument.Project;
import org.opendisclosure.performance.model.PerformanceDocument.SpendingPlan;
import org.opendisclosure.testing.ExactJson;

/** Each rule of part 五 on one small document that keeps it and one that breaks it; then the published sample. */
class PerformanceRulesTest {

    private static final DepartmentId DEPARTMENT = new DepartmentId("130624", "203");
    private static final String CODE = "203-0401-YXN-X52V";
    private static final String NAME = "不忘初心、牢记使命办公经费";

    // ---- small documents ---------------------------------------------------------------------

    private static BigDecimal d(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    private static Indicator indicator(String level1, String level3, String target) {
        return new Indicator(level1, "数量指标", level3, null, target, null);
    }

    /** A project every rule holds for: funds that make the budget, a rising plan to 100, output and effect indicators with targets. */
    private static Project project() {
        return new Project(CODE, NAME, new PerformanceDocument.Unit("203002", "中国共产党阜平县委员会组织部"),
                new Budget(d("17.60"), d("17.60"), null), null, plan("25.00", "50.00", "75.00", "100.00"), List.of("目标"),
                List.of(indicator("产出指标", "覆盖单位", "全县所有单位"), indicator("效果指标", "党员满意", "≥95"),
                        indicator("满意度指标", "满意程度", "≥95")));
    }

    private static SpendingPlan plan(String march, String june, String october, String december) {
        return new SpendingPlan(d(march), d(june), d(october), d(december));
    }

    private static Project withCode(Project p, String code) {
        return new Project(code, p.name(), p.unit(), p.budget(), p.purpose(), p.spendingPlan(), p.goals(), p.indicators());
    }

    private static Project withBudget(Project p, String total, String fiscal, String other) {
        return new Project(p.code(), p.name(), p.unit(), new Budget(d(total), d(fiscal), d(other)), p.purpose(), p.spendingPlan(),
                p.goals(), p.indicators());
    }

    private static Project withPlan(Project p, String march, String june, String october, String december) {
        return new Project(p.code(), p.name(), p.unit(), p.budget(), p.purpose(), plan(march, june, october, december), p.goals(),
                p.indicators());
    }

    private static Project withIndicators(Project p, Indicator... indicators) {
        return new Project(p.code(), p.name(), p.unit(), p.budget(), p.purpose(), p.spendingPlan(), p.goals(), List.of(indicators));
    }

    private static List<Finding> check(BigDecimal tolerance, Project... projects) {
        PerformanceDocument document = new PerformanceDocument(
                new PerformanceDocument.DepartmentGoals(List.of(), List.of(), List.of()), Arrays.asList(projects));
        Findings findings = new Findings(tolerance);
        PerformanceRules.check(DEPARTMENT, document, findings);
        return findings.list();
    }

    private static List<Finding> check(UnaryOperator<Project> change) {
        return check(BigDecimal.ZERO, change.apply(project()));
    }

    private static Location at(String path) {
        return new Location("performance", path, NAME, CODE);
    }

    private static Map<String, BigDecimal> figures(Object... nameValue) {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            figures.put((String) nameValue[i], d((String) nameValue[i + 1]));
        }
        return figures;
    }

    private static void assertFinding(Finding f, Rule rule, Location location, Map<String, BigDecimal> figures,
                                      String expected, String actual, String difference) {
        assertThat(f.rule()).isEqualTo(rule.id());
        assertThat(f.severity()).isEqualTo(rule.severity());
        assertThat(f.location()).isEqualTo(location);
        // BigDecimal equals compares the scale too: the figures are exactly the published digits.
        assertThat(f.figures()).containsExactlyEntriesOf(figures);
        assertThat(f.expected()).isEqualTo(expected);
        assertThat(f.actual()).isEqualTo(actual);
        if (difference == null) {
            assertThat(f.difference()).isNull();
        } else {
            assertThat(f.difference()).isEqualTo(d(difference));
        }
        assertThat(f.messageZh()).isNotBlank();
        assertThat(f.messageEn()).isNotBlank();
    }

    // ---- the catalogue -----------------------------------------------------------------------

    @Test
    void theCatalogueHasEachRuleOnceWithItsSeverityAndBothDescriptions() {
        assertThat(PerformanceRules.CATALOGUE).extracting(Rule::id, Rule::severity).containsExactlyInAnyOrder(
                tuple("performance.project-budget", Severity.ERROR),
                tuple("performance.spending-plan-range", Severity.ERROR),
                tuple("performance.spending-plan-order", Severity.ERROR),
                tuple("performance.spending-plan-complete", Severity.WARNING),
                tuple("performance.output-indicators", Severity.WARNING),
                tuple("performance.effect-indicators", Severity.WARNING),
                tuple("performance.indicator-target", Severity.WARNING),
                tuple("performance.project-code", Severity.WARNING));
        assertThat(PerformanceRules.CATALOGUE).allSatisfy(rule -> {
            assertThat(rule.id()).matches("performance\\.[a-z0-9-]+");
            assertThat(rule.descriptionZh()).isNotBlank();
            assertThat(rule.descriptionEn()).isNotBlank();
            assertThat(rule.parts()).containsExactly("performance");
        });
    }

    @Test
    void aProjectThatKeepsEveryRuleHasNoFindings() {
        assertThat(check(p -> p)).isEmpty();
        assertThat(check(BigDecimal.ZERO)).isEmpty();
    }

    // ---- performance.project-budget ----------------------------------------------------------

    @Test
    void projectBudgetHoldsWhenTheFundsMakeTheTotalWithAnEmptyCellAsZero() {
        assertThat(check(p -> withBudget(p, "17.60", "17.60", null))).isEmpty();
        assertThat(check(p -> withBudget(p, "10", "7.50", "2.5"))).isEmpty();
        assertThat(check(p -> withBudget(p, "0", null, null))).isEmpty();
    }

    @Test
    void projectBudgetFailsWhenTheFundsDoNotMakeTheTotal() {
        List<Finding> found = check(p -> withBudget(p, "17.60", "20.00", "5"));
        assertThat(found).singleElement().satisfies(f -> {
            assertFinding(f, PerformanceRules.PROJECT_BUDGET, at("projects[0].budget.total"),
                    figures("total", "17.60", "fiscalFunds", "20.00", "otherFunds", "5"), "25.00", "17.60", "-7.40");
            assertThat(f.messageZh()).contains("预算数 = 财政资金 + 其他资金", "17.60", "25.00");
            assertThat(f.messageEn()).contains(CODE, "budget total = fiscal funds + other funds");
        });
        // Funds left blank where the total is not 0.
        assertThat(check(p -> withBudget(p, "3.00", null, null))).singleElement().satisfies(f ->
                assertFinding(f, PerformanceRules.PROJECT_BUDGET, at("projects[0].budget.total"),
                        figures("total", "3.00", "fiscalFunds", null, "otherFunds", null), "0", "3.00", "3.00"));
    }

    @Test
    void projectBudgetDifferencesUpToTheToleranceAreNotFindings() {
        Project off = withBudget(project(), "17.61", "17.60", null);
        assertThat(check(BigDecimal.ZERO, off)).extracting(Finding::rule).containsExactly("performance.project-budget");
        assertThat(check(new BigDecimal("0.005"), off)).hasSize(1);
        assertThat(check(new BigDecimal("0.01"), off)).isEmpty();
    }

    // ---- performance.spending-plan-range -----------------------------------------------------

    @Test
    void spendingPlanRangeHoldsFrom0To100() {
        assertThat(check(p -> withPlan(p, "0", "0.000001", "99.999999", "100"))).isEmpty();
    }

    @Test
    void spendingPlanRangeFailsOnEachCellOutside0To100AndNothingElseFiresForIt() {
        assertThat(check(p -> withPlan(p, "25.00", "120.00", null, "100.00"))).singleElement().satisfies(f ->
                assertFinding(f, PerformanceRules.SPENDING_PLAN_RANGE, at("projects[0].spendingPlan.endOfJune"),
                        figures("endOfJune", "120.00"), "0 to 100", "120.00", null));
        assertThat(check(p -> withPlan(p, "-5", "50.00", "75.00", "100.00"))).singleElement().satisfies(f ->
                assertFinding(f, PerformanceRules.SPENDING_PLAN_RANGE, at("projects[0].spendingPlan.endOfMarch"),
                        figures("endOfMarch", "-5"), "0 to 100", "-5", null));
        // The last month out of range: not also "incomplete".
        assertThat(check(p -> withPlan(p, "25.00", "50.00", "75.00", "100.01"))).extracting(Finding::rule)
                .containsExactly("performance.spending-plan-range");
    }

    // ---- performance.spending-plan-order -----------------------------------------------------

    @Test
    void spendingPlanOrderHoldsWhenNoGivenPercentageFallsSkippingEmptyCells() {
        assertThat(check(p -> withPlan(p, "30.00", "30.00", null, "100.00"))).isEmpty();
        assertThat(check(p -> withPlan(p, null, "50.00", null, "100.00"))).isEmpty();
    }

    @Test
    void spendingPlanOrderFailsWhereAPercentageFallsBelowThePreviousGivenOne() {
        assertThat(check(p -> withPlan(p, "80.00", "20.00", "100.00", "100.00"))).singleElement().satisfies(f -> {
            assertFinding(f, PerformanceRules.SPENDING_PLAN_ORDER, at("projects[0].spendingPlan.endOfJune"),
                    figures("endOfMarch", "80.00", "endOfJune", "20.00"), "at least 80.00", "20.00", null);
            assertThat(f.messageEn()).contains("end of June", "end of March", "20.00", "80.00");
        });
        // Empty cells are skipped: October is compared with March.
        assertThat(check(p -> withPlan(p, "50.00", null, "40.00", "100.00"))).singleElement().satisfies(f ->
                assertFinding(f, PerformanceRules.SPENDING_PLAN_ORDER, at("projects[0].spendingPlan.endOfOctober"),
                        figures("endOfMarch", "50.00", "endOfOctober", "40.00"), "at least 50.00", "40.00", null));
        // One wrong cell, one finding: the cell after it is compared with it, not with the highest before it.
        assertThat(check(p -> withPlan(p, "80.00", "20.00", "30.00", "100.00"))).extracting(Finding::rule)
                .containsExactly("performance.spending-plan-order");
    }

    @Test
    void aFallingLastMonthIsReportedAsFallingOnlyNotAlsoAsIncomplete() {
        assertThat(check(p -> withPlan(p, "25.00", "50.00", "100.00", "90.00"))).singleElement().satisfies(f ->
                assertFinding(f, PerformanceRules.SPENDING_PLAN_ORDER, at("projects[0].spendingPlan.endOfDecember"),
                        figures("endOfOctober", "100.00", "endOfDecember", "90.00"), "at least 100.00", "90.00", null));
    }

    // ---- performance.spending-plan-complete --------------------------------------------------

    @Test
    void spendingPlanCompleteHoldsWhenTheLastGivenPercentageIs100OrNoPlanIsGiven() {
        assertThat(check(p -> withPlan(p, "30.00", "80.00", "100.00", null))).isEmpty();
        assertThat(check(p -> withPlan(p, "100.00", null, null, null))).isEmpty();
        assertThat(check(p -> withPlan(p, null, null, null, null))).isEmpty();
    }

    @Test
    void spendingPlanCompleteFailsWhenTheLastGivenPercentageFallsShortOf100() {
        assertThat(check(p -> withPlan(p, "25", "50", "75", "90"))).singleElement().satisfies(f -> {
            assertFinding(f, PerformanceRules.SPENDING_PLAN_COMPLETE, at("projects[0].spendingPlan.endOfDecember"),
                    figures("endOfMarch", "25", "endOfJune", "50", "endOfOctober", "75", "endOfDecember", "90"), "100", "90", null);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
        assertThat(check(p -> withPlan(p, "30.00", "60.00", null, null))).singleElement().satisfies(f ->
                assertFinding(f, PerformanceRules.SPENDING_PLAN_COMPLETE, at("projects[0].spendingPlan.endOfJune"),
                        figures("endOfMarch", "30.00", "endOfJune", "60.00", "endOfOctober", null, "endOfDecember", null),
                        "100", "60.00", null));
    }

    // ---- performance.output-indicators and performance.effect-indicators ---------------------

    @Test
    void outputAndEffectIndicatorsHoldWhenALevel1ContainsTheWord() {
        assertThat(check(p -> withIndicators(p, indicator("产出", "数量", "2部"), indicator("效益指标", "社会效益", "提高")))).isEmpty();
        assertThat(check(p -> withIndicators(p, indicator("产出指标", "数量", "2部"), indicator("效果（效益）指标", "社会效益", "提高"))))
                .isEmpty();
    }

    @Test
    void outputIndicatorsFailWithoutAnIndicatorWhoseLevel1ContainsOutput() {
        assertThat(check(p -> withIndicators(p, indicator("效果指标", "作用", "明显"), indicator("满意度指标", "满意", "≥95"),
                indicator("效果指标", "影响", "持续")))).singleElement().satisfies(f ->
                assertFinding(f, PerformanceRules.OUTPUT_INDICATORS, at("projects[0].indicators"), Map.of(),
                        "an indicator whose level 1 contains 产出", "效果指标、满意度指标", null));
    }

    @Test
    void effectIndicatorsFailWithoutAnIndicatorWhoseLevel1ContainsEffect() {
        assertThat(check(p -> withIndicators(p, indicator("产出指标", "数量", "2部"), indicator("满意度指标", "满意", "≥95"))))
                .singleElement().satisfies(f ->
                        assertFinding(f, PerformanceRules.EFFECT_INDICATORS, at("projects[0].indicators"), Map.of(),
                                "an indicator whose level 1 contains 效果 or 效益", "产出指标、满意度指标", null));
    }

    @Test
    void aProjectWithoutIndicatorsLacksBothOutputAndEffect() {
        assertThat(check(p -> withIndicators(p))).extracting(Finding::rule, Finding::actual).containsExactly(
                tuple("performance.output-indicators", "（无指标）"),
                tuple("performance.effect-indicators", "（无指标）"));
    }

    // ---- performance.indicator-target --------------------------------------------------------

    @Test
    void indicatorTargetHoldsForAnyNonBlankText() {
        assertThat(check(p -> withIndicators(p, indicator("产出指标", "数量", "每月发放"), indicator("效果指标", "效果", "0")))).isEmpty();
    }

    @Test
    void indicatorTargetFailsOnEachIndicatorWithoutATarget() {
        List<Finding> found = check(p -> withIndicators(p, indicator("产出指标", "发放数量", "2部"),
                indicator("效果指标", "群众满意", null), indicator("满意度指标", "行政村满意程度", "  ")));
        assertThat(found).hasSize(2);
        assertFinding(found.get(0), PerformanceRules.INDICATOR_TARGET,
                new Location("performance", "projects[0].indicators[1].target", "群众满意", CODE), Map.of(), "a target", "", null);
        assertFinding(found.get(1), PerformanceRules.INDICATOR_TARGET,
                new Location("performance", "projects[0].indicators[2].target", "行政村满意程度", CODE), Map.of(), "a target", "  ", null);
        assertThat(found.get(1).messageZh()).contains("行政村满意程度", "没有指标值");
    }

    // ---- performance.project-code ------------------------------------------------------------

    @Test
    void projectCodeHoldsUnderTheDepartmentCode() {
        assertThat(check(p -> withCode(p, "203-0801-JZN-XYT8"))).isEmpty();
        assertThat(check(p -> withCode(p, "203-1"))).isEmpty();
    }

    @Test
    void projectCodeFailsWhenItDoesNotStartWithTheDepartmentCodeAndADash() {
        assertThat(check(p -> withCode(p, "204-0401-YXN-X52V"))).singleElement().satisfies(f ->
                assertFinding(f, PerformanceRules.PROJECT_CODE,
                        new Location("performance", "projects[0].code", NAME, "204-0401-YXN-X52V"), Map.of(),
                        "starts with 203-", "204-0401-YXN-X52V", null));
        assertThat(check(p -> withCode(p, "2030-0401-YXN-X52V"))).extracting(Finding::rule)
                .containsExactly("performance.project-code");
        assertThat(check(p -> withCode(p, "203"))).extracting(Finding::rule).containsExactly("performance.project-code");
    }

    // ---- order and the published sample ------------------------------------------------------

    @Test
    void findingsComeInDocumentOrder() {
        Project first = withIndicators(withPlan(withBudget(withCode(project(), "999-1"), "5", "4", null), "50", "40", null, null),
                indicator("产出指标", "数量", null), indicator("满意度指标", "满意", "≥95"));
        Project second = withBudget(project(), "1", "2", null);
        assertThat(check(BigDecimal.ZERO, first, second)).extracting(Finding::rule, f -> f.location().path()).containsExactly(
                tuple("performance.project-code", "projects[0].code"),
                tuple("performance.project-budget", "projects[0].budget.total"),
                tuple("performance.spending-plan-order", "projects[0].spendingPlan.endOfJune"),
                tuple("performance.effect-indicators", "projects[0].indicators"),
                tuple("performance.indicator-target", "projects[0].indicators[0].target"),
                tuple("performance.project-budget", "projects[1].budget.total"));
    }

    /** The 2020 part of 中共阜平县委组织部 as published: four indicators without a target, two projects without an effect indicator. */
    @Test
    void thePublishedSampleHasExactlyItsSixFindings() throws JsonProcessingException {
        PerformanceDocument sample = ExactJson.MAPPER.treeToValue(
                ExactJson.resource("/sample/130624-203/2020/performance.json"), PerformanceDocument.class);
        Findings findings = new Findings(BigDecimal.ZERO);
        PerformanceRules.check(DEPARTMENT, sample, findings);

        assertThat(findings.list()).extracting(Finding::rule, Finding::severity, Finding::location, Finding::actual).containsExactly(
                tuple("performance.indicator-target", Severity.WARNING,
                        new Location("performance", "projects[5].indicators[4].target", "行政村满意程度", "203-0401-YSN-WYVP"), ""),
                tuple("performance.effect-indicators", Severity.WARNING,
                        new Location("performance", "projects[7].indicators", "党建示范点创建专项经费", "203-0401-YSN-VOTV"), "产出指标"),
                tuple("performance.indicator-target", Severity.WARNING,
                        new Location("performance", "projects[22].indicators[3].target", "离退休干部的满意度", "203-0801-YZN-MWR3"), ""),
                tuple("performance.indicator-target", Severity.WARNING,
                        new Location("performance", "projects[23].indicators[3].target", "离休干部的满意度", "203-0801-JZN-XYT8"), ""),
                tuple("performance.indicator-target", Severity.WARNING,
                        new Location("performance", "projects[32].indicators[2].target", "体检完成率", "203-0801-JXN-Y7UG"), ""),
                tuple("performance.effect-indicators", Severity.WARNING,
                        new Location("performance", "projects[35].indicators", "驻村工作队和驻村干部管理办公室经费", "203-0701-YXN-6AFE"),
                        "产出指标、满意度指标"));
        assertThat(findings.list()).allSatisfy(f -> {
            assertThat(f.figures()).isEmpty();
            assertThat(f.difference()).isNull();
        });
    }

    /** Guards the test above: the sample really holds figures and plans that the other rules read, all consistent. */
    @Test
    void theSampleExercisesTheOtherRules() throws JsonProcessingException {
        PerformanceDocument sample = ExactJson.MAPPER.treeToValue(
                ExactJson.resource("/sample/130624-203/2020/performance.json"), PerformanceDocument.class);
        List<String> partialPlans = new ArrayList<>();
        for (Project p : sample.projects()) {
            SpendingPlan plan = p.spendingPlan();
            if (plan.endOfDecember() == null && plan.endOfMarch() != null) {
                partialPlans.add(p.code());
            }
        }
        // 老促会经费 [30, 80, 100, blank] and 老年协会2019年度办公经费 [100, blank, blank, blank]: complete plans ending early.
        assertThat(partialPlans).contains("203-0801-JXN-W2PM", "203-0801-YXN-VQRK");
        // With another department's code, every project code is a finding: the rule reads the department.
        Findings other = new Findings(BigDecimal.ZERO);
        PerformanceRules.check(new DepartmentId("130624", "204"), sample, other);
        assertThat(other.list()).filteredOn(f -> f.rule().equals("performance.project-code")).hasSize(37);
    }
}
