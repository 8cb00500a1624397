package org.opendisclosure.performance.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.EmbeddedPostgresResource;
import org.opendisclosure.testing.OpenApiContract;

/** A department-year's projects, whole or filtered by indicator category, against the sample itself. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "performance"))
class ProjectListTest {

    private static final String PROJECTS = TestData.PERFORMANCE + "/projects";
    private static String id;

    @BeforeEach
    void partAndContract() {
        RestAssured.replaceFiltersWith(OpenApiContract.filter());
        if (id == null) {
            id = TestData.freshDepartmentId("130626");
            given().contentType("application/json").body(TestData.write(TestData.sample()))
                    .put(TestData.PERFORMANCE, id, 2020).then().statusCode(201);
        }
    }

    /** Codes of the sample's projects, in published order, that have an indicator matching. */
    private static List<String> sampleCodes(Predicate<JsonNode> indicator) {
        List<String> codes = new ArrayList<>();
        for (JsonNode project : TestData.sample().get("projects")) {
            for (JsonNode i : project.get("indicators")) {
                if (indicator.test(i)) {
                    codes.add(project.get("code").asText());
                    break;
                }
            }
        }
        return codes;
    }

    @Test
    void allProjectsInPublishedOrderAndPaged() {
        List<String> all = sampleCodes(i -> true);
        assertThat(all).hasSize(37);
        given().get(PROJECTS, id, 2020).then().statusCode(200)
                .body("totalItems", equalTo(37))
                .body("items.code", contains(all.toArray()));
        given().queryParam("size", "10").queryParam("page", "4").get(PROJECTS, id, 2020).then().statusCode(200)
                .body("totalPages", equalTo(4))
                .body("items.code", contains(all.subList(30, 37).toArray()));
        JsonNode page = TestData.parse(given().queryParam("size", "1").get(PROJECTS, id, 2020).then().statusCode(200)
                .extract().asString());
        ObjectNode first = (ObjectNode) page.at("/items/0");
        TestData.withoutParsedTargets((ArrayNode) first.get("indicators"));
        assertThat(first).isEqualTo(TestData.sample().at("/projects/0"));
    }

    @Test
    void filtersByFirstLevelCategory() {
        List<String> expected = sampleCodes(i -> i.get("level1").asText().equals("满意度指标"));
        assertThat(expected).isNotEmpty().hasSizeLessThan(37);
        given().queryParam("indicatorCategory", "满意度指标").get(PROJECTS, id, 2020).then().statusCode(200)
                .body("totalItems", equalTo(expected.size()))
                .body("items.code", contains(expected.toArray()));
        List<String> output = sampleCodes(i -> i.get("level1").asText().equals("产出指标"));
        given().queryParam("indicatorCategory", "产出指标").get(PROJECTS, id, 2020).then().statusCode(200)
                .body("items.code", contains(output.toArray()));
    }

    @Test
    void filtersBySecondLevelCategory() {
        List<String> social = sampleCodes(i -> i.get("level2").asText().equals("社会效益指标"));
        given().queryParam("indicatorCategory", "社会效益指标").get(PROJECTS, id, 2020).then().statusCode(200)
                .body("totalItems", equalTo(social.size()))
                .body("items.code", contains(social.toArray()));
        // 经济效益指标 stands in one table only.
        List<String> economic = sampleCodes(i -> i.get("level2").asText().equals("经济效益指标"));
        assertThat(economic).hasSize(1);
        given().queryParam("indicatorCategory", "经济效益指标").get(PROJECTS, id, 2020).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].code", equalTo(economic.get(0)))
                .body("items[0].indicators.level2", hasItem("经济效益指标"));
        given().queryParam("indicatorCategory", "成本指标").get(PROJECTS, id, 2020).then().statusCode(200)
                .body("totalItems", equalTo(0)).body("items", hasSize(0));
    }

    @Test
    void filtersByTheParsedTargetOfTheSameIndicator() {
        // Satisfaction indicators aiming at 95 or more, read off the sample's own text (≥95, ≥98).
        List<String> satisfied = sampleCodes(i -> i.get("level1").asText().equals("满意度指标")
                && i.get("target").asText().matches("≥\\d+") && Integer.parseInt(i.get("target").asText().substring(1)) >= 95);
        assertThat(satisfied).isNotEmpty().hasSizeLessThan(37);
        given().queryParam("indicatorCategory", "满意度指标").queryParam("targetComparison", "GE").queryParam("minTarget", "95")
                .get(PROJECTS, id, 2020).then().statusCode(200)
                .body("items.code", contains(satisfied.toArray()));

        List<String> hundred = sampleCodes(i -> i.get("target").asText().equals("100"));
        given().queryParam("targetComparison", "eq").queryParam("minTarget", "100").queryParam("maxTarget", "100.00")
                .get(PROJECTS, id, 2020).then().statusCode(200)
                .body("items.code", contains(hundred.toArray()));

        List<String> pieces = sampleCodes(i -> i.get("target").asText().endsWith("件"));
        assertThat(pieces).containsExactly("203-0701-YXN-XWDC");
        given().queryParam("targetUnit", "件").get(PROJECTS, id, 2020).then().statusCode(200)
                .body("items.code", contains(pieces.toArray()))
                .body("items[0].indicators[0].parsedTarget.value", equalTo(39));
        // The conditions hold for one and the same indicator: that table has a 质量指标, but its 件 target is a 数量指标.
        given().queryParam("targetUnit", "件").queryParam("indicatorCategory", "质量指标").get(PROJECTS, id, 2020).then()
                .statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void badIndicatorParametersAreProblems() {
        given().queryParam("targetComparison", "ABOUT").get(PROJECTS, id, 2020).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("targetComparison"));
        given().queryParam("minTarget", "九十").get(PROJECTS, id, 2020).then().statusCode(400)
                .body("errors[0].field", equalTo("minTarget"));
        given().queryParam("minTarget", "96").queryParam("maxTarget", "95").get(PROJECTS, id, 2020).then().statusCode(400)
                .body("errors[0].field", equalTo("minTarget"));
        given().queryParam("indicatorCategory", "指".repeat(101)).get(PROJECTS, id, 2020).then().statusCode(400)
                .body("errors[0].field", equalTo("indicatorCategory"));
    }

    @Test
    void aListCarriesAnETag() {
        String etag = given().queryParam("indicatorCategory", "时效指标").get(PROJECTS, id, 2020).then().statusCode(200)
                .body("items.indicators", everyItem(notNullValue()))
                .extract().header("ETag");
        given().header("If-None-Match", etag).queryParam("indicatorCategory", "时效指标").get(PROJECTS, id, 2020)
                .then().statusCode(304);
    }
}
