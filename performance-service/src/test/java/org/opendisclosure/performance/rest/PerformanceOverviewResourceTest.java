package org.opendisclosure.performance.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.node.ArrayNode;
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

/** The analysts' list of performance parts over three departments' 2041 parts, a year no other test writes. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "performance"))
class PerformanceOverviewResourceTest {

    private static final int YEAR = 2041;
    private static final String OVERVIEW = "/api/v1/fiscal-years/{year}/performance";
    private static String fixture;
    private static String small;
    private static String elsewhere;

    /** Once per class, but after Quarkus has started (a static @BeforeAll would run before). */
    @BeforeEach
    void threePartsAndTheContract() {
        RestAssured.replaceFiltersWith(OpenApiContract.filter());
        if (fixture != null) {
            return;
        }
        fixture = store("150101", TestData.sample());
        small = store("150101", withProjects(project("T-ALPHA-01", "1.50"), project("T-BETA-02", "2.25")));
        elsewhere = store("150202", withProjects(project("T-GAMMA-03", "9000.00")));
        // A second revision of the small part: the list shows the current one only.
        given().contentType("application/json")
                .body(TestData.write(withProjects(project("T-ALPHA-01", "1.50"), project("T-BETA-02", "2.25"), project("T-DELTA-04", "0.05"))))
                .put(TestData.PERFORMANCE, small, YEAR).then().statusCode(200);
    }

    private static String store(String division, ObjectNode part) {
        String id = TestData.freshDepartmentId(division);
        given().contentType("application/json").body(TestData.write(part)).put(TestData.PERFORMANCE, id, YEAR)
                .then().statusCode(201);
        return id;
    }

    private static ObjectNode withProjects(ObjectNode... projects) {
        ObjectNode part = TestData.sample();
        ArrayNode list = part.putArray("projects");
        for (ObjectNode project : projects) {
            list.add(project);
        }
        return part;
    }

    private static ObjectNode project(String code, String total) {
        ObjectNode project = (ObjectNode) TestData.sample().at("/projects/0");
        project.put("code", code);
        ObjectNode budget = (ObjectNode) project.get("budget");
        budget.put("total", new BigDecimal(total)).put("fiscalFunds", new BigDecimal(total)).putNull("otherFunds");
        return project;
    }

    @Test
    void oneRowPerDepartmentWithItsCurrentRevisionSortedEitherWay() {
        given().get(OVERVIEW, YEAR).then().statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items.departmentId", contains(fixture, small, elsewhere))
                .body("items.projectCount", contains(37, 3, 1))
                .body("items.revision", contains(1, 2, 1))
                .body("items[0].fiscalYear", equalTo(YEAR))
                .body("items[0].divisionCode", equalTo("150101"));
        given().queryParam("sort", "-departmentId").get(OVERVIEW, YEAR).then()
                .body("items.departmentId", contains(elsewhere, small, fixture));
        given().queryParam("sort", "projectCount").get(OVERVIEW, YEAR).then()
                .body("items.departmentId", contains(elsewhere, small, fixture));
        given().queryParam("sort", "-projectBudgetTotal").get(OVERVIEW, YEAR).then()
                .body("items.departmentId", contains(elsewhere, fixture, small));
        given().queryParam("sort", "projectBudgetTotal").get(OVERVIEW, YEAR).then()
                .body("items.departmentId", contains(small, fixture, elsewhere));
    }

    @Test
    void filtersByDivisionAndPages() {
        given().queryParam("division", "150101").get(OVERVIEW, YEAR).then().statusCode(200)
                .body("totalItems", equalTo(2)).body("items.departmentId", contains(fixture, small));
        given().queryParam("division", "15").queryParam("size", "2").queryParam("page", "2").get(OVERVIEW, YEAR).then()
                .statusCode(200).body("totalItems", equalTo(3)).body("totalPages", equalTo(2))
                .header("Link", containsString("rel=\"first\""))
                .body("items.departmentId", contains(elsewhere));
        given().get(OVERVIEW, 2042).then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void servesCsvWithAHeaderRowAndExactSums() {
        byte[] bytes = given().accept("text/csv").get(OVERVIEW, YEAR)
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .header("X-Total-Count", "3")
                .extract().asByteArray();
        String[] lines = CsvText.lines(bytes);
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).isEqualTo("departmentId,divisionCode,departmentCode,fiscalYear,revision,revisedAt,projectCount,"
                + "projectBudgetTotal");
        assertThat(lines[1]).startsWith(fixture + ",150101,").contains(",2041,1,").endsWith(",37,7779.03");
        assertThat(lines[2]).startsWith(small + ",150101,").contains(",2041,2,").endsWith(",3,3.80");
        assertThat(lines[3]).startsWith(elsewhere + ",150202,").endsWith(",1,9000.00");
        given().queryParam("format", "csv").get(OVERVIEW, YEAR).then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("performance-2041-page1.csv"));
    }

    @Test
    void listsCarryAnETag() {
        String etag = given().get(OVERVIEW, YEAR).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get(OVERVIEW, YEAR).then().statusCode(304);
    }

    @Test
    void badParametersAreProblems() {
        given().queryParam("sort", "budget").get(OVERVIEW, YEAR).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("sort"))
                .body("errors[0].message", containsString("projectCount"));
        given().get(OVERVIEW, 1990).then().statusCode(400).body("errors[0].field", equalTo("year"));
        given().queryParam("format", "xls").get(OVERVIEW, YEAR).then().statusCode(400).body("errors[0].field", equalTo("format"));
        given().queryParam("division", "阜平").get(OVERVIEW, YEAR).then().statusCode(400).body("errors[0].field", equalTo("division"));
        given().queryParam("size", "1001").get(OVERVIEW, YEAR).then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().accept("application/pdf").get(OVERVIEW, YEAR).then().statusCode(406).contentType("application/problem+json");
    }
}
