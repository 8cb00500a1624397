package org.opendisclosure.performance.service.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opendisclosure.common.consistency.Findings;
import org.opendisclosure.common.consistency.Location;
import org.opendisclosure.common.consistency.Rule;
import org.opendisclosure.common.consistency.Severity;
import org.opendisclosure.common.id.DepartmentId;
import org.opendisclosure.performance.model.PerformanceDocument;

/**
 * The consistency rules inside part 五 (预算绩效信息): each project's table on its own. A document
 * that fails them is still stored as published; these rules only report. Findings come in document
 * order: project by project, and within a project code, budget, spending plan (month by month),
 * the indicator table, then its rows.
 *
 * <p>Each published error is meant to fire one rule only: a spending-plan cell out of 0–100 is
 * reported by the range rule alone (the order and completeness rules skip it), and a last month
 * already reported as falling is not reported again as incomplete.
 *
 * <p>The tolerance (万元) applies to the budget sum only; percentages and texts are checked exactly.
 */
public final class PerformanceRules {

    /** The key of this part in the composed disclosure. */
    public static final String PART = "performance";

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public static final Rule PROJECT_BUDGET = Rule.of("performance.project-budget", Severity.ERROR,
            "预算数 = 财政资金 + 其他资金",
            "budget total = fiscal funds + other funds", PART);
    public static final Rule SPENDING_PLAN_RANGE = Rule.of("performance.spending-plan-range", Severity.ERROR,
            "资金支出计划的每个累计百分比在 0 至 100 之间",
            "every spending-plan percentage is between 0 and 100", PART);
    public static final Rule SPENDING_PLAN_ORDER = Rule.of("performance.spending-plan-order", Severity.ERROR,
            "资金支出计划累计百分比不减：3月底 ≤ 6月底 ≤ 10月底 ≤ 12月底（空格跳过）",
            "spending-plan percentages never decrease: March ≤ June ≤ October ≤ December (empty cells skipped)", PART);
    public static final Rule SPENDING_PLAN_COMPLETE = Rule.of("performance.spending-plan-complete", Severity.WARNING,
            "有资金支出计划时，最后填写的累计百分比为 100",
            "a spending plan, when given, reaches 100 at its last given month", PART);
    public static final Rule OUTPUT_INDICATORS = Rule.of("performance.output-indicators", Severity.WARNING,
            "每个项目至少有一个产出指标（一级指标含“产出”）",
            "every project has at least one output indicator (level 1 contains 产出)", PART);
    public static final Rule EFFECT_INDICATORS = Rule.of("performance.effect-indicators", Severity.WARNING,
            "每个项目至少有一个效果（效益）指标（一级指标含“效果”或“效益”）",
            "every project has at least one effect indicator (level 1 contains 效果 or 效益)", PART);
    public static final Rule INDICATOR_TARGET = Rule.of("performance.indicator-target", Severity.WARNING,
            "每个绩效指标都有指标值",
            "every indicator has a target value (指标值)", PART);
    public static final Rule PROJECT_CODE = Rule.of("performance.project-code", Severity.WARNING,
            "项目编码以部门编码加“-”开头",
            "a project code starts with the department code and '-'", PART);

    /** Every rule of this service, in the order findings of one project come out. */
    public static final List<Rule> CATALOGUE = List.of(PROJECT_CODE, PROJECT_BUDGET, SPENDING_PLAN_RANGE, SPENDING_PLAN_ORDER,
            SPENDING_PLAN_COMPLETE, OUTPUT_INDICATORS, EFFECT_INDICATORS, INDICATOR_TARGET);

    private PerformanceRules() {
    }

    /** Checks the document of the given department, adding what fails to the collector. */
    public static void check(DepartmentId department, PerformanceDocument document, Findings findings) {
        String codePrefix = department.code() + "-";
        List<PerformanceDocument.Project> projects = document.projects();
        for (int i = 0; i < projects.size(); i++) {
            PerformanceDocument.Project project = projects.get(i);
            String at = "projects[" + i + "]";
            projectCode(project, at, codePrefix, findings);
            budget(project, at, findings);
            spendingPlan(project, at, findings);
            indicators(project, at, findings);
        }
    }

    private static Location where(PerformanceDocument.Project project, String path) {
        return Location.of(PART, path).row(project.name()).project(project.code());
    }

    private static void projectCode(PerformanceDocument.Project project, String at, String prefix, Findings findings) {
        if (project.code().startsWith(prefix)) {
            return;
        }
        findings.fail(PROJECT_CODE, where(project, at + ".code"), Map.of(), "starts with " + prefix, project.code(),
                "项目编码 " + project.code() + " 不以部门编码“" + prefix + "”开头",
                "project code " + project.code() + " does not start with the department code " + prefix);
    }

    private static void budget(PerformanceDocument.Project project, String at, Findings findings) {
        PerformanceDocument.Budget budget = project.budget();
        Map<String, BigDecimal> parts = new LinkedHashMap<>();
        parts.put("fiscalFunds", budget.fiscalFunds());
        parts.put("otherFunds", budget.otherFunds());
        findings.sum(PROJECT_BUDGET, where(project, at + ".budget.total"), "total", budget.total(), parts);
    }

    private record Cell(String field, String zh, String en, BigDecimal value) {

        boolean inRange() {
            return value.signum() >= 0 && value.compareTo(HUNDRED) <= 0;
        }
    }

    private static void spendingPlan(PerformanceDocument.Project project, String at, Findings findings) {
        PerformanceDocument.SpendingPlan plan = project.spendingPlan();
        List<Cell> given = new ArrayList<>();
        for (Cell cell : List.of(
                new Cell("endOfMarch", "3月底", "end of March", plan.endOfMarch()),
                new Cell("endOfJune", "6月底", "end of June", plan.endOfJune()),
                new Cell("endOfOctober", "10月底", "end of October", plan.endOfOctober()),
                new Cell("endOfDecember", "12月底", "end of December", plan.endOfDecember()))) {
            if (cell.value() != null) {
                given.add(cell);
            }
        }
        if (given.isEmpty()) {
            return; // no plan published
        }
        String planAt = at + ".spendingPlan.";
        Cell previous = null;
        boolean lastReported = false;
        for (Cell cell : given) {
            lastReported = false;
            if (!cell.inRange()) {
                findings.fail(SPENDING_PLAN_RANGE, where(project, planAt + cell.field()), figures(cell), "0 to 100",
                        cell.value().toPlainString(),
                        cell.zh() + "累计 " + cell.value().toPlainString() + "% 不在 0 至 100 之间",
                        cell.en() + " is " + cell.value().toPlainString() + "%, not between 0 and 100");
                lastReported = true;
                continue; // a figure out of range is not compared with its neighbours: one error, one finding
            }
            if (previous != null && cell.value().compareTo(previous.value()) < 0) {
                findings.fail(SPENDING_PLAN_ORDER, where(project, planAt + cell.field()), figures(previous, cell),
                        "at least " + previous.value().toPlainString(), cell.value().toPlainString(),
                        cell.zh() + "累计 " + cell.value().toPlainString() + "% 低于" + previous.zh() + "的 "
                                + previous.value().toPlainString() + "%",
                        cell.en() + " is " + cell.value().toPlainString() + "%, below " + previous.value().toPlainString()
                                + "% at " + previous.en());
                lastReported = true;
            }
            previous = cell;
        }
        Cell last = given.get(given.size() - 1);
        if (!lastReported && last.value().compareTo(HUNDRED) != 0) {
            Map<String, BigDecimal> all = new LinkedHashMap<>();
            all.put("endOfMarch", plan.endOfMarch());
            all.put("endOfJune", plan.endOfJune());
            all.put("endOfOctober", plan.endOfOctober());
            all.put("endOfDecember", plan.endOfDecember());
            findings.fail(SPENDING_PLAN_COMPLETE, where(project, planAt + last.field()), all, "100", last.value().toPlainString(),
                    "资金支出计划最后填写的" + last.zh() + "累计 " + last.value().toPlainString() + "%，未达到 100%",
                    "the spending plan ends at " + last.value().toPlainString() + "% (" + last.en() + "), not 100%");
        }
    }

    private static Map<String, BigDecimal> figures(Cell... cells) {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        for (Cell cell : cells) {
            figures.put(cell.field(), cell.value());
        }
        return figures;
    }

    private static void indicators(PerformanceDocument.Project project, String at, Findings findings) {
        List<PerformanceDocument.Indicator> indicators = project.indicators();
        Set<String> level1 = new LinkedHashSet<>();
        for (PerformanceDocument.Indicator indicator : indicators) {
            level1.add(indicator.level1());
        }
        String published = level1.isEmpty() ? "（无指标）" : String.join("、", level1);
        if (level1.stream().noneMatch(l -> l.contains("产出"))) {
            findings.fail(OUTPUT_INDICATORS, where(project, at + ".indicators"), Map.of(),
                    "an indicator whose level 1 contains 产出", published,
                    "没有产出指标（一级指标为：" + published + "）",
                    "no output indicator (level 1 published: " + published + ")");
        }
        if (level1.stream().noneMatch(l -> l.contains("效果") || l.contains("效益"))) {
            findings.fail(EFFECT_INDICATORS, where(project, at + ".indicators"), Map.of(),
                    "an indicator whose level 1 contains 效果 or 效益", published,
                    "没有效果（效益）指标（一级指标为：" + published + "）",
                    "no effect indicator (level 1 published: " + published + ")");
        }
        for (int j = 0; j < indicators.size(); j++) {
            PerformanceDocument.Indicator indicator = indicators.get(j);
            if (indicator.target() == null || indicator.target().isBlank()) {
                findings.fail(INDICATOR_TARGET,
                        Location.of(PART, at + ".indicators[" + j + "].target").row(indicator.level3()).project(project.code()),
                        Map.of(), "a target", indicator.target() == null ? "" : indicator.target(),
                        "三级指标“" + indicator.level3() + "”没有指标值",
                        "indicator \"" + indicator.level3() + "\" has no target");
            }
        }
    }
}
