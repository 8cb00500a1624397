package org.opendisclosure.performance.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.node.ArrayNode;
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
 * Performance parts summed by area: three departments in two counties of 乌鲁木齐市 (6501) over two
 * years no other test writes; one part revised, so that only its current revision counts.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "performance"))
class AreaRollupResourceTest {

    private static final int YEAR = 2061;
    private static final String OF_YEAR = "/api/v1/fiscal-years/{year}/performance-areas";
    private static final String OVER_YEARS = "/api/v1/performance-areas";
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
        store(first, YEAR, "900");
        store(first, YEAR, "1.50", "2.25");
        store(second, YEAR, "10");
        store(third, YEAR);
        store(first, YEAR + 1, "3");
        stored = true;
    }

    private static void store(String id, int year, String... budgets) {
        ObjectNode part = TestData.sample();
        ArrayNode projects = part.putArray("projects");
        for (int i = 0; i < budgets.length; i++) {
            ObjectNode project = (ObjectNode) TestData.sample().at("/projects/0");
            project.put("code", "T-AREA-" + i);
            ((ObjectNode) project.get("budget")).put("total", new BigDecimal(budgets[i]))
                    .put("fiscalFunds", new BigDecimal(budgets[i])).putNull("otherFunds");
            projects.add(project);
        }
        given().contentType("application/json").body(TestData.write(part)).put(TestData.PERFORMANCE, id, year)
                .then().log().ifValidationFails().statusCode(oneOf(200, 201));
    }

    @Test
    void sumsEachCountysCurrentPartsExactly() {
        given().config(RestAssured.config().jsonConfig(RestAssured.config().getJsonConfig()
                        .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)))
                .queryParam("level", "county").queryParam("division", "6501").get(OF_YEAR, YEAR).then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.divisionCode", contains("650102", "650103"))
                .body("items.departments", contains(2, 1))
                .body("items.projectCount", contains(3, 0))
                .body("items[0].projectBudgetTotal", equalTo(new BigDecimal("13.75")))
                .body("items[1].projectBudgetTotal", nullValue());
        given().queryParam("level", "city").queryParam("division", "65").get(OF_YEAR, YEAR).then().statusCode(200)
                .body("items.divisionCode", contains("6501"))
                .body("items[0].departments", equalTo(3))
                .body("items[0].projectCount", equalTo(3));
    }

    @Test
    void overYearsGivesARowPerYearAndArea() {
        given().queryParam("division", "650102").queryParam("fromYear", YEAR).queryParam("toYear", YEAR + 1)
                .get(OVER_YEARS).then().statusCode(200)
                .body("items.fiscalYear", contains(YEAR, YEAR + 1))
                .body("items.departments", contains(2, 1))
                .body("items.projectCount", contains(3, 1));
    }

    @Test
    void servesCsvWithAHeaderRow() {
        byte[] bytes = given().accept("text/csv").queryParam("division", "6501").get(OF_YEAR, YEAR)
                .then().statusCode(200).contentType(startsWith("text/csv")).header("X-Total-Count", "2")
                .extract().asByteArray();
        assertThat(new String(bytes, StandardCharsets.UTF_8).split("\n")).containsExactly(
                "fiscalYear,level,divisionCode,departments,projectCount,projectBudgetTotal",
                "2061,county,650102,2,3,13.75",
                "2061,county,650103,1,0,");
    }

    @Test
    void badParametersAreProblemsNamingThem() {
        given().queryParam("level", "town").get(OF_YEAR, YEAR).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("level"));
        given().queryParam("level", "province").queryParam("division", "650").get(OVER_YEARS).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("division"));
        given().queryParam("toYear", "99").get(OVER_YEARS).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("toYear"));
    }
}
