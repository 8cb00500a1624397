package org.opendisclosure.performance.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
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
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.CsvText;
import org.opendisclosure.testing.EmbeddedPostgresResource;
import org.opendisclosure.testing.OpenApiContract;

/**
 * The analysts' search over three departments' 2031 parts (a year no other test writes): the
 * fixture's 37 projects, and two small parts of made-up projects.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "performance"))
class ProjectSearchResourceTest {

    private static final int YEAR = 2031;
    private static final String SEARCH = "/api/v1/fiscal-years/{year}/projects";
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
        fixture = store("140101", TestData.sample());
        small = store("140101", withProjects(
                project("T-ALPHA-01", "测试甲项目", "5000.50", "5000.50", null),
                project("T-BETA-02", "测试乙老党员慰问", "0.50", null, "0.50")));
        elsewhere = store("140202", withProjects(project("T-GAMMA-03", "测试丙项目", "260.00", "200", "60")));
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

    private static ObjectNode project(String code, String name, String total, String fiscal, String other) {
        ObjectNode project = (ObjectNode) TestData.sample().at("/projects/0");
        project.put("code", code).put("name", name);
        ObjectNode budget = (ObjectNode) project.get("budget");
        budget.put("total", new BigDecimal(total));
        if (fiscal == null) {
            budget.putNull("fiscalFunds");
        } else {
            budget.put("fiscalFunds", new BigDecimal(fiscal));
        }
        if (other == null) {
            budget.putNull("otherFunds");
        } else {
            budget.put("otherFunds", new BigDecimal(other));
        }
        return project;
    }

    /** The fixture's project codes, in published order, that match. */
    private static List<String> fixtureCodes(Predicate<JsonNode> project) {
        List<String> codes = new ArrayList<>();
        for (JsonNode p : TestData.sample().get("projects")) {
            if (project.test(p)) {
                codes.add(p.get("code").asText());
            }
        }
        return codes;
    }

    @Test
    void byDefaultEveryProjectOfTheYearDepartmentByDepartmentInPublishedOrder() {
        List<String> expected = new ArrayList<>(fixtureCodes(p -> true));
        expected.addAll(List.of("T-ALPHA-01", "T-BETA-02", "T-GAMMA-03"));
        given().queryParam("size", "1000").get(SEARCH, YEAR).then().statusCode(200)
                .body("totalItems", equalTo(40))
                .body("items.projectCode", contains(expected.toArray()))
                .body("items[0].departmentId", equalTo(fixture))
                .body("items[0].fiscalYear", equalTo(YEAR))
                .body("items[0].projectName", equalTo("不忘初心、牢记使命办公经费"))
                .body("items[0].unitCode", equalTo("203002"))
                .body("items[0].indicatorCount", equalTo(4))
                .body("items[37].departmentId", equalTo(small))
                .body("items[39].departmentId", equalTo(elsewhere));
        given().get(SEARCH, 2032).then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void searchesByNameOrCodeFragment() {
        List<String> veterans = new ArrayList<>(fixtureCodes(p -> p.get("name").asText().contains("老党员")));
        assertThat(veterans).hasSizeGreaterThan(1);
        veterans.add("T-BETA-02");
        given().queryParam("q", "老党员").get(SEARCH, YEAR).then().statusCode(200)
                .body("totalItems", equalTo(veterans.size()))
                .body("items.projectCode", contains(veterans.toArray()));

        List<String> codes = fixtureCodes(p -> p.get("code").asText().contains("-0801-"));
        assertThat(codes).isNotEmpty();
        given().queryParam("q", "-0801-").get(SEARCH, YEAR).then().statusCode(200)
                .body("items.projectCode", contains(codes.toArray()));
        // Codes match whatever the case.
        given().queryParam("q", "t-gamma").get(SEARCH, YEAR).then().statusCode(200)
                .body("items.projectCode", contains("T-GAMMA-03"));
        given().queryParam("q", "100%_").get(SEARCH, YEAR).then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void filtersByDivisionAndBudgetRange() {
        given().queryParam("division", "140202").get(SEARCH, YEAR).then().statusCode(200)
                .body("items.projectCode", contains("T-GAMMA-03"));
        List<String> midsize = new ArrayList<>(fixtureCodes(p -> {
            BigDecimal total = p.at("/budget/total").decimalValue();
            return total.compareTo(new BigDecimal("100")) >= 0 && total.compareTo(new BigDecimal("260.00")) <= 0;
        }));
        midsize.add("T-GAMMA-03");
        given().queryParam("minBudget", "100").queryParam("maxBudget", "260").queryParam("size", "1000").get(SEARCH, YEAR)
                .then().statusCode(200)
                .body("items.projectCode", contains(midsize.toArray()))
                .body("items.budget", everyItem(notNullValue()));
        given().queryParam("division", "140101").queryParam("maxBudget", "0.5").get(SEARCH, YEAR).then().statusCode(200)
                .body("items.projectCode", contains("T-BETA-02"))
                .body("items[0].fiscalFunds", nullValue())
                .body("items[0].otherFunds", equalTo(0.50f));
    }

    @Test
    void filtersByIndicators() {
        List<String> economic = fixtureCodes(p -> hasIndicator(p, i -> i.get("level2").asText().equals("经济效益指标")));
        assertThat(economic).hasSize(1);
        given().queryParam("indicatorCategory", "经济效益指标").get(SEARCH, YEAR).then().statusCode(200)
                .body("items.projectCode", contains(economic.toArray()))
                .body("items[0].departmentId", equalTo(fixture));

        // The made-up projects carry the first fixture project's indicators: 满意度指标 ≥95.
        List<String> satisfied = new ArrayList<>(fixtureCodes(p -> hasIndicator(p, i -> i.get("level1").asText().equals("满意度指标")
                && i.get("target").asText().matches("≥\\d+") && Integer.parseInt(i.get("target").asText().substring(1)) >= 95)));
        satisfied.addAll(List.of("T-ALPHA-01", "T-BETA-02", "T-GAMMA-03"));
        given().queryParam("indicatorCategory", "满意度指标").queryParam("targetComparison", "GE").queryParam("minTarget", "95")
                .queryParam("size", "1000").get(SEARCH, YEAR).then().statusCode(200)
                .body("items.projectCode", contains(satisfied.toArray()));
        given().queryParam("indicatorCategory", "满意度指标").queryParam("minTarget", "95").queryParam("division", "140202")
                .queryParam("q", "丙").get(SEARCH, YEAR).then().statusCode(200)
                .body("items.projectCode", contains("T-GAMMA-03"));
    }

    private static boolean hasIndicator(JsonNode project, Predicate<JsonNode> indicator) {
        for (JsonNode i : project.get("indicators")) {
            if (indicator.test(i)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void sortsByFiguresBothWaysBlanksLast() {
        given().queryParam("sort", "-budget").queryParam("size", "2").get(SEARCH, YEAR).then().statusCode(200)
                .body("items.projectCode", contains("T-ALPHA-01", largestFixtureProject()))
                .header("Link", containsString("rel=\"next\""));
        given().queryParam("sort", "budget").queryParam("size", "1").get(SEARCH, YEAR).then().statusCode(200)
                .body("items.projectCode", contains("T-BETA-02"));
        given().queryParam("sort", "-otherFunds").queryParam("division", "140101").queryParam("size", "3").get(SEARCH, YEAR)
                .then().statusCode(200)
                .body("items[0].projectCode", equalTo("T-BETA-02"))
                .body("items[1].otherFunds", nullValue());
        // 3月底 is blank in most of the fixture's plans: those come last either way.
        given().queryParam("sort", "-planEndOfMarch").queryParam("division", "140101").queryParam("size", "1000").get(SEARCH, YEAR)
                .then().statusCode(200)
                .body("items[0].planEndOfMarch", equalTo(100.00f))
                .body("items[38].planEndOfMarch", nullValue());
        given().queryParam("sort", "planEndOfMarch").queryParam("division", "140101").queryParam("size", "1000").get(SEARCH, YEAR)
                .then().statusCode(200)
                .body("items[0].planEndOfMarch", equalTo(25.00f))
                .body("items[38].planEndOfMarch", nullValue());
        given().queryParam("sort", "projectName").queryParam("q", "测试").get(SEARCH, YEAR).then().statusCode(200)
                .body("items.projectName", contains("测试丙项目", "测试乙老党员慰问", "测试甲项目"));
    }

    private static String largestFixtureProject() {
        String code = null;
        BigDecimal largest = null;
        for (JsonNode p : TestData.sample().get("projects")) {
            BigDecimal total = p.at("/budget/total").decimalValue();
            if (largest == null || total.compareTo(largest) > 0) {
                largest = total;
                code = p.get("code").asText();
            }
        }
        return code;
    }

    @Test
    void servesCsvWithAHeaderRowAndExactFigures() {
        byte[] bytes = given().accept("text/csv").queryParam("q", "T-").queryParam("sort", "projectCode").get(SEARCH, YEAR)
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .header("X-Total-Count", "3")
                .extract().asByteArray();
        String[] lines = CsvText.lines(bytes);
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).isEqualTo("departmentId,fiscalYear,projectCode,projectName,unitCode,unitName,budget,fiscalFunds,"
                + "otherFunds,planEndOfMarch,planEndOfJune,planEndOfOctober,planEndOfDecember,indicatorCount");
        assertThat(lines[1]).isEqualTo(small + ",2031,T-ALPHA-01,测试甲项目,203002,中国共产党阜平县委员会组织部,5000.50,5000.50,,"
                + "100.00,100.00,100.00,100.00,4");
        assertThat(lines[2]).isEqualTo(small + ",2031,T-BETA-02,测试乙老党员慰问,203002,中国共产党阜平县委员会组织部,0.50,,0.50,"
                + "100.00,100.00,100.00,100.00,4");
        assertThat(lines[3]).startsWith(elsewhere + ",2031,T-GAMMA-03,").contains(",260.00,200,60,");
        given().queryParam("format", "csv").get(SEARCH, YEAR).then().statusCode(200).contentType(startsWith("text/csv"));
    }

    @Test
    void listsCarryAnETag() {
        String etag = given().queryParam("q", "老党员").get(SEARCH, YEAR).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).queryParam("q", "老党员").get(SEARCH, YEAR).then().statusCode(304);
    }

    @Test
    void badParametersAreProblems() {
        given().queryParam("sort", "salary").get(SEARCH, YEAR).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("sort"));
        given().queryParam("minBudget", "十").get(SEARCH, YEAR).then().statusCode(400)
                .body("errors[0].field", equalTo("minBudget"));
        given().queryParam("minBudget", "10").queryParam("maxBudget", "5").get(SEARCH, YEAR).then().statusCode(400)
                .body("errors[0].field", equalTo("minBudget"));
        given().queryParam("division", "14a").get(SEARCH, YEAR).then().statusCode(400)
                .body("errors[0].field", equalTo("division"));
        given().queryParam("q", "x".repeat(101)).get(SEARCH, YEAR).then().statusCode(400)
                .body("errors[0].field", equalTo("q"));
        given().get(SEARCH, 1990).then().statusCode(400).body("errors[0].field", equalTo("year"));
        given().queryParam("targetComparison", "≥").get(SEARCH, YEAR).then().statusCode(400)
                .body("errors[0].field", equalTo("targetComparison"));
        given().queryParam("format", "xls").get(SEARCH, YEAR).then().statusCode(400).body("errors[0].field", equalTo("format"));
        given().accept("application/pdf").get(SEARCH, YEAR).then().statusCode(406).contentType("application/problem+json");
    }
}
