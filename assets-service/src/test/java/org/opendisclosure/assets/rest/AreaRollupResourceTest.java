package org.opendisclosure.assets.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
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
 * Assets summed by area: three departments in two counties of 乌鲁木齐市 (6501) over two years no
 * other test writes, one with figures published as —; one part revised, so that only its current
 * revision counts.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "assets"))
class AreaRollupResourceTest {

    private static final int YEAR = 2061;
    private static final String OF_YEAR = "/api/v1/fiscal-years/{year}/assets-areas";
    private static final String OVER_YEARS = "/api/v1/assets-areas";
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
        store(first, YEAR, "1", "1", 1, "1");
        store(first, YEAR, "12.5", "100.5", 1, "18.98");
        store(second, YEAR, "950.75", null, null, "45.60");
        store(third, YEAR, "82.22", "80", 2, "20");
        store(first, YEAR + 1, "13", "100.5", 1, "17");
        stored = true;
    }

    /** Building area and vehicles null: published as —. */
    private static void store(String id, int year, String total, String buildingArea, Integer vehicles, String vehicleValue) {
        ObjectNode doc = TestData.sample();
        doc.put("totalFixedAssets", new BigDecimal(total));
        ((ObjectNode) doc.get("buildings")).put("area", buildingArea == null ? null : new BigDecimal(buildingArea));
        ((ObjectNode) doc.get("vehicles")).put("count", vehicles).put("value", new BigDecimal(vehicleValue));
        given().contentType("application/json").body(TestData.write(doc)).put(TestData.ASSETS, id, year)
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
                .body("items[0].totalFixedAssets", equalTo(new BigDecimal("963.25")))
                .body("items[0].buildingArea", equalTo(new BigDecimal("100.5")))
                .body("items.buildingAreaDepartments", contains(1, 1))
                .body("items.vehicleCount", contains(1, 2))
                .body("items.vehicleCountDepartments", contains(1, 1))
                .body("items[0].vehicleValue", equalTo(new BigDecimal("64.58")))
                .body("items.vehicleValueDepartments", contains(2, 1));
        given().queryParam("level", "city").queryParam("division", "65").get(OF_YEAR, YEAR).then().statusCode(200)
                .body("items.divisionCode", contains("6501"))
                .body("items[0].departments", equalTo(3))
                .body("items[0].vehicleCount", equalTo(3));
    }

    @Test
    void overYearsGivesARowPerYearAndArea() {
        given().queryParam("division", "650102").queryParam("fromYear", YEAR).queryParam("toYear", YEAR + 1)
                .get(OVER_YEARS).then().statusCode(200)
                .body("items.fiscalYear", contains(YEAR, YEAR + 1))
                .body("items.departments", contains(2, 1))
                .body("items.totalFixedAssets", contains(963.25f, 13));
    }

    @Test
    void servesCsvWithAHeaderRow() {
        byte[] bytes = given().accept("text/csv").queryParam("division", "6501").get(OF_YEAR, YEAR)
                .then().statusCode(200).contentType(startsWith("text/csv")).header("X-Total-Count", "2")
                .extract().asByteArray();
        assertThat(new String(bytes, StandardCharsets.UTF_8).split("\n")).containsExactly(
                "fiscalYear,level,divisionCode,departments,totalFixedAssets,buildingArea,buildingAreaDepartments,vehicleCount,"
                        + "vehicleCountDepartments,vehicleValue,vehicleValueDepartments",
                "2061,county,650102,2,963.25,100.5,1,1,1,64.58,2",
                "2061,county,650103,1,82.22,80,1,2,1,20,1");
    }

    @Test
    void badParametersAreProblemsNamingThem() {
        given().queryParam("division", "65 01").get(OF_YEAR, YEAR).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("division"));
        given().queryParam("fromYear", "1999").get(OVER_YEARS).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("fromYear"));
    }
}
