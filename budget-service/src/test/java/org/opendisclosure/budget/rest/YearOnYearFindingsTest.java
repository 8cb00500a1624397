package org.opendisclosure.budget.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.EmbeddedPostgresResource;
import org.opendisclosure.testing.OpenApiContract;

/** What a budget states about last year, against the previous year's budget this service holds. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "budget"))
class YearOnYearFindingsTest {

    private static final String BUDGETS = "/api/v1/departments/{id}/budgets/{year}";
    private static final String FINDINGS = BUDGETS + "/findings";
    private static final String STATED_CHANGE = "summary.change-against-previous-year";
    private static final String PREVIOUS_COLUMN = "three-public.previous-year";

    @BeforeEach
    void contract() {
        RestAssured.replaceFiltersWith(OpenApiContract.filter());
    }

    /**
     * The 2020 fixture one year on: 470.59 more in total (stated: 500.00), basic and project
     * changes as stated, and a previous-year column taken from 2020 except 公务用车运行经费 (6.0, not 6.5).
     */
    private static ObjectNode nextYear() {
        ObjectNode budget = TestData.sample("budget");
        ObjectNode expenditure = (ObjectNode) budget.at("/summary/expenditure");
        expenditure.put("total", new BigDecimal("9000.00"));
        expenditure.put("basic", new BigDecimal("760.38"));
        expenditure.put("personnel", new BigDecimal("709.74"));
        expenditure.put("project", new BigDecimal("8239.62"));
        ((ObjectNode) budget.at("/summary/revenue")).put("total", new BigDecimal("9000.00")).put("generalPublicBudget", new BigDecimal("9000.00"));
        ObjectNode changes = (ObjectNode) budget.at("/summary/changeFromLastYear");
        ((ObjectNode) changes.get("total")).put("amount", new BigDecimal("500.00"));
        ((ObjectNode) changes.get("basic")).put("amount", new BigDecimal("10.00"));
        ((ObjectNode) changes.get("project")).put("amount", new BigDecimal("460.59"));
        ArrayNode rows = (ArrayNode) budget.at("/threePublicExpenses/rows");
        for (JsonNode row : rows) {
            ((ObjectNode) row).set("previousYear", row.get("currentYear"));
            ((ObjectNode) row).put("change", BigDecimal.ZERO);
        }
        ((ObjectNode) rows.get(2)).put("previousYear", new BigDecimal("6.0")).put("change", new BigDecimal("0.5"));
        ObjectNode total = (ObjectNode) budget.at("/threePublicExpenses/total");
        total.set("previousYear", total.get("currentYear"));
        total.put("change", BigDecimal.ZERO);
        return budget;
    }

    private static String department() {
        String id = TestData.freshDepartmentId("130626");
        TestData.putOrganization(id, 2020, TestData.sample("department"), 201);
        return id;
    }

    private static void put(String id, int year, ObjectNode budget, int status) {
        given().contentType("application/json").body(TestData.write(budget)).put(BUDGETS, id, year).then().statusCode(status);
    }

    private static List<JsonNode> yearOnYear(JsonNode report) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode finding : report.get("findings")) {
            String rule = finding.get("rule").asText();
            if (rule.equals(STATED_CHANGE) || rule.equals(PREVIOUS_COLUMN)) {
                found.add(finding);
            }
        }
        return found;
    }

    @Test
    void aStatedChangeAndAPreviousYearColumnThatDisagreeWithTheStoredYearAreFindingsWithBothFigures() {
        String id = department();
        put(id, 2020, TestData.sample("budget"), 201);
        put(id, 2021, nextYear(), 201);

        List<JsonNode> found = yearOnYear(TestData.parse(given().get(FINDINGS, id, 2021).then().statusCode(200)
                .extract().asString()));

        assertThat(found).hasSize(2);
        JsonNode change = found.get(0);
        assertThat(change.get("rule").asText()).isEqualTo(STATED_CHANGE);
        assertThat(change.get("severity").asText()).isEqualTo("warning");
        assertThat(change.at("/location/path").asText()).isEqualTo("changeFromLastYear.total.amount");
        assertThat(change.at("/figures/changeFromLastYear.total.amount").decimalValue()).isEqualByComparingTo("500.00");
        assertThat(change.at("/figures/expenditure.total").decimalValue()).isEqualByComparingTo("9000.00");
        assertThat(change.at("/figures/previousYear.expenditure.total").decimalValue()).isEqualByComparingTo("8529.41");
        assertThat(change.get("expected").asText()).isEqualTo("470.59");
        assertThat(change.get("difference").decimalValue()).isEqualByComparingTo("29.41");

        JsonNode column = found.get(1);
        assertThat(column.get("rule").asText()).isEqualTo(PREVIOUS_COLUMN);
        assertThat(column.at("/location/path").asText()).isEqualTo("rows[2].previousYear");
        assertThat(column.at("/location/row").asText()).isEqualTo("公务用车运行经费");
        assertThat(column.at("/figures/rows[2].previousYear").decimalValue()).isEqualByComparingTo("6.0");
        assertThat(column.at("/figures/previousYear.rows[2].currentYear").decimalValue()).isEqualByComparingTo("6.5");
        assertThat(column.get("expected").asText()).isEqualTo("6.5");
    }

    @Test
    void withoutAStoredPreviousYearThereIsNothingToCompare() {
        String id = department();
        put(id, 2021, nextYear(), 201);
        assertThat(yearOnYear(TestData.parse(given().get(FINDINGS, id, 2021).then().statusCode(200).extract().asString())))
                .isEmpty();
        // The document checked without storing it, too.
        assertThat(yearOnYear(TestData.parse(given().contentType("application/json").body(TestData.write(nextYear()))
                .post(FINDINGS, id, 2021).then().statusCode(200).extract().asString()))).isEmpty();
    }

    @Test
    void theComparisonIsWithThePreviousYearsCurrentRevision() {
        String id = department();
        put(id, 2020, TestData.sample("budget"), 201);
        put(id, 2021, nextYear(), 201);
        // 2020 revised: its total now 8500.00, so 2021's stated 500.00 holds; its 公务用车运行经费 now 6.0.
        ObjectNode revised = TestData.sample("budget");
        ((ObjectNode) revised.at("/summary/expenditure")).put("total", new BigDecimal("8500.00"));
        ((ObjectNode) revised.at("/threePublicExpenses/rows/2")).put("currentYear", new BigDecimal("6.0"));
        put(id, 2020, revised, 200);

        assertThat(yearOnYear(TestData.parse(given().get(FINDINGS, id, 2021).then().statusCode(200).extract().asString())))
                .isEmpty();
        // A document checked before it is stored is compared with the stored year before it.
        assertThat(yearOnYear(TestData.parse(given().contentType("application/json").body(TestData.write(nextYear()))
                .post(FINDINGS, id, 2021).then().statusCode(200).extract().asString()))).isEmpty();
    }

    @Test
    void theCatalogueListsTheYearOnYearRules() {
        given().get("/api/v1/rules").then().statusCode(200)
                .body("rules.id", hasItems(STATED_CHANGE, PREVIOUS_COLUMN));
    }

    /** The department's kept counts of a year, as the gateway's summary reads them. */
    private static String kept(String id, int year) {
        JsonNode page = TestData.parse(given().queryParam("departmentId", id).get("/api/v1/fiscal-years/{year}/findings-counts", year)
                .then().statusCode(200).extract().asString());
        assertThat(page.get("items")).hasSize(1);
        JsonNode item = page.at("/items/0");
        return item.get("error") + " " + item.get("warning") + " " + item.get("info") + " " + item.get("revisions").asText();
    }

    private static String reported(String id, int year) {
        JsonNode counts = TestData.parse(given().get(FINDINGS, id, year).then().statusCode(200).extract().asString()).get("counts");
        return counts.get("error") + " " + counts.get("warning") + " " + counts.get("info");
    }

    @Test
    void theYearAftersKeptFindingsFollowARevisionOfThisYear() {
        String id = department();
        put(id, 2020, TestData.sample("budget"), 201);
        put(id, 2021, nextYear(), 201);
        String before = reported(id, 2021);
        assertThat(kept(id, 2021)).isEqualTo(before + " budget:1");

        // As in the test above: 2021's stated change and previous-year column now agree with 2020.
        ObjectNode revised = TestData.sample("budget");
        ((ObjectNode) revised.at("/summary/expenditure")).put("total", new BigDecimal("8500.00"));
        ((ObjectNode) revised.at("/threePublicExpenses/rows/2")).put("currentYear", new BigDecimal("6.0"));
        put(id, 2020, revised, 200);

        String after = reported(id, 2021);
        assertThat(after).isNotEqualTo(before);
        assertThat(kept(id, 2021)).isEqualTo(after + " budget:1");
        assertThat(kept(id, 2020)).isEqualTo(reported(id, 2020) + " budget:2 organization:1");
    }
}
