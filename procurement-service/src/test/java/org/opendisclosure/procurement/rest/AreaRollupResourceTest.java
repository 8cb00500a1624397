package org.opendisclosure.procurement.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
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
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.EmbeddedPostgresResource;
import org.opendisclosure.testing.OpenApiContract;

/**
 * Procurement budgets summed by area: three departments in two counties of 乌鲁木齐市 (6501) over
 * two years no other test writes, one without procurement; one part revised, so that only its
 * current revision counts.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "procurement"))
class AreaRollupResourceTest {

    private static final int YEAR = 2061;
    private static final String OF_YEAR = "/api/v1/fiscal-years/{year}/procurement-areas";
    private static final String OVER_YEARS = "/api/v1/procurement-areas";
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
        TestData.put(first, YEAR, TestData.none()).statusCode(oneOf(200, 201));
        TestData.put(first, YEAR, TestData.sample()).statusCode(oneOf(200, 201));
        TestData.put(second, YEAR, stating("12.3")).statusCode(oneOf(200, 201));
        TestData.put(third, YEAR, TestData.none()).statusCode(oneOf(200, 201));
        TestData.put(first, YEAR + 1, stating("5")).statusCode(oneOf(200, 201));
        stored = true;
    }

    private static ObjectNode stating(String total) {
        return TestData.sample().put("statedTotal", new BigDecimal(total));
    }

    @Test
    void sumsEachCountysCurrentPartsExactly() {
        given().config(RestAssured.config().jsonConfig(RestAssured.config().getJsonConfig()
                        .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)))
                .queryParam("level", "county").queryParam("division", "6501").get(OF_YEAR, YEAR).then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.divisionCode", contains("650102", "650103"))
                .body("items.departments", contains(2, 1))
                .body("items.withProcurement", contains(2, 0))
                .body("items[0].statedTotal", equalTo(new BigDecimal("119.87")))
                .body("items.statedTotalDepartments", contains(2, 0))
                .body("items[1].statedTotal", nullValue());
        given().queryParam("level", "city").queryParam("division", "65").get(OF_YEAR, YEAR).then().statusCode(200)
                .body("items.divisionCode", contains("6501"))
                .body("items[0].departments", equalTo(3))
                .body("items[0].statedTotalDepartments", equalTo(2));
    }

    @Test
    void overYearsGivesARowPerYearAndArea() {
        given().queryParam("division", "650102").queryParam("fromYear", YEAR).queryParam("toYear", YEAR + 1)
                .get(OVER_YEARS).then().statusCode(200)
                .body("items.fiscalYear", contains(YEAR, YEAR + 1))
                .body("items.departments", contains(2, 1))
                .body("items.statedTotal", contains(119.87f, 5));
    }

    @Test
    void servesCsvWithAHeaderRow() {
        byte[] bytes = given().accept("text/csv").queryParam("division", "6501").get(OF_YEAR, YEAR)
                .then().statusCode(200).contentType(startsWith("text/csv")).header("X-Total-Count", "2")
                .extract().asByteArray();
        assertThat(new String(bytes, StandardCharsets.UTF_8).split("\n")).containsExactly(
                "fiscalYear,level,divisionCode,departments,withProcurement,statedTotal,statedTotalDepartments",
                "2061,county,650102,2,2,119.87,2",
                "2061,county,650103,1,0,,0");
    }

    @Test
    void badParametersAreProblemsNamingThem() {
        given().queryParam("level", "").queryParam("division", "6501021").get(OF_YEAR, YEAR).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("division"));
        given().queryParam("level", "CITY").get(OVER_YEARS).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("level"));
    }
}
