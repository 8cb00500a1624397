package org.opendisclosure.budget.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
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
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.CsvText;
import org.opendisclosure.testing.EmbeddedPostgresResource;
import org.opendisclosure.testing.OpenApiContract;

/**
 * The drill-downs into parts 三 and 四 and the members of this service's dimensions, over three
 * departments of two counties in 2041, a year no other test writes. One department is revised:
 * only its current revision counts.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "budget"))
class ThreePublicDrillDownTest {

    private static final int YEAR = 2041;
    private static final String THREE_PUBLIC = "/api/v1/fiscal-years/{year}/three-public";
    private static final String OPERATING = "/api/v1/fiscal-years/{year}/operating-items";
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
        first = store("140301", "甲县", "事业", "1.25", "9.99", "-1.2", "3.3");
        // Written twice: the first revision's figures must not count.
        store(first, "甲县", "事业", "1.25", "0.05", "-1.2", "4.5");
        second = store("140301", "甲县", "行政", "0.3", "2.15", null, "0.25");
        elsewhere = store("140402", "乙县", "行政", "10", "7.005", "-2.995", "100");
    }

    /** A department's budget with its reception row and 办公费 as given; a new department when the division has no dash. */
    private static String store(String divisionOrId, String divisionName, String unitNature, String receptionPrevious,
                                String receptionCurrent, String receptionChange, String officeCost) {
        String id = divisionOrId.contains("-") ? divisionOrId : TestData.freshDepartmentId(divisionOrId);
        ObjectNode department = TestData.sample("department");
        department.put("divisionName", divisionName);
        ((ObjectNode) department.at("/units/0")).put("nature", unitNature);
        TestData.putOrganization(id, YEAR, department, divisionOrId.contains("-") ? 200 : 201);
        ObjectNode budget = TestData.sample("budget");
        ObjectNode reception = (ObjectNode) budget.at("/threePublicExpenses/rows/3");
        reception.put("previousYear", new BigDecimal(receptionPrevious)).put("currentYear", new BigDecimal(receptionCurrent));
        if (receptionChange == null) {
            reception.remove("change");
        } else {
            reception.put("change", new BigDecimal(receptionChange));
        }
        ((ObjectNode) budget.at("/operatingExpenses/items/0")).put("amount", new BigDecimal(officeCost));
        given().contentType("application/json").body(TestData.write(budget)).put(TestData.BUDGET, id, YEAR)
                .then().statusCode(divisionOrId.contains("-") ? 200 : 201);
        return id;
    }

    private static JsonNode json(String path, Object... params) {
        return TestData.parse(given().get(path, params).then().statusCode(200).contentType(startsWith("application/json"))
                .extract().asString());
    }

    private static void assertAmount(JsonNode node, String exactly) {
        assertThat(node.decimalValue().toPlainString()).isEqualTo(exactly);
    }

    @Test
    void byItemSumsEachRowExactlyOverTheCurrentRevisions() {
        JsonNode page = json(THREE_PUBLIC + "?division=14", YEAR);
        assertThat(page.path("totalItems").asLong()).isEqualTo(4);
        ArrayNode items = (ArrayNode) page.path("items");
        assertThat(items.findValuesAsText("category")).containsExactly("OUTBOUND_TRAVEL", "VEHICLE_PURCHASE", "VEHICLE_OPERATION", "RECEPTION");
        JsonNode reception = items.get(3);
        assertThat(reception.path("label").asText()).isEqualTo("公务接待费");
        assertThat(reception.path("departments").asLong()).isEqualTo(3);
        assertAmount(reception.path("previousYear"), "11.55");
        assertAmount(reception.path("currentYear"), "9.205");
        assertAmount(reception.path("change"), "-4.195");
        assertThat(reception.path("departmentsStatingChange").asLong()).isEqualTo(2);
        JsonNode operation = items.get(2);
        assertAmount(operation.path("previousYear"), "13.5");
        assertAmount(operation.path("currentYear"), "19.5");
    }

    @Test
    void theDivisionFilterNarrowsToOneCounty() {
        JsonNode page = json(THREE_PUBLIC + "?division=140301&category=RECEPTION", YEAR);
        assertThat(page.path("totalItems").asLong()).isEqualTo(1);
        JsonNode reception = page.at("/items/0");
        assertThat(reception.path("departments").asLong()).isEqualTo(2);
        assertAmount(reception.path("previousYear"), "1.55");
        assertAmount(reception.path("currentYear"), "2.20");
        assertAmount(reception.path("change"), "-1.2");
        assertThat(json(THREE_PUBLIC + "?division=1404", YEAR).at("/items/3/departments").asLong()).isEqualTo(1);
        assertThat(json(THREE_PUBLIC + "?division=15", YEAR).path("totalItems").asLong()).isZero();
    }

    @Test
    void byDepartmentListsEachDepartmentsRowAsPublished() {
        given().queryParam("by", "department").queryParam("category", "RECEPTION").queryParam("division", "14")
                .queryParam("sort", "-currentYear").get(THREE_PUBLIC, YEAR).then().statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items.departmentId", contains(elsewhere, second, first))
                .body("items[2].name", equalTo("公务接待费支出"))
                .body("items[2].departmentName", equalTo("中共阜平县委组织部"))
                .body("items[2].revision", equalTo(2))
                .body("items[2].position", equalTo(3));
        JsonNode page = json(THREE_PUBLIC + "?by=department&division=140301&size=3", YEAR);
        assertThat(page.path("totalItems").asLong()).isEqualTo(8);
        assertThat(page.path("totalPages").asLong()).isEqualTo(3);
        assertThat(page.at("/items/0/departmentId").asText()).isEqualTo(first);
        assertThat(page.at("/items/0/category").asText()).isEqualTo("OUTBOUND_TRAVEL");
        JsonNode changeless = json(THREE_PUBLIC + "?by=department&category=RECEPTION&division=140301&sort=change", YEAR);
        assertThat(changeless.at("/items/1/departmentId").asText()).isEqualTo(second);
        assertThat(changeless.at("/items/1/change").isNull()).isTrue();
    }

    @Test
    void servesBothShapesAsCsvWithLinksToTheOtherPages() {
        String csv = given().accept("text/csv").queryParam("division", "14").queryParam("sort", "-currentYear")
                .get(THREE_PUBLIC, YEAR).then().statusCode(200).contentType(startsWith("text/csv"))
                .header("X-Total-Count", "4").extract().asString();
        String[] lines = CsvText.lines(csv);
        assertThat(lines).hasSize(5);
        assertThat(lines[0]).isEqualTo("category,label,departments,previousYear,currentYear,change,departmentsStatingChange");
        assertThat(lines[1]).isEqualTo("VEHICLE_OPERATION,公务用车运行经费,3,13.5,19.5,6,3");
        assertThat(lines[2]).isEqualTo("RECEPTION,公务接待费,3,11.55,9.205,-4.195,2");
        byte[] bytes = given().queryParam("format", "csv").queryParam("by", "department").queryParam("division", "140402")
                .queryParam("category", "RECEPTION").get(THREE_PUBLIC, YEAR).then().statusCode(200)
                .header("Content-Disposition", containsString("three-public-by-department-2041-page1.csv"))
                .extract().asByteArray();
        String[] rows = CsvText.lines(bytes);
        assertThat(rows[0]).isEqualTo("departmentId,divisionCode,departmentCode,departmentName,fiscalYear,revision,position,"
                + "category,name,previousYear,currentYear,change,reason");
        assertThat(rows[1]).startsWith(elsewhere + ",140402,").contains(",RECEPTION,公务接待费支出,10,7.005,-2.995,");
        given().queryParam("size", "1").queryParam("page", "2").get(THREE_PUBLIC, YEAR).then().statusCode(200)
                .header("Link", containsString("rel=\"next\"")).header("Link", containsString("rel=\"prev\""));
    }

    @Test
    void operatingItemsAreSummedByName() {
        JsonNode office = json(OPERATING + "?item=办公费&division=14", YEAR);
        assertThat(office.path("totalItems").asLong()).isEqualTo(1);
        assertThat(office.at("/items/0/departments").asLong()).isEqualTo(3);
        assertThat(office.at("/items/0/occurrences").asLong()).isEqualTo(3);
        assertAmount(office.at("/items/0/amount"), "104.75");
        assertAmount(json(OPERATING + "?item=办公费&division=140301", YEAR).at("/items/0/amount"), "4.75");
        JsonNode all = json(OPERATING + "?division=14&sort=-amount&size=2", YEAR);
        assertThat(all.path("totalItems").asLong()).isEqualTo(14);
        assertThat(all.at("/items/0/item").asText()).isEqualTo("办公费");
        assertThat(all.at("/items/1/item").asText()).isEqualTo("公务交通补贴");
        assertAmount(all.at("/items/1/amount"), "38.7");
        given().queryParam("by", "department").queryParam("item", "办公费").queryParam("division", "14").queryParam("sort", "-amount")
                .get(OPERATING, YEAR).then().statusCode(200)
                .body("items.departmentId", contains(elsewhere, first, second))
                .body("items[0].position", equalTo(0));
        String csv = given().accept("text/csv").queryParam("division", "140402").queryParam("by", "department").queryParam("size", "1")
                .get(OPERATING, YEAR).then().statusCode(200).extract().asString();
        assertThat(CsvText.lines(csv)[0]).isEqualTo("departmentId,divisionCode,departmentCode,departmentName,fiscalYear,revision,position,"
                + "item,amount,operatingTotal");
        assertThat(CsvText.lines(csv)[1]).endsWith(",0,办公费,100,50.64");
    }

    @Test
    void membersCountTheValuesOfEachDimension() {
        JsonNode divisions = json(MEMBERS + "?fiscalYear=" + YEAR, "divisions");
        assertThat(divisions.path("items").findValuesAsText("value")).containsExactly("140301", "140402");
        assertThat(divisions.at("/items/0/name").asText()).isEqualTo("甲县");
        assertThat(divisions.at("/items/0/departments").asLong()).isEqualTo(2);
        assertThat(divisions.at("/items/0/occurrences").asLong()).isEqualTo(2);
        JsonNode natures = json(MEMBERS + "?fiscalYear=" + YEAR, "unit-natures");
        assertThat(natures.path("items").findValuesAsText("value")).containsExactly("事业", "行政");
        assertThat(natures.at("/items/1/departments").asLong()).isEqualTo(2);
        JsonNode classes = json(MEMBERS + "?fiscalYear=" + YEAR + "&size=100", "economic-classes");
        assertThat(classes.path("totalItems").asLong()).isEqualTo(14);
        assertThat(classes.path("items").findValuesAsText("value")).contains("办公费", "邮电费", "公务接待费");
        // Every year: at least this year's, whatever other tests wrote.
        assertThat(json(MEMBERS, "divisions").path("items").findValuesAsText("value")).contains("140301", "140402");
        String csv = given().accept("text/csv").queryParam("fiscalYear", YEAR).get(MEMBERS, "divisions").then().statusCode(200)
                .header("X-Total-Count", "2").extract().asString();
        assertThat(CsvText.lines(csv)).containsExactly("value,name,parent,departments,occurrences", "140301,甲县,,2,2", "140402,乙县,,1,1");
    }

    @Test
    void badParametersAreProblemsNamingThem() {
        given().queryParam("by", "county").get(THREE_PUBLIC, YEAR).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("by"));
        given().queryParam("category", "TRAVEL").get(THREE_PUBLIC, YEAR).then().statusCode(400).body("errors[0].field", equalTo("category"));
        given().queryParam("division", "14a").get(THREE_PUBLIC, YEAR).then().statusCode(400).body("errors[0].field", equalTo("division"));
        given().queryParam("sort", "amount").get(THREE_PUBLIC, YEAR).then().statusCode(400).body("errors[0].field", equalTo("sort"));
        given().queryParam("by", "department").queryParam("sort", "departments").get(THREE_PUBLIC, YEAR).then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        given().get(THREE_PUBLIC, 1999).then().statusCode(400).body("errors[0].field", equalTo("year"));
        given().queryParam("size", "0").get(OPERATING, YEAR).then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().queryParam("item", "x".repeat(101)).get(OPERATING, YEAR).then().statusCode(400).body("errors[0].field", equalTo("item"));
        given().queryParam("fiscalYear", "20x1").get(MEMBERS, "divisions").then().statusCode(400).body("errors[0].field", equalTo("fiscalYear"));
        given().get(MEMBERS, "catalogue-codes").then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("divisions, unit-natures, economic-classes"));
        given().accept("application/pdf").get(THREE_PUBLIC, YEAR).then().statusCode(406);
    }
}
