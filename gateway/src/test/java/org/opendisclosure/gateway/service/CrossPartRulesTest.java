package org.opendisclosure.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendisclosure.common.consistency.Finding;
import org.opendisclosure.common.consistency.Findings;
import org.opendisclosure.testing.ExactJson;

/** The rules across parts, on the published reference disclosure and on variants of it that break one rule each. */
class CrossPartRulesTest {

    private static final String SAMPLE = "/sample/130624-203/2020/";

    private static Map<String, JsonNode> fixture() {
        JsonNode budget = ExactJson.resource(SAMPLE + "budget.json");
        Map<String, JsonNode> parts = new HashMap<>();
        parts.put("summary", budget.get("summary").deepCopy());
        parts.put("operatingExpenses", budget.get("operatingExpenses").deepCopy());
        parts.put("threePublicExpenses", budget.get("threePublicExpenses").deepCopy());
        parts.put("performance", ExactJson.resource(SAMPLE + "performance.json"));
        parts.put("procurement", ExactJson.resource(SAMPLE + "procurement.json"));
        parts.put("assets", ExactJson.resource(SAMPLE + "assets.json"));
        return parts;
    }

    private static List<Finding> check(Map<String, JsonNode> parts) {
        Findings findings = new Findings(BigDecimal.ZERO);
        CrossPartRules.check(parts, findings);
        return findings.list();
    }

    private static List<Finding> only(List<Finding> findings, String rule) {
        return findings.stream().filter(f -> f.rule().equals(rule)).toList();
    }

    @Test
    void thePublishedDisclosureHasOneProjectNameThatDiffersBeyondPunctuation() {
        List<Finding> findings = check(fixture());

        // 不忘初心，牢记使命办公经费 is 不忘初心、牢记使命办公经费 (punctuation only) and is not reported;
        // 督察组 is not 督查组: a different character, reported once for its two lines.
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("cross.procurement-projects");
            assertThat(f.location().part()).isEqualTo("procurement");
            assertThat(f.location().path()).isEqualTo("lines[9].projectName");
            assertThat(f.actual()).isEqualTo("重点工作大督查办公室及督察组工作经费");
            assertThat(f.messageEn()).contains("lines[9], lines[10]");
        });
    }

    @Test
    void projectBudgetsMustAddUpToTheProjectExpenditure() {
        Map<String, JsonNode> parts = fixture();
        ((ObjectNode) parts.get("summary").get("expenditure")).put("project", new BigDecimal("7780.03"));

        assertThat(only(check(parts), "cross.project-expenditure")).singleElement().satisfies(f -> {
            assertThat(f.expected()).isEqualTo("7779.03");
            assertThat(f.actual()).isEqualTo("7780.03");
            assertThat(f.difference()).isEqualByComparingTo("1.00");
            assertThat(f.figures()).containsEntry("performance.projects.count", new BigDecimal(37));
        });
    }

    @Test
    void vehicleAndReceptionFiguresMustMatchTheOperatingExpenseItems() {
        Map<String, JsonNode> parts = fixture();
        ArrayNode items = (ArrayNode) parts.get("operatingExpenses").get("items");
        for (JsonNode item : items) {
            if (item.get("name").asText().equals("公务车运行维护费")) {
                ((ObjectNode) item).put("amount", new BigDecimal("7.5"));
            }
            if (item.get("name").asText().equals("公务接待费")) {
                ((ObjectNode) item).put("amount", new BigDecimal("0.15"));
            }
        }

        List<Finding> findings = check(parts);

        assertThat(only(findings, "cross.vehicle-operation")).singleElement().satisfies(f -> {
            assertThat(f.location().path()).isEqualTo("rows[2].currentYear");
            assertThat(f.expected()).isEqualTo("7.5");
            assertThat(f.actual()).isEqualTo("6.5");
        });
        assertThat(only(findings, "cross.reception")).singleElement().satisfies(f -> {
            assertThat(f.location().row()).isEqualTo("公务接待费支出");
            assertThat(f.expected()).isEqualTo("0.15");
            assertThat(f.actual()).isEqualTo("0.05");
        });
    }

    @Test
    void aVehicleOperationBudgetWithoutAVehicleIsReported() {
        Map<String, JsonNode> parts = fixture();
        ((ObjectNode) parts.get("assets").get("vehicles")).put("count", 0);

        assertThat(only(check(parts), "cross.vehicle-assets")).singleElement().satisfies(f -> {
            assertThat(f.location().path()).isEqualTo("vehicles.count");
            assertThat(f.actual()).isEqualTo("0");
            assertThat(f.figures()).containsEntry("threePublicExpenses.rows[2].currentYear", new BigDecimal("6.5"));
        });
    }

    @Test
    void aRuleWhosePartIsMissingIsNotChecked() {
        Map<String, JsonNode> parts = fixture();
        parts.remove("performance");
        ((ObjectNode) parts.get("assets").get("vehicles")).put("count", 0);

        List<Finding> findings = check(parts);

        assertThat(findings).extracting(Finding::rule).containsExactly("cross.vehicle-assets");
    }

    @Test
    void namesAreComparedWithoutPunctuationOrWidth() {
        assertThat(CrossPartRules.normalised("不忘初心，牢记使命 办公经费")).isEqualTo(CrossPartRules.normalised("不忘初心、牢记使命办公经费"));
        assertThat(CrossPartRules.normalised("（一）ＡＢ经费")).isEqualTo(CrossPartRules.normalised("(一)AB经费"));
        assertThat(CrossPartRules.normalised("督察组")).isNotEqualTo(CrossPartRules.normalised("督查组"));
    }
}
