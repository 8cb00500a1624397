package org.opendisclosure.parser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * The published document of 中共阜平县委组织部 (2020) reads as exactly the hand-made sample API
 * documents of sample-data: every part, field by field; numbers by value, strings exactly.
 */
class FixtureTest {
    private static final ParsedDisclosure PARSED = new DisclosureParser().parse(Resources.FIXTURE);
    private static final ObjectNode DOCUMENT = PARSED.document();
    private static final JsonNode BUDGET = Resources.sample("budget.json");

    @Test
    void namesTheDepartmentItsCodeDivisionAndYear() {
        assertThat(PARSED.departmentName()).isEqualTo("中共阜平县委组织部");
        assertThat(PARSED.departmentCode()).isEqualTo("203");
        assertThat(PARSED.divisionName()).isEqualTo("阜平县");
        assertThat(PARSED.fiscalYear()).isEqualTo(2020);
    }

    @Test
    void documentHasTheNinePartsInOrder() {
        assertThat(DOCUMENT.fieldNames()).toIterable().containsExactly("organization", "summary", "operatingExpenses",
                "threePublicExpenses", "performance", "procurement", "assets", "glossary", "otherNotes");
    }

    @Test
    void organizationIsTheSampleDepartment() {
        SameJson.assertSame(DOCUMENT.get("organization"), Resources.sample("department.json"), "organization");
    }

    @Test
    void budgetPartsAreTheSampleBudget() {
        SameJson.assertSame(DOCUMENT.get("summary"), BUDGET.get("summary"), "summary");
        SameJson.assertSame(DOCUMENT.get("operatingExpenses"), BUDGET.get("operatingExpenses"), "operatingExpenses");
        SameJson.assertSame(DOCUMENT.get("threePublicExpenses"), BUDGET.get("threePublicExpenses"), "threePublicExpenses");
        SameJson.assertSame(DOCUMENT.get("glossary"), BUDGET.get("glossary"), "glossary");
        assertThat(DOCUMENT.get("otherNotes").asText()).isEqualTo(BUDGET.get("otherNotes").asText());
    }

    @Test
    void performanceIsTheSampleWithAll37ProjectsAndEveryIndicator() {
        JsonNode expected = Resources.sample("performance.json");
        assertThat(DOCUMENT.get("performance").get("projects")).hasSize(37);
        SameJson.assertSame(DOCUMENT.get("performance"), expected, "performance");
    }

    @Test
    void procurementIsTheSampleWithAll14Lines() {
        assertThat(DOCUMENT.get("procurement").get("lines")).hasSize(14);
        SameJson.assertSame(DOCUMENT.get("procurement"), Resources.sample("procurement.json"), "procurement");
    }

    @Test
    void assetsAreTheSampleAssets() {
        SameJson.assertSame(DOCUMENT.get("assets"), Resources.sample("assets.json"), "assets");
    }

    @Test
    void figuresKeepThePublishedDigits() {
        JsonNode firstProject = DOCUMENT.get("performance").get("projects").get(0);
        assertThat(firstProject.get("budget").get("total").decimalValue().toPlainString()).isEqualTo("17.60");
        assertThat(firstProject.get("spendingPlan").get("endOfDecember").decimalValue().toPlainString()).isEqualTo("100.00");
        assertThat(DOCUMENT.get("procurement").get("totalRow").get("generalPublicBudget").decimalValue().toPlainString())
                .as("published full-width as 107．57").isEqualTo("107.57");
        assertThat(DOCUMENT.get("operatingExpenses").get("items").get(8).get("amount").decimalValue().toPlainString()).isEqualTo("0.05");
        assertThat(DOCUMENT.get("assets").get("buildings").get("area").decimalValue().toPlainString()).isEqualTo("0.00");
        assertThat(DOCUMENT.get("threePublicExpenses").get("total").get("currentYear").isBigDecimal()).isTrue();
    }
}
