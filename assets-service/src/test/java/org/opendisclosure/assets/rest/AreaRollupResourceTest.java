package org.opendisclosure.assets.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.oneOf;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.AreaRollupContract;
import org.opendisclosure.testing.EmbeddedPostgresResource;

/** Assets summed by area; one department of 天山区 publishes its building area and vehicles as —. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "assets"))
class AreaRollupResourceTest extends AreaRollupContract {

    @Override
    protected String list() {
        return "assets-areas";
    }

    @Override
    protected void store() {
        String first = TestData.freshDepartmentId("650102");
        store(first, YEAR, "1", "1", 1, "1");
        store(first, YEAR, "12.5", "100.5", 1, "18.98");
        store(TestData.freshDepartmentId("650102"), YEAR, "950.75", null, null, "45.60");
        store(TestData.freshDepartmentId("650103"), YEAR, "82.22", "80", 2, "20");
        store(first, YEAR + 1, "13", "100.5", 1, "17");
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

    @Override
    protected List<String> csvOfTheYear() {
        return List.of("fiscalYear,level,divisionCode,departments,totalFixedAssets,buildingArea,buildingAreaDepartments,vehicleCount,"
                        + "vehicleCountDepartments,vehicleValue,vehicleValueDepartments",
                "2061,county,650102,2,963.25,100.5,1,1,1,64.58,2",
                "2061,county,650103,1,82.22,80,1,2,1,20,1");
    }

    @Test
    void sumsEachCountysCurrentPartsExactly() {
        exactly().queryParam("division", "6501").get(ofYear(), YEAR).then().statusCode(200)
                .body("items[0].totalFixedAssets", equalTo(new BigDecimal("963.25")))
                .body("items[0].buildingArea", equalTo(new BigDecimal("100.5")))
                .body("items.buildingAreaDepartments", contains(1, 1))
                .body("items.vehicleCount", contains(1, 2))
                .body("items.vehicleCountDepartments", contains(1, 1))
                .body("items[0].vehicleValue", equalTo(new BigDecimal("64.58")))
                .body("items.vehicleValueDepartments", contains(2, 1));
        given().queryParam("level", "city").queryParam("division", "65").get(ofYear(), YEAR).then().statusCode(200)
                .body("items[0].vehicleCount", equalTo(3));
    }
}
