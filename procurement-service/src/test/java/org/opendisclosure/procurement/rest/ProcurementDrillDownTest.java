package org.opendisclosure.procurement.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.CsvText;
import org.opendisclosure.testing.EmbeddedPostgresResource;
import org.opendisclosure.testing.OpenApiContract;

/**
 * The drill-down of procurement by department and the catalogue codes' members, over 2041, a year
 * no other test writes: the fixture's 14 lines in two departments of one county, and a department
 * of another county with a works, a services and a goods line.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "procurement"))
class ProcurementDrillDownTest {

    private static final int YEAR = 2041;
    private static final String TOTALS = "/api/v1/fiscal-years/{year}/procurement-totals";
    private static final String MEMBERS = "/api/v1/members/{dimension}";
    private static String first;
    private static String second;
    private static String elsewhere;

    @BeforeEach
    void threeDepartmentsInTwoCounties() {
        RestAssured.replaceFiltersWith(OpenApiContract.filter());
        if (first != null) {
            return;
        }
        first = TestData.freshDepartmentId("140301");
        TestData.put(first, YEAR, TestData.sample()).statusCode(201);
        second = TestData.freshDepartmentId("140301");
        TestData.put(second, YEAR, TestData.sample()).statusCode(201);
        elsewhere = TestData.freshDepartmentId("140402");
        ObjectNode doc = TestData.sample();
        doc.remove("totalRow");
        ArrayNode lines = doc.putArray("lines");
        lines.add(line("办公楼维修", "B0101", "50"));
        lines.add(line("物业管理服务", "C0301", "20.5"));
        lines.add(line("复印纸", "A0801", "3"));
        TestData.put(elsewhere, YEAR, doc).statusCode(201);
    }

    private static ObjectNode line(String item, String code, String amount) {
        ObjectNode line = TestData.sample().get("lines").get(0).deepCopy();
        return line.put("itemName", item).put("catalogueCode", code).put("amount", new BigDecimal(amount))
                .put("departmentBudget", new BigDecimal(amount)).put("generalPublicBudget", new BigDecimal(amount))
                .putNull("quantity").putNull("unitPrice").putNull("unit");
    }

    private static JsonNode json(String path, Object... params) {
        return TestData.parse(given().get(path, params).then().statusCode(200).extract().asString());
    }

    @Test
    void byItemCountsDepartmentsAndNarrowsToADivision() {
        JsonNode all = json(TOTALS + "?division=14", YEAR);
        assertThat(all.path("items").findValuesAsText("key")).containsExactly("A0801", "A0802", "A09", "B0101", "C0301");
        JsonNode a09 = all.at("/items/2");
        assertThat(a09.path("lines").asLong()).isEqualTo(16);
        assertThat(a09.path("departments").asLong()).isEqualTo(2);
        assertThat(a09.path("amount").decimalValue().toPlainString()).isEqualTo("165.96");
        JsonNode county = json(TOTALS + "?division=140301&groupBy=category", YEAR);
        assertThat(county.path("totalItems").asLong()).isEqualTo(1);
        assertThat(county.at("/items/0/amount").decimalValue().toPlainString()).isEqualTo("215.14");
        assertThat(json(TOTALS + "?division=140402", YEAR).path("items").findValuesAsText("key")).containsExactly("A0801", "B0101", "C0301");
    }

    @Test
    void byDepartmentSumsEachDepartmentsLinesPerCode() {
        JsonNode page = json(TOTALS + "?division=14&by=department", YEAR);
        assertThat(page.path("totalItems").asLong()).isEqualTo(7);
        JsonNode items = page.path("items");
        assertThat(items.findValuesAsText("departmentId")).containsExactly(first, first, second, second, elsewhere, elsewhere, elsewhere);
        assertThat(items.get(1).path("key").asText()).isEqualTo("A09");
        assertThat(items.get(1).path("lines").asLong()).isEqualTo(8);
        assertThat(items.get(1).path("amount").decimalValue().toPlainString()).isEqualTo("82.98");
        assertThat(items.get(1).path("departmentName").asText()).isEqualTo("中共阜平县委组织部");
        JsonNode categories = json(TOTALS + "?division=14&by=department&groupBy=category&sort=-amount&size=2", YEAR);
        assertThat(categories.path("totalItems").asLong()).isEqualTo(5);
        assertThat(categories.path("totalPages").asLong()).isEqualTo(3);
        assertThat(categories.at("/items/0/key").asText()).isEqualTo("GOODS");
        assertThat(categories.at("/items/0/amount").decimalValue().toPlainString()).isEqualTo("107.57");
        String csv = given().accept("text/csv").queryParam("division", "140402").queryParam("by", "department")
                .queryParam("category", "WORKS").get(TOTALS, YEAR).then().statusCode(200).contentType(startsWith("text/csv"))
                .header("X-Total-Count", "1")
                .header("Content-Disposition", containsString("procurement-totals-by-department-2041-page1.csv")).extract().asString();
        assertThat(CsvText.lines(csv)).containsExactly("departmentId,divisionCode,departmentCode,departmentName,fiscalYear,revision,key,"
                        + "category,lines,amount,departmentBudget,generalPublicBudget,governmentFund,fiscalSpecialAccount,otherSources,otherChannels",
                elsewhere + ",140402," + elsewhere.substring(7) + ",中共阜平县委组织部,2041,1,B0101,WORKS,1,50,50,50,,,,");
    }

    @Test
    void catalogueCodesAreMembersWithTheirNameAndCategory() {
        JsonNode page = json(MEMBERS + "?fiscalYear=" + YEAR, "catalogue-codes");
        JsonNode items = page.path("items");
        assertThat(items.findValuesAsText("value")).containsExactly("A0801", "A0802", "A09", "B0101", "C0301");
        assertThat(List.of(items.get(3).path("name").asText(), items.get(3).path("parent").asText())).containsExactly("办公楼维修", "WORKS");
        assertThat(items.get(2).path("departments").asLong()).isEqualTo(2);
        assertThat(items.get(2).path("occurrences").asLong()).isEqualTo(16);
        assertThat(items.get(0).path("name").asText()).isEqualTo("复印纸");
        assertThat(json(MEMBERS, "catalogue-codes").path("totalItems").asLong()).isGreaterThanOrEqualTo(5);
        given().accept("text/csv").queryParam("fiscalYear", YEAR).get(MEMBERS, "catalogue-codes").then().statusCode(200)
                .header("X-Total-Count", "5").body(containsString("B0101,办公楼维修,WORKS,1,1"));
    }

    @Test
    void badParametersAreProblemsNamingThem() {
        given().queryParam("by", "province").get(TOTALS, YEAR).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("by"));
        given().queryParam("by", "department").queryParam("sort", "departments").get(TOTALS, YEAR).then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        given().queryParam("by", "department").queryParam("division", "x").get(TOTALS, YEAR).then().statusCode(400)
                .body("errors[0].field", equalTo("division"));
        given().queryParam("fiscalYear", "1999").get(MEMBERS, "catalogue-codes").then().statusCode(400)
                .body("errors[0].field", equalTo("fiscalYear"));
        given().get(MEMBERS, "divisions").then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("catalogue-codes"));
    }
}
