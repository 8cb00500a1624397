package org.opendisclosure.budget.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
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

/** The analysts' view over three departments' 2031 budgets, a year no other test writes. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "budget"))
class BudgetOverviewResourceTest {

    private static final int YEAR = 2031;
    private static final String OVERVIEW = "/api/v1/fiscal-years/{year}/budgets";
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
        small = store("140101", "小局", "100.5", "80", "3.25", "1.1");
        large = store("140101", "大局", "9000", "7000.75", "50.64", "0.5");
        elsewhere = store("140202", "外地局", "500", "450", "60", "6.55");
    }

    private static String store(String division, String name, String total, String project, String operating, String threePublic) {
        String id = TestData.freshDepartmentId(division);
        ObjectNode department = TestData.sample("department");
        department.put("name", name);
        TestData.putOrganization(id, YEAR, department, 201);
        ObjectNode budget = TestData.sample("budget");
        ((ObjectNode) budget.at("/summary/expenditure")).put("total", new BigDecimal(total)).put("project", new BigDecimal(project));
        ((ObjectNode) budget.at("/operatingExpenses")).put("total", new BigDecimal(operating));
        ((ObjectNode) budget.at("/threePublicExpenses/total")).put("currentYear", new BigDecimal(threePublic));
        given().contentType("application/json").body(TestData.write(budget))
                .put("/api/v1/departments/{id}/budgets/{year}", id, YEAR).then().statusCode(201);
        return id;
    }

    @Test
    void sortsByEachFigureBothWays() {
        given().queryParam("sort", "-expenditureTotal").get(OVERVIEW, YEAR).then().statusCode(200)
                .body("items.departmentId", contains(large, elsewhere, small))
                .body("totalItems", equalTo(3));
        given().queryParam("sort", "expenditureTotal").get(OVERVIEW, YEAR).then()
                .body("items.departmentId", contains(small, elsewhere, large));
        given().queryParam("sort", "projectExpenditure").get(OVERVIEW, YEAR).then()
                .body("items.departmentId", contains(small, elsewhere, large));
        given().queryParam("sort", "-threePublicTotal").get(OVERVIEW, YEAR).then()
                .body("items.departmentId", contains(elsewhere, small, large));
        given().queryParam("sort", "-operatingExpenses").get(OVERVIEW, YEAR).then()
                .body("items.departmentId", contains(elsewhere, large, small));
    }

    @Test
    void filtersByDivisionAndPages() {
        given().queryParam("division", "140101").queryParam("sort", "-expenditureTotal").get(OVERVIEW, YEAR).then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.departmentId", contains(large, small))
                .body("items[0].departmentName", equalTo("大局"))
                .body("items[0].fiscalYear", equalTo(YEAR));
        given().queryParam("division", "14").queryParam("size", "2").queryParam("page", "2").get(OVERVIEW, YEAR).then()
                .statusCode(200).body("totalItems", equalTo(3)).body("totalPages", equalTo(2))
                .body("items.departmentId", contains(elsewhere));
        given().get(OVERVIEW, 2032).then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void servesCsvWithAHeaderRowAndExactFigures() {
        byte[] bytes = given().accept("text/csv").queryParam("sort", "-expenditureTotal").get(OVERVIEW, YEAR)
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .header("X-Total-Count", "3")
                .extract().asByteArray();
        String[] lines = CsvText.lines(bytes);
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).isEqualTo("departmentId,divisionCode,departmentCode,departmentName,fiscalYear,revision,revisedAt,"
                + "revenueTotal,expenditureTotal,basicExpenditure,personnelExpenditure,publicExpenditure,projectExpenditure,"
                + "otherExpenditure,changeTotal,operatingExpenses,threePublicPreviousYear,threePublicTotal,threePublicChange");
        assertThat(lines[1]).startsWith(large + ",140101,").contains(",大局,2031,1,")
                .contains(",8529.41,9000,750.38,699.74,50.64,7000.75,0,1549.15,50.64,4.75,0.5,1.8");
        given().queryParam("format", "csv").get(OVERVIEW, YEAR).then().statusCode(200).contentType(startsWith("text/csv"));
    }

    @Test
    void listsCarryAnETag() {
        String etag = given().get(OVERVIEW, YEAR).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get(OVERVIEW, YEAR).then().statusCode(304);
    }

    @Test
    void badParametersAreProblems() {
        given().queryParam("sort", "salary").get(OVERVIEW, YEAR).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("sort"));
        given().get(OVERVIEW, 1990).then().statusCode(400).body("errors[0].field", equalTo("year"));
        given().queryParam("format", "xls").get(OVERVIEW, YEAR).then().statusCode(400).body("errors[0].field", equalTo("format"));
        given().accept("application/pdf").get(OVERVIEW, YEAR).then().statusCode(406);
    }
}
