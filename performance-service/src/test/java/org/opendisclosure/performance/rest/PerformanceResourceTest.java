package org.opendisclosure.performance.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
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

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "performance"))
class PerformanceResourceTest {

    private static final String PART = TestData.PERFORMANCE;

    @BeforeEach
    void contract() {
        RestAssured.replaceFiltersWith(OpenApiContract.filter());
    }

    /** A new department holding the fixture's part for 2020, at revision 1. */
    private static String departmentWithPart() {
        String id = TestData.freshDepartmentId("130624");
        putPart(id, 2020, TestData.sample()).statusCode(201);
        return id;
    }

    private static ObjectNode part(Consumer<ObjectNode> change) {
        ObjectNode doc = TestData.sample();
        change.accept(doc);
        return doc;
    }

    private static ValidatableResponse putPart(String id, Object year, ObjectNode doc) {
        return given().contentType("application/json").body(TestData.write(doc)).put(PART, id, year).then();
    }

    private static void assertUnchanged(String id) {
        JsonNode current = TestData.parse(given().get(PART, id, 2020).then().statusCode(200).extract().asString());
        assertThat(current.get("revision").asInt()).isEqualTo(1);
        assertThat(TestData.asWritten(current)).isEqualTo(TestData.sample());
        given().get(PART + "/revisions", id, 2020).then().statusCode(200).body("totalItems", equalTo(1));
    }

    @Test
    void aPartCanBeStoredForAnyWellFormedDepartmentAndAnswersWhereItLives() {
        String id = TestData.freshDepartmentId("999999");
        given().contentType("application/json").body(TestData.write(TestData.sample()))
                .put(PART, id, 2021).then().statusCode(201)
                .header("Location", endsWith("/api/v1/departments/" + id + "/performance/2021"))
                .header("ETag", notNullValue())
                .body("departmentId", equalTo(id))
                .body("fiscalYear", equalTo(2021))
                .body("revision", equalTo(1))
                .body("projects", hasSize(37));
    }

    /** What a client read it can write back: the derived parsedTarget is accepted but never taken from the client. */
    @Test
    void aParsedTargetSentInIsIgnoredAndDerivedFromTheTargetAgain() {
        String id = TestData.freshDepartmentId("999998");
        putPart(id, 2020, TestData.sample()).statusCode(201);
        ObjectNode withBogusParse = part(d -> ((ObjectNode) d.at("/projects/0/indicators/1")).putObject("parsedTarget")
                .put("comparison", "LT").put("value", 1).putNull("unit"));
        putPart(id, 2020, withBogusParse).statusCode(200)
                .header("X-Revision-Created", "false")
                .body("revision", equalTo(1))
                .body("projects[0].indicators[1].target", equalTo("≥95"))
                .body("projects[0].indicators[1].parsedTarget.comparison", equalTo("GE"))
                .body("projects[0].indicators[1].parsedTarget.value", equalTo(95));
    }

    @Test
    void aDepartmentWithoutProjectsSendsAnEmptyList() {
        String id = TestData.freshDepartmentId("130625");
        ObjectNode doc = part(d -> {
            d.putArray("projects");
            ((ObjectNode) d.get("departmentGoals")).putArray("safeguards");
        });
        putPart(id, 2020, doc).statusCode(201).body("projects", hasSize(0))
                .body("departmentGoals.safeguards", hasSize(0))
                .body("departmentGoals.overall", hasSize(12));
        given().get(PART + "/projects", id, 2020).then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void invalidInputIsRejectedNamingTheFieldAndNothingChanges() {
        String id = departmentWithPart();

        putPart(id, 2020, part(d -> ((ObjectNode) d.at("/projects/0/budget")).put("total", new BigDecimal("-1"))))
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("projects[0].budget.total"))
                .body("errors[0].message", containsString("at least 0"));
        putPart(id, 2020, part(d -> ((ObjectNode) d.at("/projects/3/budget")).put("fiscalFunds", "十七")))
                .statusCode(400)
                .body("errors[0].field", equalTo("projects[3].budget.fiscalFunds"))
                .body("errors[0].message", containsString("a decimal number"));
        putPart(id, 2020, part(d -> ((ObjectNode) d.at("/projects/1/budget")).put("otherFunds", new BigDecimal("1.1234567"))))
                .statusCode(400)
                .body("errors[0].field", equalTo("projects[1].budget.otherFunds"));
        // Outside 0–100 is a consistency finding (performance.spending-plan-range), not bad input; 4 digits cannot be a percentage.
        putPart(id, 2020, part(d -> ((ObjectNode) d.at("/projects/2/spendingPlan")).put("endOfJune", new BigDecimal("1000.01"))))
                .statusCode(400)
                .body("errors[0].field", equalTo("projects[2].spendingPlan.endOfJune"))
                .body("errors[0].message", containsString("percentage"));
        putPart(id, 2020, part(d -> ((ObjectNode) d.at("/projects/2/spendingPlan")).put("endOfMarch", "五成")))
                .statusCode(400)
                .body("errors[0].field", equalTo("projects[2].spendingPlan.endOfMarch"));
        putPart(id, 2020, part(d -> ((ObjectNode) d.at("/projects/5/indicators/2")).put("level1", " ")))
                .statusCode(400)
                .body("errors[0].field", equalTo("projects[5].indicators[2].level1"));
        putPart(id, 2020, part(d -> ((ObjectNode) d.at("/projects/5/indicators/0")).remove("level3")))
                .statusCode(400)
                .body("errors[0].field", equalTo("projects[5].indicators[0].level3"));
        putPart(id, 2020, part(d -> ((ArrayNode) d.at("/departmentGoals/overall")).set(2, "")))
                .statusCode(400)
                .body("errors[0].field", equalTo("departmentGoals.overall[2]"));
        putPart(id, 2020, part(d -> ((ObjectNode) d.at("/projects/0/unit")).put("code", "203-002")))
                .statusCode(400)
                .body("errors[0].field", equalTo("projects[0].unit.code"));
        putPart(id, 2020, part(d -> ((ObjectNode) d.at("/projects/0")).put("code", "203 0401")))
                .statusCode(400)
                .body("errors[0].field", equalTo("projects[0].code"));
        putPart(id, 2020, part(d -> ((ObjectNode) d.at("/projects/0")).remove("spendingPlan")))
                .statusCode(400)
                .body("errors[0].field", equalTo("projects[0].spendingPlan"));
        putPart(id, 2020, part(d -> {
            d.remove("departmentGoals");
            ((ObjectNode) d.at("/projects/4")).remove("indicators");
        })).statusCode(400).body("errors.field", hasItems("departmentGoals", "projects[4].indicators"));
        putPart(id, 2020, part(d -> d.remove("projects")))
                .statusCode(400).body("errors.field", hasItem("projects"));
        putPart(id, 2020, part(d -> ((ObjectNode) d.at("/projects/9")).put("code", "203-0401-YXN-X52V")))
                .statusCode(400)
                .body("errors[0].field", equalTo("projects[9].code"))
                .body("errors[0].message", containsString("already used by projects[0]"));
        given().contentType("application/json").body("{\"departmentGoals\": {\"overall\": [\"a\",]}}")
                .put(PART, id, 2020).then().statusCode(400).body("errors[0].field", equalTo("body"))
                .body("detail", containsString("line 1"));
        given().contentType("application/json").body("").put(PART, id, 2020).then().statusCode(400);
        given().contentType("application/xml").body("<performance/>").put(PART, id, 2020).then().statusCode(415)
                .contentType("application/problem+json").body("errors[0].field", equalTo("Content-Type"));

        assertUnchanged(id);
    }

    @Test
    void badIdentityOrYearIsABadRequest() {
        putPart("203", 2020, TestData.sample()).statusCode(400).body("errors[0].field", equalTo("departmentId"));
        putPart("130624-203", 1999, TestData.sample()).statusCode(400)
                .body("errors[0].field", equalTo("year")).body("errors[0].message", containsString("2000 and 2100"));
        putPart("130624-203", 2101, TestData.sample()).statusCode(400).body("errors[0].field", equalTo("year"));
        given().get(PART, "130624-203", "twenty").then().statusCode(400).body("errors[0].field", equalTo("year"));
        given().get(PART + "/revisions/{revision}", "130624-203", 2020, "first").then().statusCode(400)
                .body("errors[0].field", equalTo("revision"));
        given().get(PART + "/projects/{code}", "130624-203", 2020, "no such code").then().statusCode(400)
                .body("errors[0].field", equalTo("projectCode"));
        given().queryParam("size", "0").get(PART + "/projects", "130624-203", 2020).then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void missingPartProjectOrRevisionIsNotFound() {
        String nobody = TestData.freshDepartmentId("999998");
        given().get(PART, nobody, 2020).then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("Department " + nobody + " has no performance information stored for 2020"))
                .body("instance", equalTo("/api/v1/departments/" + nobody + "/performance/2020"))
                .body(not(containsString("Exception")));
        given().get(PART + "/revisions", nobody, 2020).then().statusCode(404);
        given().get(PART + "/projects", nobody, 2020).then().statusCode(404);
        given().get(PART + "/projects/{code}", nobody, 2020, "203-0401-YXN-X52V").then().statusCode(404);

        String id = departmentWithPart();
        given().get(PART, id, 2019).then().statusCode(404);
        given().get(PART + "/revisions/2", id, 2020).then().statusCode(404)
                .body("detail", equalTo("There is no revision 2 of the 2020 performance information of " + id
                        + "; its revisions are 1 to 1"));
        given().get(PART + "/projects/{code}", id, 2020, "203-9999-XXX-0000").then().statusCode(404)
                .body("detail", equalTo("The 2020 performance information of " + id + " has no project 203-9999-XXX-0000"));
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413() {
        String id = departmentWithPart();
        ObjectNode huge = part(d -> ((ObjectNode) d.at("/projects/0")).put("purpose", "无".repeat(100_000)));
        putPart(id, 2020, huge).statusCode(413).contentType("application/problem+json")
                .body("status", equalTo(413)).body("errors[0].field", equalTo("body"));
        assertUnchanged(id);
    }

    /**
     * What the contract does not see: a revision's targets are parsed again, and the project
     * sub-resources follow the current revision, with ETags of their own.
     */
    @Test
    void aRevisionIsParsedAgainAndItsProjectsFollowIt() {
        String id = departmentWithPart();
        String first = given().get(PART, id, 2020).then().statusCode(200).extract().header("ETag");

        // A correction: 其他资金 published after all, and one target rewritten.
        ObjectNode corrected = part(d -> {
            ((ObjectNode) d.at("/projects/0/budget")).put("otherFunds", new BigDecimal("0.00"));
            ((ObjectNode) d.at("/projects/0/indicators/1")).put("target", "≥96%");
        });
        given().contentType("application/json").header("If-Match", first).body(TestData.write(corrected))
                .put(PART, id, 2020).then().statusCode(200).body("revision", equalTo(2));

        given().get(PART, id, 2020).then().statusCode(200)
                .body("revision", equalTo(2))
                .body("projects[0].budget.otherFunds", equalTo(0.0f))
                .body("projects[0].indicators[1].target", equalTo("≥96%"))
                .body("projects[0].indicators[1].parsedTarget.comparison", equalTo("GE"))
                .body("projects[0].indicators[1].parsedTarget.value", equalTo(96))
                .body("projects[0].indicators[1].parsedTarget.unit", equalTo("%"));
        String body = given().get(PART, id, 2020).then().extract().asString();
        assertThat(body).contains("\"otherFunds\":0.00}");

        given().get(PART + "/projects/{code}", id, 2020, "203-0401-YXN-X52V").then().statusCode(200)
                .body("revision", equalTo(2)).body("budget.otherFunds", equalTo(0.0f));
        String projectTag = given().get(PART + "/projects/{code}", id, 2020, "203-0401-YXN-X52V").then().extract().header("ETag");
        given().header("If-None-Match", projectTag).get(PART + "/projects/{code}", id, 2020, "203-0401-YXN-X52V")
                .then().statusCode(304);
    }

    /** The gateway validates a whole disclosure with dry runs: one refuses exactly what the write refuses. */
    @Test
    void aDryRunRefusesWhatTheWriteRefuses() {
        String id = departmentWithPart();
        ObjectNode negative = part(d -> ((ObjectNode) d.at("/projects/0/budget")).put("total", new BigDecimal("-18")));
        given().contentType("application/json").queryParam("dryRun", "true").body(TestData.write(negative))
                .put(PART, id, 2020).then().statusCode(400).body("errors[0].field", equalTo("projects[0].budget.total"));
        assertUnchanged(id);
    }

    @Test
    void figuresKeepExactlyTheDigitsGivenAndBlanksStayNull() {
        String id = departmentWithPart();
        ObjectNode doc = part(d -> {
            ObjectNode budget = (ObjectNode) d.at("/projects/1/budget");
            budget.put("total", new BigDecimal("260.000001"));
            budget.putNull("fiscalFunds");
            budget.put("otherFunds", new BigDecimal("12345678901234.5"));
            ObjectNode plan = (ObjectNode) d.at("/projects/1/spendingPlan");
            plan.put("endOfMarch", new BigDecimal("0"));
            plan.putNull("endOfJune");
            plan.put("endOfOctober", new BigDecimal("99.999999"));
        });
        putPart(id, 2020, doc).statusCode(200);
        String body = given().get(PART + "/projects/{code}", id, 2020, "203-0401-YSN-557B").then().statusCode(200)
                .body("budget.fiscalFunds", nullValue())
                .body("spendingPlan.endOfJune", nullValue())
                .extract().asString();
        assertThat(body).contains("\"total\":260.000001,").contains("\"otherFunds\":12345678901234.5}")
                .contains("\"endOfMarch\":0,").contains("\"endOfOctober\":99.999999,");
    }

    @Test
    void figuresThatDoNotAddUpAreStoredAsPublished() {
        String id = departmentWithPart();
        ObjectNode doc = part(d -> {
            ((ObjectNode) d.at("/projects/0/budget")).put("fiscalFunds", new BigDecimal("20.00")).put("otherFunds", new BigDecimal("5"));
            ObjectNode plan = (ObjectNode) d.at("/projects/0/spendingPlan");
            plan.put("endOfMarch", new BigDecimal("80.00"));
            plan.put("endOfJune", new BigDecimal("20.00"));
        });
        putPart(id, 2020, doc).statusCode(200)
                .body("projects[0].budget.total", equalTo(17.60f))
                .body("projects[0].budget.fiscalFunds", equalTo(20.00f))
                .body("projects[0].spendingPlan.endOfJune", equalTo(20.00f));
    }
}
