package org.opendisclosure.performance.rest;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.CsvText;
import org.opendisclosure.testing.EmbeddedPostgresResource;
import org.opendisclosure.testing.OpenApiContract;

/**
 * Projects by indicator category over 2043, a year no other test writes: the fixture's 37 projects
 * in two departments of one county, and its first three in a department of another county. A
 * project with several indicators of a category (most have several 数量指标) counts once in it.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "performance"))
class IndicatorCategoryDrillDownTest {

    private static final int YEAR = 2043;
    private static final String CATEGORIES = "/api/v1/fiscal-years/{year}/indicator-categories";
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
        first = put("140301", TestData.sample());
        second = put("140301", TestData.sample());
        ObjectNode three = TestData.sample();
        ArrayNode projects = (ArrayNode) three.get("projects");
        while (projects.size() > 3) {
            projects.remove(3);
        }
        elsewhere = put("140402", three);
    }

    private static String put(String division, ObjectNode document) {
        String id = TestData.freshDepartmentId(division);
        given().contentType("application/json").body(TestData.write(document)).put(TestData.PERFORMANCE, id, YEAR).then().statusCode(201);
        return id;
    }

    private static JsonNode json(String path, Object... params) {
        return TestData.parse(given().get(path, params).then().statusCode(200).contentType(startsWith("application/json"))
                .extract().asString());
    }

    private static JsonNode row(JsonNode page, String level1, String level2) {
        for (JsonNode item : page.path("items")) {
            if (item.path("level1").asText().equals(level1) && item.path("level2").asText().equals(level2)) {
                return item;
            }
        }
        throw new AssertionError("no row " + level1 + "/" + level2 + " in " + page);
    }

    @Test
    void eachProjectCountsOnceInEachOfItsCategories() {
        JsonNode page = json(CATEGORIES + "?division=14", YEAR);
        assertThat(page.path("totalItems").asLong()).isEqualTo(7);
        JsonNode quantity = row(page, "产出指标", "数量指标");
        assertThat(quantity.path("projects").asLong()).isEqualTo(69);
        assertThat(quantity.path("departments").asLong()).isEqualTo(3);
        assertThat(quantity.path("budget").decimalValue().toPlainString()).isEqualTo("17765.70");
        JsonNode economic = row(page, "效果指标", "经济效益指标");
        assertThat(economic.path("projects").asLong()).isEqualTo(2);
        assertThat(economic.path("departments").asLong()).isEqualTo(2);
        assertThat(economic.path("budget").decimalValue().toPlainString()).isEqualTo("10.00");
        JsonNode county = json(CATEGORIES + "?division=140402", YEAR);
        assertThat(county.path("totalItems").asLong()).isEqualTo(5);
        assertThat(row(county, "产出指标", "时效指标").path("budget").decimalValue().toPlainString()).isEqualTo("1972.32");
    }

    @Test
    void theFirstLevelAloneInPublishedOrder() {
        JsonNode page = json(CATEGORIES + "?division=14&level=1", YEAR);
        assertThat(page.path("items").findValuesAsText("level1")).containsExactly("产出指标", "效果指标", "满意度指标");
        assertThat(page.at("/items/0/level2").isNull()).isTrue();
        assertThat(page.at("/items/0/projects").asLong()).isEqualTo(77);
        assertThat(page.at("/items/0/budget").decimalValue().toPlainString()).isEqualTo("17807.98");
        assertThat(page.at("/items/1/projects").asLong()).isEqualTo(73);
        assertThat(page.at("/items/1/budget").decimalValue().toPlainString()).isEqualTo("17654.32");
        JsonNode satisfaction = json(CATEGORIES + "?division=14&level=1&indicatorCategory=满意度指标&sort=-budget", YEAR);
        assertThat(satisfaction.path("totalItems").asLong()).isEqualTo(1);
        assertThat(satisfaction.at("/items/0/budget").decimalValue().toPlainString()).isEqualTo("15537.92");
    }

    @Test
    void byDepartmentCountsEachDepartmentsProjects() {
        JsonNode page = json(CATEGORIES + "?division=14&by=department&level=1", YEAR);
        assertThat(page.path("totalItems").asLong()).isEqualTo(9);
        assertThat(page.path("items").findValuesAsText("departmentId"))
                .containsExactly(first, first, first, second, second, second, elsewhere, elsewhere, elsewhere);
        assertThat(page.at("/items/1/level1").asText()).isEqualTo("效果指标");
        assertThat(page.at("/items/1/projects").asLong()).isEqualTo(35);
        assertThat(page.at("/items/1/budget").decimalValue().toPlainString()).isEqualTo("7702.20");
        assertThat(page.at("/items/8/projects").asLong()).isEqualTo(3);
        JsonNode social = json(CATEGORIES + "?division=14&by=department&indicatorCategory=社会效益指标&sort=budget", YEAR);
        assertThat(social.path("items").findValuesAsText("departmentId").get(0)).isEqualTo(elsewhere);
        assertThat(social.at("/items/0/budget").decimalValue().toPlainString()).isEqualTo("2249.92");
        String csv = given().accept("text/csv").queryParam("division", "140402").queryParam("by", "department").queryParam("level", "1")
                .get(CATEGORIES, YEAR).then().statusCode(200).contentType(startsWith("text/csv")).header("X-Total-Count", "3")
                .header("Content-Disposition", containsString("indicator-categories-by-department-2043-page1.csv")).extract().asString();
        assertThat(CsvText.lines(csv)).containsExactly("departmentId,divisionCode,departmentCode,fiscalYear,revision,level1,level2,projects,budget",
                elsewhere + ",140402," + elsewhere.substring(7) + ",2043,1,产出指标,,3,2249.92",
                elsewhere + ",140402," + elsewhere.substring(7) + ",2043,1,效果指标,,3,2249.92",
                elsewhere + ",140402," + elsewhere.substring(7) + ",2043,1,满意度指标,,3,2249.92");
    }

    @Test
    void indicatorCategoriesAreMembersWithTheirParent() {
        JsonNode page = json(MEMBERS + "?fiscalYear=" + YEAR + "&size=100", "indicator-categories");
        assertThat(page.path("totalItems").asLong()).isEqualTo(10);
        JsonNode items = page.path("items");
        assertThat(items.get(0).path("value").asText()).isEqualTo("产出指标");
        assertThat(items.get(0).path("parent").isNull()).isTrue();
        assertThat(items.get(1).path("parent").asText()).isEqualTo("产出指标");
        assertThat(items.get(0).path("departments").asLong()).isEqualTo(3);
        long level1Rows = 0;
        for (JsonNode item : items) {
            level1Rows += item.path("parent").isNull() ? item.path("occurrences").asLong() : 0;
        }
        // Every indicator row of the current revisions, once under its 一级指标.
        assertThat(level1Rows).isEqualTo(155 * 2 + 12);
        given().accept("text/csv").queryParam("fiscalYear", YEAR).queryParam("size", "1").get(MEMBERS, "indicator-categories").then()
                .statusCode(200).header("X-Total-Count", "10").body(startsWith("\uFEFFvalue,name,parent,departments,occurrences\r\n产出指标,,,3,"));
    }

    @Test
    void badParametersAreProblemsNamingThem() {
        given().queryParam("level", "3").get(CATEGORIES, YEAR).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("level"));
        given().queryParam("by", "x").get(CATEGORIES, YEAR).then().statusCode(400).body("errors[0].field", equalTo("by"));
        given().queryParam("sort", "departments").queryParam("by", "department").get(CATEGORIES, YEAR).then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        given().queryParam("division", "1-4").get(CATEGORIES, YEAR).then().statusCode(400).body("errors[0].field", equalTo("division"));
        given().queryParam("indicatorCategory", "x".repeat(101)).get(CATEGORIES, YEAR).then().statusCode(400)
                .body("errors[0].field", equalTo("indicatorCategory"));
        given().get(CATEGORIES, 21000).then().statusCode(400).body("errors[0].field", equalTo("year"));
        given().get(MEMBERS, "divisions").then().statusCode(404).body("detail", containsString("indicator-categories"));
    }
}
