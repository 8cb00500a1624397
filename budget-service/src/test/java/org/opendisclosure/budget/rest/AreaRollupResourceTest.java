package org.opendisclosure.budget.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.EmbeddedPostgresResource;
import org.opendisclosure.testing.OpenApiContract;

/**
 * Budgets summed by area: three departments in two counties of 乌鲁木齐市 (6501) and one in another
 * province, over two years no other test writes; one budget revised, so that only its current
 * revision counts.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "budget"))
class AreaRollupResourceTest {

    private static final int YEAR = 2061;
    private static final String OF_YEAR = "/api/v1/fiscal-years/{year}/budgets-areas";
    private static final String OVER_YEARS = "/api/v1/budgets-areas";
    private static boolean stored;

    @BeforeEach
    void departmentsOfTwoCountiesAndTheContract() {
        RestAssured.replaceFiltersWith(OpenApiContract.filter());
        if (stored) {
            return;
        }
        String first = TestData.freshDepartmentId("650102");
        String second = TestData.freshDepartmentId("650102");
        String third = TestData.freshDepartmentId("650103");
        String elsewhere = TestData.freshDepartmentId("660101");
        // Written first with other figures: only the revision written after it is current.
        store(first, "天山区", YEAR, "1", "1", "1", "1", "1", "1", "1");
        store(first, "天山区", YEAR, "100.5", "20.25", "15", "5.25", "80.25", "3.25", "1.2");
        store(second, "天山区", YEAR, "200", "50.5", null, null, "149.50", "10", "2.05");
        store(third, "沙依巴克区", YEAR, "300.75", "100", "60.5", "39.5", "200.75", "7.1", "0.3");
        store(elsewhere, "别处", YEAR, "9999", "9", "9", "0", "9990", "9", "9");
        store(first, "天山区", YEAR + 1, "110", "30", "20", "10", "80", "4", "1.5");
        store(third, "沙依巴克区", YEAR + 1, "320", "110", "70", "40", "210", "7.5", "0.4");
        stored = true;
    }

    /** A budget whose revenue equals its expenditure, other expenditure as personnel is (0 or none), last year's 三公 0.5 more. */
    private static void store(String id, String county, int year, String total, String basic, String personnel,
                              String publicExpenditure, String project, String operating, String threePublic) {
        ObjectNode department = TestData.sample("department");
        department.put("divisionName", county);
        given().contentType("application/json").body(TestData.write(department)).put(TestData.ORGANIZATION, id, year)
                .then().statusCode(oneOf(200, 201));
        ObjectNode budget = TestData.sample("budget");
        ((ObjectNode) budget.at("/summary/revenue")).put("total", new BigDecimal(total));
        ((ObjectNode) budget.at("/summary/expenditure")).put("total", new BigDecimal(total)).put("basic", new BigDecimal(basic))
                .put("personnel", personnel == null ? null : new BigDecimal(personnel))
                .put("publicExpenditure", publicExpenditure == null ? null : new BigDecimal(publicExpenditure))
                .put("project", new BigDecimal(project))
                .put("other", personnel == null ? null : BigDecimal.ZERO);
        ((ObjectNode) budget.at("/operatingExpenses")).put("total", new BigDecimal(operating));
        ((ObjectNode) budget.at("/threePublicExpenses/total")).put("currentYear", new BigDecimal(threePublic))
                .put("previousYear", new BigDecimal(threePublic).add(new BigDecimal("0.5")));
        given().contentType("application/json").body(TestData.write(budget))
                .put(TestData.BUDGET, id, year).then().log().ifValidationFails().statusCode(oneOf(200, 201));
    }

    private static ValidatableResponse areas(String level, String division) {
        return given().config(RestAssured.config().jsonConfig(RestAssured.config().getJsonConfig()
                        .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)))
                .queryParam("level", level).queryParam("division", division).get(OF_YEAR, YEAR).then().statusCode(200);
    }

    @Test
    void sumsEachCountysCurrentBudgetsExactly() {
        areas("county", "6501")
                .body("totalItems", equalTo(2))
                .body("items.divisionCode", contains("650102", "650103"))
                .body("items.level", contains("county", "county"))
                .body("items.fiscalYear", contains(YEAR, YEAR))
                .body("items.divisionName", contains("天山区", "沙依巴克区"))
                .body("items.departments", contains(2, 1))
                .body("items[0].revenueTotal", equalTo(new BigDecimal("300.5")))
                .body("items[0].expenditureTotal", equalTo(new BigDecimal("300.5")))
                .body("items[0].basicExpenditure", equalTo(new BigDecimal("70.75")))
                .body("items[0].projectExpenditure", equalTo(new BigDecimal("229.75")))
                .body("items[0].operatingExpenses", equalTo(new BigDecimal("13.25")))
                .body("items[0].threePublicTotal", equalTo(new BigDecimal("3.25")))
                .body("items[0].threePublicPreviousYear", equalTo(new BigDecimal("4.25")))
                // The second department states no 人员经费: the sum is the first's alone, and says so.
                .body("items[0].personnelExpenditure", equalTo(15))
                .body("items[0].personnelDepartments", equalTo(1))
                .body("items[0].publicExpenditure", equalTo(new BigDecimal("5.25")))
                .body("items[0].otherExpenditure", equalTo(0))
                .body("items[0].otherDepartments", equalTo(1))
                .body("items[1].expenditureTotal", equalTo(new BigDecimal("300.75")));
    }

    @Test
    void rollsUpToCitiesAndProvincesWithoutCountyNames() {
        areas("city", "65")
                .body("items.divisionCode", contains("6501"))
                .body("items[0].departments", equalTo(3))
                .body("items[0].expenditureTotal", equalTo(new BigDecimal("601.25")))
                .body("items[0].divisionName", nullValue());
        areas("province", null)
                .body("items.findAll { it.divisionCode == '65' }.departments", contains(3))
                .body("items.findAll { it.divisionCode == '66' }.departments", contains(1));
    }

    @Test
    void overYearsGivesARowPerYearAndArea() {
        given().queryParam("level", "county").queryParam("division", "650103")
                .queryParam("fromYear", YEAR).queryParam("toYear", YEAR + 1)
                .get(OVER_YEARS).then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.fiscalYear", contains(YEAR, YEAR + 1))
                .body("items.expenditureTotal", contains(300.75f, 320))
                .body("items.departments", contains(1, 1));
        given().queryParam("division", "6501").queryParam("fromYear", YEAR + 1).get(OVER_YEARS).then().statusCode(200)
                .body("items.divisionCode", contains("650102", "650103"))
                .body("items.fiscalYear", contains(YEAR + 1, YEAR + 1));
        given().queryParam("division", "6501").queryParam("size", "1").queryParam("page", "2")
                .queryParam("fromYear", YEAR).queryParam("toYear", YEAR + 1).get(OVER_YEARS).then().statusCode(200)
                .header("X-Total-Count", "4")
                .header("Link", containsString("rel=\"next\""))
                .body("totalPages", equalTo(4))
                .body("items.divisionCode", contains("650103"));
    }

    @Test
    void servesCsvWithAHeaderRow() {
        byte[] bytes = given().accept("text/csv").queryParam("division", "6501").get(OF_YEAR, YEAR)
                .then().statusCode(200).contentType(startsWith("text/csv")).header("X-Total-Count", "2")
                .header("Content-Disposition", containsString("budgets-areas-2061-page1.csv"))
                .extract().asByteArray();
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n");
        assertThat(lines).containsExactly(
                "fiscalYear,level,divisionCode,divisionName,departments,revenueTotal,expenditureTotal,basicExpenditure,"
                        + "personnelExpenditure,personnelDepartments,publicExpenditure,publicDepartments,"
                        + "projectExpenditure,otherExpenditure,otherDepartments,operatingExpenses,"
                        + "threePublicPreviousYear,threePublicTotal",
                "2061,county,650102,天山区,2,300.5,300.5,70.75,15,1,5.25,1,229.75,0,1,13.25,4.25,3.25",
                "2061,county,650103,沙依巴克区,1,300.75,300.75,100,60.5,1,39.5,1,200.75,0,1,7.1,0.8,0.3");
        given().queryParam("format", "csv").queryParam("fromYear", YEAR).get(OVER_YEARS).then().statusCode(200)
                .header("Content-Disposition", containsString("budgets-areas-2061--page1.csv"));
    }

    @Test
    void badParametersAreProblemsNamingThem() {
        problem(given().queryParam("level", "township").get(OF_YEAR, YEAR), "level");
        problem(given().queryParam("level", "County").get(OF_YEAR, YEAR), "level");
        problem(given().queryParam("division", "13x").get(OF_YEAR, YEAR), "division");
        problem(given().queryParam("level", "city").queryParam("division", "130624").get(OF_YEAR, YEAR), "division");
        problem(given().get(OF_YEAR, 1999), "year");
        problem(given().queryParam("fromYear", "2020 ").get(OVER_YEARS), "fromYear");
        problem(given().queryParam("fromYear", "2022").queryParam("toYear", "2021").get(OVER_YEARS), "toYear");
        problem(given().queryParam("size", "1001").get(OVER_YEARS), "size");
    }

    private static void problem(io.restassured.response.Response response, String field) {
        response.then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo(field));
    }
}
