package org.opendisclosure.performance.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.EmbeddedPostgresResource;
import org.opendisclosure.testing.OpenApiContract;

/** The consistency checks over HTTP: the rules, the findings of a stored part and of a document sent to be checked. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "performance"))
class FindingsResourceTest {

    private static final String PART = TestData.PERFORMANCE;
    private static final String FINDINGS = PART + "/findings";

    /** The six findings of the published sample, as rule and project code, in document order. */
    private static final List<String> SAMPLE_RULES = List.of("performance.indicator-target", "performance.effect-indicators",
            "performance.indicator-target", "performance.indicator-target", "performance.indicator-target",
            "performance.effect-indicators");
    private static final List<String> SAMPLE_PROJECTS = List.of("203-0401-YSN-WYVP", "203-0401-YSN-VOTV", "203-0801-YZN-MWR3",
            "203-0801-JZN-XYT8", "203-0801-JXN-Y7UG", "203-0701-YXN-6AFE");

    @BeforeEach
    void contract() {
        RestAssured.replaceFiltersWith(OpenApiContract.filter());
    }

    private static ObjectNode sample(Consumer<ObjectNode> change) {
        ObjectNode doc = TestData.sample();
        change.accept(doc);
        return doc;
    }

    private static ValidatableResponse post(String id, Object year, ObjectNode doc, String tolerance) {
        var request = given().contentType("application/json").body(TestData.write(doc));
        if (tolerance != null) {
            request.queryParam("tolerance", tolerance);
        }
        return request.post(FINDINGS, id, year).then();
    }

    /** The sample with project 0's 其他资金 published as 0.01 more than its 预算数 allows: one budget finding. */
    private static ObjectNode sampleWithBudgetOffByACent() {
        return sample(d -> ((ObjectNode) d.at("/projects/0/budget")).put("otherFunds", new BigDecimal("0.01")));
    }

    @Test
    void theRulesAreListedWithIdSeverityAndBothDescriptions() {
        String etag = given().get("/api/v1/rules").then().statusCode(200)
                .header("ETag", notNullValue())
                .body("rules.id", containsInAnyOrder("performance.project-budget", "performance.spending-plan-range",
                        "performance.spending-plan-order", "performance.spending-plan-complete", "performance.output-indicators",
                        "performance.effect-indicators", "performance.indicator-target", "performance.project-code"))
                .body("rules.descriptionZh", everyItem(not(equalTo(""))))
                .body("rules.descriptionEn", everyItem(not(equalTo(""))))
                .body("rules.find { it.id == 'performance.project-budget' }.severity", equalTo("error"))
                .body("rules.find { it.id == 'performance.project-budget' }.descriptionZh", equalTo("预算数 = 财政资金 + 其他资金"))
                .body("rules.find { it.id == 'performance.project-budget' }.descriptionEn",
                        equalTo("budget total = fiscal funds + other funds"))
                .body("rules.find { it.id == 'performance.indicator-target' }.severity", equalTo("warning"))
                .body("rules.parts", everyItem(contains("performance")))
                .extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/rules").then().statusCode(304);
    }

    @Test
    void theStoredSampleHasExactlyItsSixFindingsAndTheyFollowTheCurrentRevision() {
        String id = TestData.freshDepartmentId203();
        given().contentType("application/json").body(TestData.write(TestData.sample())).put(PART, id, 2020).then().statusCode(201);

        String etag = given().get(FINDINGS, id, 2020).then().statusCode(200)
                .header("ETag", notNullValue())
                .body("departmentId", equalTo(id))
                .body("fiscalYear", equalTo(2020))
                .body("tolerance", equalTo(0))
                .body("counts.error", equalTo(0))
                .body("counts.warning", equalTo(6))
                .body("counts.info", equalTo(0))
                .body("findings.rule", equalTo(SAMPLE_RULES))
                .body("findings.location.projectCode", equalTo(SAMPLE_PROJECTS))
                .body("findings.location.part", everyItem(equalTo("performance")))
                .body("findings.severity", everyItem(equalTo("warning")))
                .body("findings[0].location.path", equalTo("projects[5].indicators[4].target"))
                .body("findings[0].location.row", equalTo("行政村满意程度"))
                .body("findings[0].expected", equalTo("a target"))
                .body("findings[0].actual", equalTo(""))
                .body("findings[0].difference", nullValue())
                .body("findings[0].messageZh", containsString("行政村满意程度"))
                .body("findings[1].location.path", equalTo("projects[7].indicators"))
                .body("findings[1].location.row", equalTo("党建示范点创建专项经费"))
                .extract().header("ETag");
        given().header("If-None-Match", etag).get(FINDINGS, id, 2020).then().statusCode(304).header("ETag", equalTo(etag));

        // A correction gives 行政村满意程度 its target: the findings are those of the new current revision.
        ObjectNode corrected = sample(d -> ((ObjectNode) d.at("/projects/5/indicators/4")).put("target", "≥95%"));
        given().contentType("application/json").body(TestData.write(corrected)).put(PART, id, 2020).then().statusCode(200)
                .body("revision", equalTo(2));
        given().header("If-None-Match", etag).get(FINDINGS, id, 2020).then().statusCode(200)
                .body("counts.warning", equalTo(5))
                .body("findings.location.projectCode", equalTo(SAMPLE_PROJECTS.subList(1, 6)));
    }

    @Test
    void theSampleSentForCheckingHasTheSameSixFindingsAndNothingIsStored() {
        String id = TestData.freshDepartmentId203();
        JsonNode posted = TestData.parse(post(id, 2020, TestData.sample(), null).statusCode(200)
                .header("ETag", nullValue())
                .body("departmentId", equalTo(id))
                .body("findings.rule", equalTo(SAMPLE_RULES))
                .body("findings.location.projectCode", equalTo(SAMPLE_PROJECTS))
                .extract().asString());
        given().get(PART, id, 2020).then().statusCode(404);
        given().get(FINDINGS, id, 2020).then().statusCode(404);

        // The published department itself, which other tests store: checking it stores nothing either.
        JsonNode fixture = TestData.parse(post(TestData.FIXTURE_DEPARTMENT, 2020, TestData.sample(), null).statusCode(200)
                .extract().asString());
        assertThat(fixture.get("findings")).isEqualTo(posted.get("findings"));

        // Stored, it reads back with exactly the findings it was checked with.
        given().contentType("application/json").body(TestData.write(TestData.sample())).put(PART, id, 2020).then().statusCode(201);
        JsonNode stored = TestData.parse(given().get(FINDINGS, id, 2020).then().statusCode(200).extract().asString());
        assertThat(stored).isEqualTo(posted);
    }

    @Test
    void aDocumentWithErrorsIsReportedFigureByFigure() {
        String id = TestData.freshDepartmentId203();
        ObjectNode doc = sample(d -> {
            ((ObjectNode) d.at("/projects/0/budget")).put("fiscalFunds", new BigDecimal("20.00")).put("otherFunds", new BigDecimal("5"));
            ObjectNode plan = (ObjectNode) d.at("/projects/1/spendingPlan");
            plan.put("endOfMarch", new BigDecimal("80.00"));
            plan.put("endOfJune", new BigDecimal("20.00"));
            ((ObjectNode) d.at("/projects/2/spendingPlan")).put("endOfDecember", new BigDecimal("90"));
            ((ObjectNode) d.at("/projects/3")).put("code", "204-0401-YSN-B1EV");
            ((ObjectNode) d.at("/projects/4/spendingPlan")).put("endOfOctober", new BigDecimal("80.00")).putNull("endOfDecember");
            ((ObjectNode) d.at("/projects/6/budget")).put("total", new BigDecimal("24.52"));
        });
        post(id, 2020, doc, null).statusCode(200)
                .body("counts.error", equalTo(3))
                .body("counts.warning", equalTo(9))
                .body("findings.rule", contains("performance.project-budget", "performance.spending-plan-order",
                        "performance.spending-plan-complete", "performance.project-code", "performance.spending-plan-complete",
                        "performance.indicator-target", "performance.project-budget", "performance.effect-indicators",
                        "performance.indicator-target",
                        "performance.indicator-target", "performance.indicator-target", "performance.effect-indicators"))
                .body("findings[0].severity", equalTo("error"))
                .body("findings[0].location.path", equalTo("projects[0].budget.total"))
                .body("findings[0].location.projectCode", equalTo("203-0401-YXN-X52V"))
                .body("findings[0].location.row", equalTo("不忘初心、牢记使命办公经费"))
                .body("findings[0].figures.total", equalTo(17.60f))
                .body("findings[0].figures.fiscalFunds", equalTo(20.00f))
                .body("findings[0].figures.otherFunds", equalTo(5))
                .body("findings[0].expected", equalTo("25.00"))
                .body("findings[0].actual", equalTo("17.60"))
                .body("findings[0].difference", equalTo(-7.40f))
                .body("findings[0].messageEn", containsString("budget total = fiscal funds + other funds"))
                .body("findings[1].location.path", equalTo("projects[1].spendingPlan.endOfJune"))
                .body("findings[1].expected", equalTo("at least 80.00"))
                .body("findings[1].actual", equalTo("20.00"))
                .body("findings[2].location.path", equalTo("projects[2].spendingPlan.endOfDecember"))
                .body("findings[2].severity", equalTo("warning"))
                .body("findings[2].actual", equalTo("90"))
                .body("findings[3].location.path", equalTo("projects[3].code"))
                .body("findings[3].actual", equalTo("204-0401-YSN-B1EV"))
                // Empty cells are figures too: null, as published.
                .body("findings[4].location.path", equalTo("projects[4].spendingPlan.endOfOctober"))
                .body("findings[4].figures.endOfMarch", nullValue())
                .body("findings[4].figures.endOfOctober", equalTo(80.00f))
                .body("findings[4].figures.endOfDecember", nullValue())
                .body("findings[4].figures", hasKey("endOfDecember"))
                .body("findings[6].location.path", equalTo("projects[6].budget.total"))
                .body("findings[6].figures", hasKey("otherFunds"))
                .body("findings[6].figures.otherFunds", nullValue())
                .body("findings[6].expected", equalTo("24.51"))
                .body("findings[6].difference", equalTo(0.01f));
        given().get(PART, id, 2020).then().statusCode(404);
    }

    @Test
    void aToleranceAtLeastTheDifferenceSilencesABudgetFinding() {
        String id = TestData.freshDepartmentId203();
        ObjectNode doc = sampleWithBudgetOffByACent();
        post(id, 2020, doc, null).statusCode(200).body("tolerance", equalTo(0))
                .body("counts.error", equalTo(1))
                .body("findings[0].rule", equalTo("performance.project-budget"))
                .body("findings[0].difference", equalTo(-0.01f));
        post(id, 2020, doc, "0.005").statusCode(200).body("tolerance", equalTo(0.005f)).body("counts.error", equalTo(1));
        post(id, 2020, doc, "0.01").statusCode(200).body("tolerance", equalTo(0.01f))
                .body("counts.error", equalTo(0)).body("findings", hasSize(6));

        // The same on the stored part; each tolerance is its own representation.
        given().contentType("application/json").body(TestData.write(doc)).put(PART, id, 2020).then().statusCode(201);
        String exact = given().get(FINDINGS, id, 2020).then().statusCode(200).body("counts.error", equalTo(1))
                .extract().header("ETag");
        given().queryParam("tolerance", "0.01").header("If-None-Match", exact).get(FINDINGS, id, 2020).then().statusCode(200)
                .body("tolerance", equalTo(0.01f)).body("counts.error", equalTo(0)).body("findings", hasSize(6));
    }

    @Test
    void aBadToleranceIsABadRequestNamingIt() {
        String id = TestData.freshDepartmentId203();
        given().contentType("application/json").body(TestData.write(TestData.sample())).put(PART, id, 2020).then().statusCode(201);
        for (String bad : List.of("abc", "-0.01", "1e9")) {
            given().queryParam("tolerance", bad).get(FINDINGS, id, 2020).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("tolerance"));
            post(id, 2020, TestData.sample(), bad).statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("tolerance"));
        }
    }

    @Test
    void anAbsentPartIsNotFoundAndABadIdentityOrYearABadRequest() {
        String nobody = TestData.freshDepartmentId203();
        given().get(FINDINGS, nobody, 2020).then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("Department " + nobody + " has no performance information stored for 2020"));
        given().get(FINDINGS, "203", 2020).then().statusCode(400).body("errors[0].field", equalTo("departmentId"));
        given().get(FINDINGS, "130624-203", 1999).then().statusCode(400).body("errors[0].field", equalTo("year"));
        post("130624-", 2020, TestData.sample(), null).statusCode(400).body("errors[0].field", equalTo("departmentId"));
        post("130624-203", "twenty", TestData.sample(), null).statusCode(400).body("errors[0].field", equalTo("year"));
    }

    @Test
    void aPercentageBeyond100IsStoredAsPublishedAndReportedNotRefused() {
        String id = TestData.freshDepartmentId203();
        post(id, 2020, sample(d -> ((ObjectNode) d.at("/projects/2/spendingPlan")).put("endOfJune", new BigDecimal("100.01"))), null)
                .statusCode(200)
                .body("findings.rule", hasItem("performance.spending-plan-range"))
                .body("findings.find { it.rule == 'performance.spending-plan-range' }.location.path",
                        equalTo("projects[2].spendingPlan.endOfJune"))
                .body("findings.find { it.rule == 'performance.spending-plan-range' }.actual", equalTo("100.01"));
    }

    @Test
    void aDocumentThePutRefusesIsRefusedForCheckingTooNamingTheField() {
        String id = TestData.freshDepartmentId203();
        post(id, 2020, sample(d -> ((ObjectNode) d.at("/projects/2/spendingPlan")).put("endOfJune", new BigDecimal("1000"))), null)
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("projects[2].spendingPlan.endOfJune"));
        post(id, 2020, sample(d -> ((ObjectNode) d.at("/projects/5/indicators/0")).remove("level3")), null)
                .statusCode(400).body("errors[0].field", equalTo("projects[5].indicators[0].level3"));
        post(id, 2020, sample(d -> ((ObjectNode) d.at("/projects/9")).put("code", "203-0401-YXN-X52V")), null)
                .statusCode(400).body("errors[0].field", equalTo("projects[9].code"));
        post(id, 2020, sample(d -> d.remove("projects")), null).statusCode(400).body("errors[0].field", equalTo("projects"));
        given().contentType("application/json").body("").post(FINDINGS, id, 2020).then().statusCode(400);
        given().contentType("application/xml").body("<performance/>").post(FINDINGS, id, 2020).then().statusCode(415)
                .contentType("application/problem+json");
        post(id, 2020, sample(d -> ((ObjectNode) d.at("/projects/0")).put("purpose", "无".repeat(100_000))), null)
                .statusCode(413).contentType("application/problem+json");
        given().get(PART, id, 2020).then().statusCode(404);
    }
}
