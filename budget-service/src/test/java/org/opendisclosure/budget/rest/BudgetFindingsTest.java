package org.opendisclosure.budget.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.EmbeddedPostgresResource;
import org.opendisclosure.testing.OpenApiContract;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "budget"))
class BudgetFindingsTest {

    private static final String BUDGETS = "/api/v1/departments/{id}/budgets/{year}";
    private static final String FINDINGS = BUDGETS + "/findings";

    @BeforeEach
    void contract() {
        RestAssured.replaceFiltersWith(OpenApiContract.filter());
    }

    private static String departmentWithoutBudget() {
        String id = TestData.freshDepartmentId("130625");
        TestData.putOrganization(id, 2020, TestData.sample("department"), 201);
        return id;
    }

    /** A new department holding the fixture's 2020 budget as published. */
    private static String departmentWithBudget() {
        String id = departmentWithoutBudget();
        given().contentType("application/json").body(TestData.write(TestData.sample("budget")))
                .put(BUDGETS, id, 2020).then().statusCode(201);
        return id;
    }

    private static ValidatableResponse post(String id, Object year, ObjectNode document, String tolerance) {
        var request = given().contentType("application/json").body(TestData.write(document));
        if (tolerance != null) {
            request.queryParam("tolerance", tolerance);
        }
        return request.post(FINDINGS, id, year).then();
    }

    @Test
    void theStoredFixtureHasItsTwoFindingsWithAnETag() {
        String id = departmentWithBudget();
        ValidatableResponse response = given().get(FINDINGS, id, 2020).then().statusCode(200)
                .contentType("application/json")
                .body("departmentId", equalTo(id))
                .body("fiscalYear", equalTo(2020))
                .body("tolerance", equalTo(0))
                .body("counts.error", equalTo(2)).body("counts.warning", equalTo(0)).body("counts.info", equalTo(0))
                .body("findings.rule", contains("summary.change-total", "three-public.change"))
                .body("findings.severity", contains("error", "error"))
                .body("findings.location.part", contains("summary", "threePublicExpenses"))
                .body("findings.location.path", contains("changeFromLastYear.total.amount", "rows[3].change"))
                .body("findings[1].location.row", equalTo("公务接待费支出"))
                .body("findings.expected", contains("1120.05", "-0.20"))
                .body("findings.actual", contains("1549.15", "0.2"));
        JsonNode report = TestData.parse(response.extract().asString());
        assertThat(report.at("/findings/0/difference").decimalValue()).isEqualTo(new BigDecimal("429.10"));
        assertThat(report.at("/findings/1/difference").decimalValue()).isEqualTo(new BigDecimal("0.40"));
        assertThat(report.at("/findings/0/figures/changeFromLastYear.other.amount").isNull()).isTrue();
        assertThat(report.at("/findings/1/messageEn").asText()).contains("the published sign is the opposite");

        String etag = response.extract().header("ETag");
        assertThat(etag).isNotBlank();
        given().header("If-None-Match", etag).get(FINDINGS, id, 2020).then().statusCode(304);
        // Another tolerance is another report.
        given().header("If-None-Match", etag).queryParam("tolerance", "0.4").get(FINDINGS, id, 2020).then().statusCode(200);
    }

    @Test
    void findingsAreThoseOfTheCurrentRevision() {
        String id = departmentWithBudget();
        ObjectNode corrected = TestData.sample("budget");
        ((ObjectNode) corrected.at("/threePublicExpenses/rows/3")).put("change", new BigDecimal("-0.20"));
        given().contentType("application/json").body(TestData.write(corrected)).put(BUDGETS, id, 2020).then().statusCode(200);

        given().get(FINDINGS, id, 2020).then().statusCode(200)
                .body("findings.rule", contains("summary.change-total"))
                .body("counts.error", equalTo(1));
    }

    @Test
    void noBudgetIsNotFoundAndBadParametersAreBadRequests() {
        String id = departmentWithoutBudget();
        given().get(FINDINGS, id, 2020).then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("Department " + id + " has no budget stored for 2020"));
        given().get(FINDINGS, "999997-1", 2020).then().statusCode(404)
                .body("detail", equalTo("Department 999997-1 has no budget stored for 2020"));

        String stored = departmentWithBudget();
        given().get(FINDINGS, stored, "twenty").then().statusCode(400).body("errors[0].field", equalTo("year"));
        given().get(FINDINGS, "abc", 2020).then().statusCode(400).body("errors[0].field", equalTo("departmentId"));
        for (String bad : new String[]{"abc", "-0.01", "1e9"}) {
            given().queryParam("tolerance", bad).get(FINDINGS, stored, 2020).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("tolerance"));
        }
        post(stored, 2020, TestData.sample("budget"), "much").statusCode(400).body("errors[0].field", equalTo("tolerance"))
                .body("errors[0].message", containsString("decimal number"));
    }

    @Test
    void aToleranceAtLeastTheDifferenceSilencesAFinding() {
        String id = departmentWithBudget();
        given().queryParam("tolerance", "0.39").get(FINDINGS, id, 2020).then().statusCode(200)
                .body("findings.rule", contains("summary.change-total", "three-public.change"));
        given().queryParam("tolerance", "0.40").get(FINDINGS, id, 2020).then().statusCode(200)
                .body("tolerance", equalTo(0.40f))
                .body("findings.rule", contains("summary.change-total"));
        given().queryParam("tolerance", "429.1").get(FINDINGS, id, 2020).then().statusCode(200)
                .body("findings", empty()).body("counts.error", equalTo(0));
    }

    @Test
    void aPostedDocumentIsCheckedAndNothingIsStored() {
        String id = departmentWithoutBudget();
        ObjectNode doc = TestData.sample("budget");
        ((ObjectNode) doc.at("/operatingExpenses")).put("total", new BigDecimal("50.74"));
        ((ObjectNode) doc.at("/threePublicExpenses/rows/2")).putNull("reason");

        ValidatableResponse response = post(id, 2020, doc, null).statusCode(200).contentType("application/json")
                .body("departmentId", equalTo(id)).body("fiscalYear", equalTo(2020))
                .body("findings.rule", contains("summary.change-total", "operating-expenses.total", "three-public.reason",
                        "three-public.change"))
                .body("findings.location.path", contains("changeFromLastYear.total.amount", "total", "rows[2].reason",
                        "rows[3].change"))
                .body("findings[2].severity", equalTo("warning"))
                .body("findings[2].location.row", equalTo("公务用车运行经费"))
                .body("counts.error", equalTo(3)).body("counts.warning", equalTo(1));
        JsonNode report = TestData.parse(response.extract().asString());
        assertThat(report.at("/findings/1/expected").asText()).isEqualTo("50.64");
        assertThat(report.at("/findings/1/difference").decimalValue()).isEqualTo(new BigDecimal("0.10"));

        given().get(BUDGETS, id, 2020).then().statusCode(404);

        // With a tolerance; and the department need not exist (an import checks before it writes).
        post("999996-1", 2021, doc, "0.1").statusCode(200).body("departmentId", equalTo("999996-1"))
                .body("fiscalYear", equalTo(2021))
                .body("findings.rule", contains("summary.change-total", "three-public.reason", "three-public.change"));
    }

    @Test
    void aBlankChangeCellIsReportedAsEmpty() {
        ObjectNode doc = TestData.sample("budget");
        ((ObjectNode) doc.at("/threePublicExpenses/rows/2")).putNull("change");
        ValidatableResponse response = post(departmentWithoutBudget(), 2020, doc, null).statusCode(200)
                .body("findings.rule", contains("summary.change-total", "three-public.change", "three-public.change"))
                .body("findings[1].location.path", equalTo("rows[2].change"))
                .body("findings[1].expected", equalTo("2.0"))
                .body("findings[1].messageEn", containsString("published (empty)"));
        JsonNode report = TestData.parse(response.extract().asString());
        assertThat(report.at("/findings/1/actual").isNull()).isTrue();
        assertThat(report.at("/findings/1/figures/rows[2].change").isNull()).isTrue();
        assertThat(report.at("/findings/1/difference").decimalValue()).isEqualTo(new BigDecimal("-2.0"));
    }

    @Test
    void anInvalidPostedDocumentIsRefusedNamingTheFieldAsByThePut() {
        String id = departmentWithoutBudget();
        ObjectNode negative = TestData.sample("budget");
        ((ObjectNode) negative.at("/summary/revenue")).put("total", new BigDecimal("-1"));
        post(id, 2020, negative, null).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("summary.revenue.total"));

        ObjectNode twice = TestData.sample("budget");
        ((ObjectNode) twice.at("/threePublicExpenses/rows/1")).put("category", "RECEPTION");
        post(id, 2020, twice, null).statusCode(400).body("errors[0].field", equalTo("threePublicExpenses.rows[3].category"));

        ObjectNode missing = TestData.sample("budget");
        missing.remove("summary");
        post(id, 2020, missing, null).statusCode(400).body("errors.field", contains("summary"));

        given().contentType("application/xml").body("<budget/>").post(FINDINGS, id, 2020).then().statusCode(415);
        post(id, 1999, TestData.sample("budget"), null).statusCode(400).body("errors[0].field", equalTo("year"));
    }

    @Test
    void theRuleCatalogueListsEveryRuleWithBothDescriptions() {
        ValidatableResponse response = given().get("/api/v1/rules").then().statusCode(200).contentType("application/json")
                .body("rules.id", containsInAnyOrder("summary.revenue-total", "summary.expenditure-total",
                        "summary.basic-total", "summary.balance", "summary.change-total", "operating-expenses.total",
                        "three-public.total", "three-public.change", "three-public.reason",
                        "summary.change-against-previous-year", "three-public.previous-year"))
                .body("rules.descriptionZh", everyItem(not(emptyOrNullString())))
                .body("rules.descriptionEn", everyItem(not(emptyOrNullString())))
                .body("rules.find { it.id == 'summary.expenditure-total' }.descriptionZh", equalTo("支出合计 = 基本支出 + 项目支出 + 其他支出"))
                .body("rules.find { it.id == 'summary.expenditure-total' }.descriptionEn", equalTo("expenditure total = basic + project + other"))
                .body("rules.find { it.id == 'three-public.reason' }.severity", equalTo("warning"))
                .body("rules.find { it.id == 'three-public.total' }.parts", contains("threePublicExpenses"));
        String etag = response.extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/rules").then().statusCode(304);
    }
}
