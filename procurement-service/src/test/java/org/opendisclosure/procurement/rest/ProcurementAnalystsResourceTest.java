package org.opendisclosure.procurement.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
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

/**
 * The analysts' views over three departments' 2031 procurement, a year no other test writes: the
 * fixture's 14 lines, a department with works, services and goods lines (whose first revision
 * must no longer count), and a department stating it has no procurement.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "procurement"))
class ProcurementAnalystsResourceTest {

    private static final int YEAR = 2031;
    private static final String LINES = "/api/v1/fiscal-years/{year}/procurement-lines";
    private static final String TOTALS = "/api/v1/fiscal-years/{year}/procurement-totals";
    private static String fixture;
    private static String mixed;
    private static String none;

    /** Once per class, but after Quarkus has started (a static @BeforeAll would run before). */
    @BeforeEach
    void threeDepartmentsAndTheContract() {
        RestAssured.replaceFiltersWith(OpenApiContract.filter());
        if (fixture != null) {
            return;
        }
        fixture = TestData.freshDepartmentId("140101");
        TestData.put(fixture, YEAR, TestData.sample()).statusCode(201);

        mixed = TestData.freshDepartmentId("140101");
        ObjectNode earlier = mixedDocument();
        ((ObjectNode) earlier.get("lines").get(0)).put("amount", new BigDecimal("999"));
        TestData.put(mixed, YEAR, earlier).statusCode(201);
        TestData.put(mixed, YEAR, mixedDocument()).statusCode(200);

        none = TestData.freshDepartmentId("140202");
        TestData.put(none, YEAR, TestData.none()).statusCode(201);
    }

    private static ObjectNode mixedDocument() {
        ObjectNode doc = TestData.sample();
        doc.put("departmentName", "混合局");
        doc.put("statedTotal", new BigDecimal("73.5"));
        doc.remove("totalRow");
        ArrayNode lines = doc.putArray("lines");
        lines.add(line("办公楼维修", "B0101", "50", "50", null));
        lines.add(line("物业管理服务", "C0301", "20.5", null, "20.5"));
        lines.add(line("复印纸", "A0801", "3", "3", null));
        return doc;
    }

    private static ObjectNode line(String item, String code, String amount, String generalPublic, String otherChannels) {
        ObjectNode line = TestData.sample().get("lines").get(0).deepCopy();
        line.put("itemName", item).put("catalogueCode", code).put("amount", new BigDecimal(amount))
                .put("departmentBudget", new BigDecimal(amount)).putNull("quantity").putNull("unitPrice").putNull("unit");
        if (generalPublic == null) {
            line.putNull("generalPublicBudget");
        } else {
            line.put("generalPublicBudget", new BigDecimal(generalPublic));
        }
        if (otherChannels != null) {
            line.put("otherChannels", new BigDecimal(otherChannels));
        }
        return line;
    }

    private static JsonNode json(io.restassured.response.ValidatableResponse response) {
        return TestData.parse(response.statusCode(200).extract().asString());
    }

    @Test
    void listsEveryCurrentLineOnce() {
        JsonNode page = json(given().queryParam("size", "100").get(LINES, YEAR).then());
        assertThat(page.get("totalItems").asInt()).isEqualTo(17);
        JsonNode first = page.at("/items/0");
        assertThat(first.get("departmentId").asText()).isEqualTo(fixture);
        assertThat(first.get("lineNumber").asInt()).isEqualTo(1);
        assertThat(first.get("departmentName").asText()).isEqualTo("中共阜平县委组织部");
        assertThat(first.get("amount").toString()).isEqualTo("1.51");
        assertThat(first.get("category").asText()).isEqualTo("GOODS");
        assertThat(page.at("/items/3/quantity").toString()).isEqualTo("178.5");
        assertThat(page.at("/items/2/generalPublicBudget").toString()).isEqualTo("1061");
        assertThat(page.at("/items/14/departmentId").asText()).isEqualTo(mixed);
        assertThat(page.at("/items/14/amount").toString()).isEqualTo("50");
        assertThat(page.at("/items/14/revision").asInt()).isEqualTo(2);
    }

    @Test
    void filtersByCataloguePrefixCategoryAmountAndDivision() {
        given().queryParam("catalogue", "A08").get(LINES, YEAR).then().statusCode(200)
                .body("totalItems", equalTo(7))
                .body("items.catalogueCode", everyItem(startsWith("A08")));
        given().queryParam("catalogue", "a0802").get(LINES, YEAR).then().statusCode(200).body("totalItems", equalTo(6));
        given().queryParam("category", "WORKS").get(LINES, YEAR).then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].itemName", equalTo("办公楼维修"));
        given().queryParam("category", "services").get(LINES, YEAR).then().statusCode(200)
                .body("items.catalogueCode", contains("C0301"));
        given().queryParam("minAmount", "4.5").queryParam("sort", "-amount").get(LINES, YEAR).then().statusCode(200)
                .body("totalItems", equalTo(5))
                .body("items.amount", contains(68, 50, 20.5f, 12, 4.5f));
        given().queryParam("maxAmount", "2").queryParam("category", "GOODS").get(LINES, YEAR).then().statusCode(200)
                .body("totalItems", equalTo(5));
        given().queryParam("minAmount", "3").queryParam("maxAmount", "3.7").queryParam("sort", "amount").get(LINES, YEAR)
                .then().statusCode(200).body("items.amount", contains(3, 3.57f, 3.7f));
        given().queryParam("division", "140101").get(LINES, YEAR).then().statusCode(200).body("totalItems", equalTo(17));
        given().queryParam("division", "140202").get(LINES, YEAR).then().statusCode(200).body("totalItems", equalTo(0));
        given().get(LINES, 2032).then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void pagesAndSorts() {
        given().queryParam("size", "5").queryParam("page", "4").get(LINES, YEAR).then().statusCode(200)
                .header("X-Total-Count", "17")
                .body("totalPages", equalTo(4))
                .body("items.itemName", contains("物业管理服务", "复印纸"));
        given().queryParam("sort", "catalogueCode").queryParam("size", "1").get(LINES, YEAR).then().statusCode(200)
                .body("items[0].catalogueCode", equalTo("A0801"));
        given().queryParam("sort", "-catalogueCode").queryParam("size", "1").get(LINES, YEAR).then().statusCode(200)
                .body("items[0].catalogueCode", equalTo("C0301"));
    }

    @Test
    void totalsByCatalogueCodeAreExactSumsOfThePublishedLines() {
        JsonNode page = json(given().get(TOTALS, YEAR).then());
        assertThat(page.get("totalItems").asInt()).isEqualTo(5);
        JsonNode items = page.get("items");
        assertThat(items.findValuesAsText("key")).containsExactly("A0801", "A0802", "A09", "B0101", "C0301");
        JsonNode a09 = items.get(2);
        assertThat(a09.get("category").asText()).isEqualTo("GOODS");
        assertThat(a09.get("lines").asInt()).isEqualTo(8);
        assertThat(a09.get("departments").asInt()).isEqualTo(1);
        assertThat(a09.get("amount").toString()).isEqualTo("82.98");
        // 1061 is summed as published: the total shows the finding rather than hiding it.
        assertThat(a09.get("generalPublicBudget").toString()).isEqualTo("1142.37");
        assertThat(a09.get("governmentFund").isNull()).isTrue();
        assertThat(items.get(1).get("amount").toString()).isEqualTo("24.59");
        assertThat(items.get(4).get("amount").toString()).isEqualTo("20.5");
        assertThat(items.get(4).get("generalPublicBudget").isNull()).isTrue();
        assertThat(items.get(4).get("otherChannels").toString()).isEqualTo("20.5");

        given().queryParam("catalogue", "A08").queryParam("sort", "-amount").get(TOTALS, YEAR).then().statusCode(200)
                .body("items.key", contains("A0802", "A0801"));
    }

    @Test
    void totalsByCategory() {
        JsonNode page = json(given().queryParam("groupBy", "category").queryParam("sort", "-amount").get(TOTALS, YEAR).then());
        JsonNode items = page.get("items");
        assertThat(items.findValuesAsText("key")).containsExactly("GOODS", "WORKS", "SERVICES");
        assertThat(items.get(0).get("amount").toString()).isEqualTo("110.57");
        assertThat(items.get(0).get("lines").asInt()).isEqualTo(15);
        assertThat(items.get(0).get("departments").asInt()).isEqualTo(2);
        assertThat(items.get(1).get("amount").toString()).isEqualTo("50");
        given().queryParam("groupBy", "category").queryParam("minAmount", "10").get(TOTALS, YEAR).then().statusCode(200)
                .body("items.key", contains("GOODS", "SERVICES", "WORKS"))
                .body("items[0].amount", equalTo(80));
        given().queryParam("groupBy", "category").queryParam("sort", "-lines").queryParam("size", "1").get(TOTALS, YEAR)
                .then().statusCode(200).body("totalItems", equalTo(3)).body("totalPages", equalTo(3))
                .body("items[0].key", equalTo("GOODS"));
    }

    @Test
    void linesPublishedWithoutACatalogueCodeFormTheirOwnGroup() {
        int year = 2033;
        String id = TestData.freshDepartmentId("150101");
        ObjectNode doc = TestData.sample();
        ArrayNode lines = doc.putArray("lines");
        lines.add(line("办公设备", null, "5", "5", null));
        lines.add(line("办公用品", "A09", "1", "1", null));
        TestData.put(id, year, doc).statusCode(201);

        given().get(TOTALS, year).then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.key", contains("A09", null))
                .body("items.category", contains("GOODS", null))
                .body("items.amount", contains(1, 5));
        given().queryParam("groupBy", "category").get(TOTALS, year).then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.key", contains("GOODS", null));
        given().queryParam("catalogue", "A").get(LINES, year).then().statusCode(200)
                .body("items.itemName", contains("办公用品"));
        given().get(LINES, year).then().statusCode(200)
                .body("items.category", contains(null, "GOODS"));
    }

    @Test
    void servesCsvWithAHeaderRowAndExactFigures() {
        byte[] bytes = given().accept("text/csv").queryParam("catalogue", "A0802").get(LINES, YEAR)
                .then().statusCode(200).contentType(startsWith("text/csv")).header("X-Total-Count", "6")
                .extract().asByteArray();
        String[] lines = CsvText.lines(bytes);
        assertThat(lines).hasSize(7);
        assertThat(lines[0]).isEqualTo("departmentId,divisionCode,departmentCode,departmentName,fiscalYear,revision,lineNumber,"
                + "projectName,economicClass,itemName,catalogueCode,category,unit,quantity,unitPrice,amount,departmentBudget,"
                + "generalPublicBudget,governmentFund,fiscalSpecialAccount,otherSources,otherChannels");
        assertThat(lines[2]).isEqualTo(fixture + ",140101," + fixture.substring(7) + ",中共阜平县委组织部,2031,1,4,党建专项经费,印刷费,"
                + "印刷品,A0802,GOODS,册,178.5,0.02,3.57,3.57,3.57,,,,");

        String totals = new String(given().queryParam("format", "csv").queryParam("groupBy", "category").get(TOTALS, YEAR)
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asByteArray(), StandardCharsets.UTF_8);
        assertThat(CsvText.lines(totals)).containsExactly(
                "key,category,lines,departments,amount,departmentBudget,generalPublicBudget,governmentFund,"
                        + "fiscalSpecialAccount,otherSources,otherChannels",
                "GOODS,GOODS,15,2,110.57,110.57,1169.96,,,,",
                "SERVICES,SERVICES,1,1,20.5,20.5,,,,,20.5",
                "WORKS,WORKS,1,1,50,50,50,,,,");
    }

    @Test
    void listsCarryAnETag() {
        String etag = given().get(LINES, YEAR).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get(LINES, YEAR).then().statusCode(304);
        String totals = given().get(TOTALS, YEAR).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", totals).get(TOTALS, YEAR).then().statusCode(304);
    }

    @Test
    void badParametersAreProblemsNamingThem() {
        given().queryParam("catalogue", "D1").get(LINES, YEAR).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("catalogue"));
        given().queryParam("catalogue", "A08%").get(LINES, YEAR).then().statusCode(400).body("errors[0].field", equalTo("catalogue"));
        given().queryParam("category", "FOOD").get(LINES, YEAR).then().statusCode(400).body("errors[0].field", equalTo("category"));
        given().queryParam("minAmount", "abc").get(LINES, YEAR).then().statusCode(400).body("errors[0].field", equalTo("minAmount"));
        given().queryParam("minAmount", "5").queryParam("maxAmount", "1").get(TOTALS, YEAR).then().statusCode(400)
                .body("errors[0].field", equalTo("maxAmount"));
        given().queryParam("division", "14a").get(LINES, YEAR).then().statusCode(400).body("errors[0].field", equalTo("division"));
        given().queryParam("sort", "price").get(LINES, YEAR).then().statusCode(400).body("errors[0].field", equalTo("sort"));
        given().queryParam("sort", "itemName").get(TOTALS, YEAR).then().statusCode(400).body("errors[0].field", equalTo("sort"));
        given().queryParam("groupBy", "year").get(TOTALS, YEAR).then().statusCode(400).body("errors[0].field", equalTo("groupBy"));
        given().queryParam("page", "0").get(LINES, YEAR).then().statusCode(400).body("errors[0].field", equalTo("page"));
        given().get(LINES, 1990).then().statusCode(400).body("errors[0].field", equalTo("year"));
        given().queryParam("format", "xls").get(TOTALS, YEAR).then().statusCode(400).body("errors[0].field", equalTo("format"));
        given().accept("application/pdf").get(LINES, YEAR).then().statusCode(406).contentType("application/problem+json");
    }
}
