package org.opendisclosure.procurement.rest;

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
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.CsvText;
import org.opendisclosure.testing.EmbeddedPostgresResource;
import org.opendisclosure.testing.OpenApiContract;

/** The analysts' list of procurement parts over three departments' 2042 parts, a year no other test writes. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "procurement"))
class ProcurementOverviewResourceTest {

    private static final int YEAR = 2042;
    private static final String OVERVIEW = "/api/v1/fiscal-years/{year}/procurement";
    private static String fixture;
    private static String none;
    private static String revised;

    /** Once per class, but after Quarkus has started (a static @BeforeAll would run before). */
    @BeforeEach
    void threePartsAndTheContract() {
        RestAssured.replaceFiltersWith(OpenApiContract.filter());
        if (fixture != null) {
            return;
        }
        fixture = TestData.freshDepartmentId("160101");
        TestData.put(fixture, YEAR, TestData.sample()).statusCode(201);
        none = TestData.freshDepartmentId("160101");
        TestData.put(none, YEAR, TestData.none()).statusCode(201);
        // Revised to no procurement: the list shows the current revision only.
        revised = TestData.freshDepartmentId("160202");
        TestData.put(revised, YEAR, TestData.sample()).statusCode(201);
        ObjectNode second = TestData.none();
        second.put("statement", "本部门2042年度无政府采购预算。");
        TestData.put(revised, YEAR, second).statusCode(200);
    }

    @Test
    void oneRowPerDepartmentWithItsCurrentRevisionSortedEitherWay() {
        given().get(OVERVIEW, YEAR).then().statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items.departmentId", contains(fixture, none, revised))
                .body("items.hasProcurement", contains(true, false, false))
                .body("items.lineCount", contains(14, 0, 0))
                .body("items.revision", contains(1, 1, 2))
                .body("items[0].fiscalYear", equalTo(YEAR))
                .body("items[0].divisionCode", equalTo("160101"))
                .body("items[1].statedTotal", equalTo(null));
        given().queryParam("sort", "-departmentId").get(OVERVIEW, YEAR).then()
                .body("items.departmentId", contains(revised, none, fixture));
        given().queryParam("sort", "-lineCount").get(OVERVIEW, YEAR).then()
                .body("items.departmentId", contains(fixture, none, revised));
        given().queryParam("sort", "statedTotal").get(OVERVIEW, YEAR).then()
                .body("items[0].departmentId", equalTo(fixture));
    }

    @Test
    void filtersByDivisionAndPages() {
        given().queryParam("division", "160101").get(OVERVIEW, YEAR).then().statusCode(200)
                .body("totalItems", equalTo(2)).body("items.departmentId", contains(fixture, none));
        given().queryParam("division", "16").queryParam("size", "2").queryParam("page", "2").get(OVERVIEW, YEAR).then()
                .statusCode(200).body("totalItems", equalTo(3)).body("totalPages", equalTo(2))
                .header("Link", containsString("rel=\"first\""))
                .body("items.departmentId", contains(revised));
        given().get(OVERVIEW, 2043).then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void servesCsvWithAHeaderRowAndExactFigures() {
        byte[] bytes = given().accept("text/csv").get(OVERVIEW, YEAR)
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .header("X-Total-Count", "3")
                .extract().asByteArray();
        String[] lines = CsvText.lines(bytes);
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).isEqualTo("departmentId,divisionCode,departmentCode,fiscalYear,revision,revisedAt,hasProcurement,"
                + "statedTotal,lineCount");
        assertThat(lines[1]).startsWith(fixture + ",160101,").contains(",2042,1,").endsWith(",true,107.57,14");
        assertThat(lines[2]).startsWith(none + ",160101,").endsWith(",false,,0");
        given().queryParam("format", "csv").get(OVERVIEW, YEAR).then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("procurement-2042-page1.csv"));
    }

    @Test
    void listsCarryAnETag() {
        String etag = given().get(OVERVIEW, YEAR).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get(OVERVIEW, YEAR).then().statusCode(304);
    }

    @Test
    void badParametersAreProblems() {
        given().queryParam("sort", "amount").get(OVERVIEW, YEAR).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("sort"))
                .body("errors[0].message", containsString("lineCount"));
        given().get(OVERVIEW, 1990).then().statusCode(400).body("errors[0].field", equalTo("year"));
        given().queryParam("format", "xls").get(OVERVIEW, YEAR).then().statusCode(400).body("errors[0].field", equalTo("format"));
        given().queryParam("division", "阜平").get(OVERVIEW, YEAR).then().statusCode(400).body("errors[0].field", equalTo("division"));
        given().queryParam("size", "1001").get(OVERVIEW, YEAR).then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().accept("application/pdf").get(OVERVIEW, YEAR).then().statusCode(406).contentType("application/problem+json");
    }
}
