package org.opendisclosure.gateway.service;

import static org.opendisclosure.gateway.parts.Part.ASSETS;
import static org.opendisclosure.gateway.parts.Part.OPERATING_EXPENSES;
import static org.opendisclosure.gateway.parts.Part.PERFORMANCE;
import static org.opendisclosure.gateway.parts.Part.PROCUREMENT;
import static org.opendisclosure.gateway.parts.Part.SUMMARY;
import static org.opendisclosure.gateway.parts.Part.THREE_PUBLIC_EXPENSES;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.opendisclosure.common.consistency.Findings;
import org.opendisclosure.common.consistency.Location;
import org.opendisclosure.common.consistency.Rule;
import org.opendisclosure.common.consistency.Severity;

/**
 * The consistency rules that read more than one service's parts, so only the gateway can check
 * them. Each rule is checked only when every part it reads is at hand; parts are the contents
 * of a composed disclosure (or of a document being imported), keyed as there.
 */
public final class CrossPartRules {

    public static final Rule PROJECT_EXPENDITURE = Rule.of("cross.project-expenditure", Severity.ERROR,
            "各项目预算数之和 = 部门预算的项目支出", "sum of the projects' budgets (part 五) = the project expenditure of part 二",
            SUMMARY.key(), PERFORMANCE.key());
    public static final Rule VEHICLE_OPERATION = Rule.of("cross.vehicle-operation", Severity.WARNING,
            "“三公”经费的公务用车运行经费 = 机关运行经费中的公务用车运行维护费",
            "three public expenses' vehicle operation = the vehicle operation item of the operating expenses",
            THREE_PUBLIC_EXPENSES.key(), OPERATING_EXPENSES.key());
    public static final Rule RECEPTION = Rule.of("cross.reception", Severity.WARNING,
            "“三公”经费的公务接待费 = 机关运行经费中的公务接待费",
            "three public expenses' reception = the reception item of the operating expenses",
            THREE_PUBLIC_EXPENSES.key(), OPERATING_EXPENSES.key());
    public static final Rule PROCUREMENT_PROJECTS = Rule.of("cross.procurement-projects", Severity.WARNING,
            "政府采购的项目名称见于预算项目绩效目标表（不计标点差异）",
            "each government-purchase line (part 六) names a project of part 五 (punctuation aside)",
            PROCUREMENT.key(), PERFORMANCE.key());
    public static final Rule VEHICLE_ASSETS = Rule.of("cross.vehicle-assets", Severity.WARNING,
            "安排公务用车运行经费的部门至少有一辆车", "a vehicle operation budget implies at least one vehicle in part 七",
            THREE_PUBLIC_EXPENSES.key(), ASSETS.key());

    public static final List<Rule> CATALOGUE = List.of(PROJECT_EXPENDITURE, VEHICLE_OPERATION, RECEPTION, PROCUREMENT_PROJECTS,
            VEHICLE_ASSETS);

    private CrossPartRules() {
    }

    /** Checks every rule whose parts are all present in {@code parts}. */
    public static void check(Map<String, JsonNode> parts, Findings findings) {
        if (has(parts, PROJECT_EXPENDITURE)) {
            projectExpenditure(parts.get(SUMMARY.key()), parts.get(PERFORMANCE.key()), findings);
        }
        if (has(parts, VEHICLE_OPERATION)) {
            operatingItem(VEHICLE_OPERATION, "VEHICLE_OPERATION", name -> name.contains("车") && name.contains("运行"),
                    parts.get(THREE_PUBLIC_EXPENSES.key()), parts.get(OPERATING_EXPENSES.key()), findings);
        }
        if (has(parts, RECEPTION)) {
            operatingItem(RECEPTION, "RECEPTION", name -> name.contains("接待"),
                    parts.get(THREE_PUBLIC_EXPENSES.key()), parts.get(OPERATING_EXPENSES.key()), findings);
        }
        if (has(parts, PROCUREMENT_PROJECTS)) {
            procurementProjects(parts.get(PROCUREMENT.key()), parts.get(PERFORMANCE.key()), findings);
        }
        if (has(parts, VEHICLE_ASSETS)) {
            vehicleAssets(parts.get(THREE_PUBLIC_EXPENSES.key()), parts.get(ASSETS.key()), findings);
        }
    }

    /** Whether every part the rule reads is at hand. */
    public static boolean has(Map<String, JsonNode> parts, Rule rule) {
        return rule.parts().stream().allMatch(key -> parts.get(key) != null && !parts.get(key).isNull());
    }

    private static void projectExpenditure(JsonNode budgetSummary, JsonNode goals, Findings findings) {
        JsonNode projects = goals.path("projects");
        BigDecimal stated = decimal(budgetSummary.path("expenditure").path("project"));
        if (stated == null || !projects.isArray()) {
            return;
        }
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        figures.put(SUMMARY.key() + ".expenditure.project", stated);
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < projects.size(); i++) {
            BigDecimal budget = decimal(projects.get(i).path("budget").path("total"));
            sum = sum.add(Findings.orZero(budget));
        }
        figures.put(PERFORMANCE.key() + ".projects[*].budget.total", sum);
        figures.put(PERFORMANCE.key() + ".projects.count", BigDecimal.valueOf(projects.size()));
        findings.equal(PROJECT_EXPENDITURE, Location.of(SUMMARY.key(), "expenditure.project").row("项目支出"), figures, sum, stated);
    }

    private static void operatingItem(Rule rule, String category, Predicate<String> matches, JsonNode threePublic,
                                      JsonNode operating, Findings findings) {
        int row = rowOf(threePublic, category);
        if (row < 0) {
            return;
        }
        JsonNode published = threePublic.path("rows").get(row);
        BigDecimal stated = decimal(published.path("currentYear"));
        JsonNode items = operating.path("items");
        BigDecimal sum = null;
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        figures.put(THREE_PUBLIC_EXPENSES.key() + ".rows[" + row + "].currentYear", stated);
        for (int i = 0; i < items.size(); i++) {
            String name = items.get(i).path("name").asText("");
            if (matches.test(name)) {
                BigDecimal amount = decimal(items.get(i).path("amount"));
                figures.put(OPERATING_EXPENSES.key() + ".items[" + i + "].amount (" + name + ")", amount);
                sum = Findings.orZero(sum).add(Findings.orZero(amount));
            }
        }
        // No matching item: the operating expenses do not break it out, so there is nothing to compare with.
        if (sum == null || stated == null) {
            return;
        }
        findings.equal(rule, Location.of(THREE_PUBLIC_EXPENSES.key(), "rows[" + row + "].currentYear")
                .row(published.path("name").asText(null)), figures, sum, stated);
    }

    private static void procurementProjects(JsonNode purchases, JsonNode goals, Findings findings) {
        Set<String> known = new LinkedHashSet<>();
        goals.path("projects").forEach(p -> known.add(normalised(p.path("name").asText(""))));
        JsonNode lines = purchases.path("lines");
        Map<String, List<Integer>> unknown = new LinkedHashMap<>();
        Map<String, String> published = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String name = lines.get(i).path("projectName").asText("");
            String key = normalised(name);
            if (!key.isEmpty() && !known.contains(key)) {
                unknown.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
                published.putIfAbsent(key, name);
            }
        }
        // One finding per name, however many lines carry it: it is one naming difference.
        unknown.forEach((key, rows) -> {
            String name = published.get(key);
            String where = rows.stream().map(i -> "lines[" + i + "]").reduce((a, b) -> a + ", " + b).orElse("");
            findings.fail(PROCUREMENT_PROJECTS, Location.of(PROCUREMENT.key(), "lines[" + rows.get(0) + "].projectName").row(name),
                    Map.of(), "a project name of part 五 (预算绩效信息)", name,
                    "项目“" + name + "”（" + where + "）不见于预算项目绩效目标表",
                    "project \"" + name + "\" (" + where + ") is not a project of part 五");
        });
    }

    private static void vehicleAssets(JsonNode threePublic, JsonNode fixedAssets, Findings findings) {
        int row = rowOf(threePublic, "VEHICLE_OPERATION");
        if (row < 0) {
            return;
        }
        BigDecimal budget = decimal(threePublic.path("rows").get(row).path("currentYear"));
        if (budget == null || budget.signum() <= 0) {
            return;
        }
        BigDecimal vehicles = decimal(fixedAssets.path("vehicles").path("count"));
        if (vehicles != null && vehicles.signum() > 0) {
            return;
        }
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        figures.put(THREE_PUBLIC_EXPENSES.key() + ".rows[" + row + "].currentYear", budget);
        figures.put(ASSETS.key() + ".vehicles.count", vehicles);
        findings.fail(VEHICLE_ASSETS, Location.of(ASSETS.key(), "vehicles.count").row("车辆"), figures, "at least 1",
                vehicles == null ? null : vehicles.toPlainString(),
                "安排公务用车运行经费 " + budget.toPlainString() + " 万元，但固定资产中没有车辆",
                "a vehicle operation budget of " + budget.toPlainString() + " (万元) but no vehicle in part 七 (国有资产)");
    }

    private static int rowOf(JsonNode threePublic, String category) {
        JsonNode rows = threePublic.path("rows");
        for (int i = 0; i < rows.size(); i++) {
            if (category.equals(rows.get(i).path("category").asText())) {
                return i;
            }
        }
        return -1;
    }

    private static BigDecimal decimal(JsonNode node) {
        return node.isNumber() ? node.decimalValue() : null;
    }

    /** A name without punctuation or spaces, full-width forms folded: 不忘初心、牢记使命 and 不忘初心，牢记使命 are one name. */
    static String normalised(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("[\\p{P}\\p{S}\\p{Z}\\s]", "");
    }
}
