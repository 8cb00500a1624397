package org.opendisclosure.assets.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.CsvText;
import org.opendisclosure.testing.EmbeddedPostgresResource;
import org.opendisclosure.testing.OpenApiContract;

/** The analysts' view over three departments' 2031 assets, a year no other test writes. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "assets"))
class AssetsOverviewResourceTest {

    private static final int YEAR = 2031;
    private static final String OVERVIEW = "/api/v1/fiscal-years/{year}/assets";
    private static String small;
    private static String large;
    private static String elsewhere;

    /** Once per class, but after Quarkus has started (a static @BeforeAll would run before). */
    @BeforeEach
    void threeDepartmentsAndTheContract() {
        RestAssured.replaceFiltersWith(OpenApiContract.filter());
        if (small != null) {
            return;
        }
        // division, total, building area, office area, vehicles (null: published as —), vehicle value
        small = store("140101", "12.5", "0.00", "0.00", null, "0.00", true);
        large = store("140101", "950.75", "1200.5", "300", 3, "45.6", false);
        elsewhere = store("140202", "82.22", "80", "80.0", 1, "18.98", true);
    }

    private static String store(String division, String total, String buildingArea, String officeArea, Integer vehicles,
                                String vehicleValue, boolean none) {
        String id = TestData.freshDepartmentId(division);
        ObjectNode doc = TestData.sample();
        doc.put("totalFixedAssets", new BigDecimal(total));
        ((ObjectNode) doc.get("buildings")).put("area", new BigDecimal(buildingArea)).put("officeArea", new BigDecimal(officeArea));
        ((ObjectNode) doc.get("vehicles")).put("count", vehicles).put("value", new BigDecimal(vehicleValue));
        if (!none) {
            ObjectNode planned = (ObjectNode) doc.get("plannedPurchases");
            planned.put("none", false).put("statement", "拟购置公务用车1辆、办公电脑2台。");
            planned.withArray("items").addObject().put("name", "公务用车").put("quantity", 1).put("amount", new BigDecimal("18"));
            planned.withArray("items").addObject().put("name", "办公电脑").put("quantity", 2).putNull("amount");
        }
        given().contentType("application/json").body(TestData.write(doc))
                .put(TestData.ASSETS, id, YEAR).then().statusCode(201);
        return id;
    }

    @Test
    void sortsByEachFigureBothWays() {
        given().queryParam("sort", "-totalFixedAssets").get(OVERVIEW, YEAR).then().statusCode(200)
                .body("items.departmentId", contains(large, elsewhere, small))
                .body("totalItems", equalTo(3));
        given().queryParam("sort", "totalFixedAssets").get(OVERVIEW, YEAR).then()
                .body("items.departmentId", contains(small, elsewhere, large));
        given().queryParam("sort", "-buildingArea").get(OVERVIEW, YEAR).then()
                .body("items.departmentId", contains(large, elsewhere, small));
        given().queryParam("sort", "officeArea").get(OVERVIEW, YEAR).then()
                .body("items.departmentId", contains(small, elsewhere, large));
        given().queryParam("sort", "-vehicleValue").get(OVERVIEW, YEAR).then()
                .body("items.departmentId", contains(large, elsewhere, small));
        // A count published as — is not 0: it comes last whichever way the list is sorted.
        given().queryParam("sort", "vehicleCount").get(OVERVIEW, YEAR).then()
                .body("items.departmentId", contains(elsewhere, large, small));
        given().queryParam("sort", "-vehicleCount").get(OVERVIEW, YEAR).then()
                .body("items.departmentId", contains(large, elsewhere, small))
                .body("items[2].vehicleCount", equalTo(null));
        given().get(OVERVIEW, YEAR).then()
                .body("items.departmentId", contains(small, large, elsewhere));
        given().queryParam("sort", "-departmentId").get(OVERVIEW, YEAR).then()
                .body("items.departmentId", contains(elsewhere, large, small));
    }

    @Test
    void filtersByDivisionTotalsAndVehiclesAndPages() {
        given().queryParam("division", "140101").queryParam("sort", "-totalFixedAssets").get(OVERVIEW, YEAR).then()
                .statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.departmentId", contains(large, small))
                .body("items[0].fiscalYear", equalTo(YEAR))
                .body("items[0].noPlannedPurchases", equalTo(false))
                .body("items[0].plannedPurchaseCount", equalTo(2));
        given().queryParam("minTotal", "82.22").queryParam("sort", "totalFixedAssets").get(OVERVIEW, YEAR).then()
                .body("items.departmentId", contains(elsewhere, large));
        given().queryParam("maxTotal", "82.22").queryParam("sort", "totalFixedAssets").get(OVERVIEW, YEAR).then()
                .body("items.departmentId", contains(small, elsewhere));
        given().queryParam("minTotal", "50").queryParam("maxTotal", "100").get(OVERVIEW, YEAR).then()
                .body("items.departmentId", contains(elsewhere));
        given().queryParam("minVehicles", "2").get(OVERVIEW, YEAR).then()
                .body("items.departmentId", contains(large));
        given().queryParam("minVehicles", "0").get(OVERVIEW, YEAR).then()
                .body("totalItems", equalTo(2));
        given().queryParam("division", "14").queryParam("size", "2").queryParam("page", "2").get(OVERVIEW, YEAR).then()
                .statusCode(200).body("totalItems", equalTo(3)).body("totalPages", equalTo(2))
                .header("Link", containsString("rel=\"first\""))
                .body("items.departmentId", contains(elsewhere));
        given().get(OVERVIEW, 2032).then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void servesCsvWithAHeaderRowAndExactFigures() {
        byte[] bytes = given().accept("text/csv").queryParam("sort", "-totalFixedAssets").get(OVERVIEW, YEAR)
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .header("X-Total-Count", "3")
                .extract().asByteArray();
        String[] lines = CsvText.lines(bytes);
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).isEqualTo("departmentId,divisionCode,departmentCode,fiscalYear,revision,revisedAt,asOf,"
                + "totalFixedAssets,buildingArea,buildingValue,officeArea,officeValue,vehicleCount,vehicleValue,"
                + "highValueEquipmentCount,highValueEquipmentValue,otherFixedAssets,noPlannedPurchases,plannedPurchaseCount");
        assertThat(lines[1]).startsWith(large + ",140101,").contains(",2031,1,")
                .endsWith(",2019-12-31,950.75,1200.5,0.00,300,0.00,3,45.6,,0.00,63.24,false,2");
        assertThat(lines[3]).startsWith(small + ",140101,")
                .endsWith(",2019-12-31,12.5,0.00,0.00,0.00,0.00,,0.00,,0.00,63.24,true,0");
        given().queryParam("format", "csv").get(OVERVIEW, YEAR).then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("assets-2031-page1.csv"));
    }

    @Test
    void listsCarryAnETag() {
        String etag = given().get(OVERVIEW, YEAR).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get(OVERVIEW, YEAR).then().statusCode(304);
        given().header("If-None-Match", etag).queryParam("format", "csv").get(OVERVIEW, YEAR).then().statusCode(200);
    }

    @Test
    void badParametersAreProblems() {
        given().queryParam("sort", "landArea").get(OVERVIEW, YEAR).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("sort"))
                .body("errors[0].message", containsString("totalFixedAssets"));
        given().get(OVERVIEW, 1990).then().statusCode(400).body("errors[0].field", equalTo("year"));
        given().get(OVERVIEW, "latest").then().statusCode(400).body("errors[0].field", equalTo("year"));
        given().queryParam("format", "xls").get(OVERVIEW, YEAR).then().statusCode(400).body("errors[0].field", equalTo("format"));
        given().queryParam("division", "阜平").get(OVERVIEW, YEAR).then().statusCode(400).body("errors[0].field", equalTo("division"));
        given().queryParam("minTotal", "八十").get(OVERVIEW, YEAR).then().statusCode(400).body("errors[0].field", equalTo("minTotal"));
        given().queryParam("maxTotal", "1e").get(OVERVIEW, YEAR).then().statusCode(400).body("errors[0].field", equalTo("maxTotal"));
        given().queryParam("minTotal", "100").queryParam("maxTotal", "50").get(OVERVIEW, YEAR).then().statusCode(400)
                .body("errors[0].field", equalTo("maxTotal"));
        given().queryParam("minVehicles", "-1").get(OVERVIEW, YEAR).then().statusCode(400).body("errors[0].field", equalTo("minVehicles"));
        given().queryParam("minVehicles", "1.5").get(OVERVIEW, YEAR).then().statusCode(400).body("errors[0].field", equalTo("minVehicles"));
        given().queryParam("page", "0").get(OVERVIEW, YEAR).then().statusCode(400).body("errors[0].field", equalTo("page"));
        given().queryParam("size", "1001").get(OVERVIEW, YEAR).then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().accept("application/pdf").get(OVERVIEW, YEAR).then().statusCode(406).contentType("application/problem+json");
    }
}
