package org.opendisclosure.procurement.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.procurement.service.checks.ProcurementRules;
import org.opendisclosure.testing.EmbeddedPostgresResource;
import org.opendisclosure.testing.OpenApiContract;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "procurement"))
class ProcurementFindingsResourceTest {

    private static final String FINDINGS = TestData.PROCUREMENT + "/findings";

    @BeforeEach
    void contract() {
        RestAssured.replaceFiltersWith(OpenApiContract.filter());
    }

    private static JsonNode getFindings(String id, Object year, String tolerance) {
        var request = given();
        if (tolerance != null) {
            request.queryParam("tolerance", tolerance);
        }
        return TestData.parse(request.get(FINDINGS, id, year).then().statusCode(200)
                .contentType("application/json").header("ETag", notNullValue()).extract().asString());
    }

    private static JsonNode postFindings(String id, Object year, JsonNode document) {
        return TestData.parse(given().contentType("application/json").body(TestData.write(document))
                .post(FINDINGS, id, year).then().statusCode(200).contentType("application/json").extract().asString());
    }

    /** The one published error of the fixture, field for field. */
    private static void assertTheFixturesFinding(JsonNode report, String id) {
        assertThat(report.get("departmentId").asText()).isEqualTo(id);
        assertThat(report.get("fiscalYear").asInt()).isEqualTo(2020);
        assertThat(report.get("tolerance").decimalValue()).isEqualByComparingTo("0");
        assertThat(report.get("counts")).isEqualTo(TestData.parse("{\"error\": 1, \"warning\": 0, \"info\": 0}"));
        assertThat(report.get("findings")).hasSize(1);
        JsonNode finding = report.get("findings").get(0);
        assertThat(finding.get("rule").asText()).isEqualTo("procurement.line-department-budget");
        assertThat(finding.get("severity").asText()).isEqualTo("error");
        assertThat(finding.get("location")).isEqualTo(TestData.parse("{\"part\": \"procurement\", "
                + "\"path\": \"lines[2].departmentBudget\", \"row\": \"党建专项经费 / 办公消耗用品及类似物品\", \"projectCode\": null}"));
        assertThat(TestData.write(finding.get("figures"))).isEqualTo("{\"departmentBudget\":1.61,\"generalPublicBudget\":1061,"
                + "\"governmentFund\":null,\"fiscalSpecialAccount\":null,\"otherSources\":null}");
        assertThat(finding.get("expected").asText()).isEqualTo("1061");
        assertThat(finding.get("actual").asText()).isEqualTo("1.61");
        assertThat(finding.get("difference").toString()).isEqualTo("-1059.39");
        assertThat(finding.get("messageEn").asText()).contains("published 1.61", "gives 1061", "difference -1059.39");
        assertThat(finding.get("messageZh").asText()).contains("公布为 1.61", "应为 1061");
    }

    @Test
    void theStoredFixtureHasExactlyItsOnePublishedError() {
        String id = TestData.freshDepartmentId("130624");
        TestData.put(id, 2020, TestData.sample()).statusCode(201);

        assertTheFixturesFinding(getFindings(id, 2020, null), id);

        String etag = given().get(FINDINGS, id, 2020).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get(FINDINGS, id, 2020).then().statusCode(304);
        // The ETag is that of the report: another tolerance is another report.
        given().header("If-None-Match", etag).queryParam("tolerance", "2000").get(FINDINGS, id, 2020).then().statusCode(200);
    }

    @Test
    void findingsFollowTheCurrentRevision() {
        String id = TestData.freshDepartmentId("130624");
        TestData.put(id, 2020, TestData.sample()).statusCode(201);
        ObjectNode corrected = TestData.sample();
        ((ObjectNode) corrected.get("lines").get(2)).put("generalPublicBudget", new BigDecimal("1.61"));
        TestData.put(id, 2020, corrected).statusCode(200).body("revision", equalTo(2));

        JsonNode report = getFindings(id, 2020, null);
        assertThat(report.get("findings")).isEmpty();
        assertThat(report.get("counts")).isEqualTo(TestData.parse("{\"error\": 0, \"warning\": 0, \"info\": 0}"));
    }

    @Test
    void noStoredDocumentIsNotFoundAndBadIdentifiersAreBadRequests() {
        String id = TestData.freshDepartmentId("130624");
        given().get(FINDINGS, id, 2020).then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("Department " + id + " has no procurement budget stored for 2020"));
        given().get(FINDINGS, "13o624-203", 2020).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("departmentId"));
        given().get(FINDINGS, id, 1999).then().statusCode(400).body("errors[0].field", equalTo("year"));
        given().contentType("application/json").body(TestData.write(TestData.sample()))
                .post(FINDINGS, id, "twenty").then().statusCode(400).body("errors[0].field", equalTo("year"));
    }

    @Test
    void aPostedDocumentIsCheckedAndNothingIsStored() {
        String id = TestData.freshDepartmentId("130624");
        ObjectNode doc = TestData.sample();
        doc.put("statedTotal", new BigDecimal("170.57"));
        ((ObjectNode) doc.get("lines").get(13)).put("quantity", 18);

        JsonNode report = postFindings(id, 2020, doc);
        List<String> found = new ArrayList<>();
        report.get("findings").forEach(f -> found.add(f.get("rule").asText() + " " + f.at("/location/path").asText()
                + " " + f.get("expected").asText() + " " + f.get("actual").asText() + " " + f.get("difference").toString()));
        assertThat(found).containsExactly(
                "procurement.stated-total statedTotal 107.57 170.57 63.00",
                "procurement.line-department-budget lines[2].departmentBudget 1061 1.61 -1059.39",
                "procurement.line-amount lines[13].amount 72 68 -4");
        assertThat(report.get("counts").get("error").asInt()).isEqualTo(3);
        assertThat(report.at("/findings/2/location/row").asText()).isEqualTo("党建示范点创建专项经费 / 办公消耗用品及类似物品");

        given().get(TestData.PROCUREMENT, id, 2020).then().statusCode(404);
        given().get(FINDINGS, id, 2020).then().statusCode(404);
    }

    @Test
    void thePostedFixtureIsCheckedAsTheStoredOneAndTheNoneFormHasNothing() {
        String id = TestData.freshDepartmentId("130624");
        assertTheFixturesFinding(postFindings(id, 2020, TestData.sample()), id);
        JsonNode none = postFindings(id, 2020, TestData.none());
        assertThat(none.get("findings")).isEmpty();
    }

    @Test
    void aToleranceAsLargeAsTheDifferenceSilencesTheFinding() {
        String id = TestData.freshDepartmentId("130624");
        TestData.put(id, 2020, TestData.sample()).statusCode(201);

        JsonNode silenced = getFindings(id, 2020, "1059.39");
        assertThat(silenced.get("tolerance").toString()).isEqualTo("1059.39");
        assertThat(silenced.get("findings")).isEmpty();
        assertThat(silenced.at("/counts/error").asInt()).isZero();

        JsonNode justUnder = getFindings(id, 2020, "1059.38");
        assertThat(justUnder.get("findings")).hasSize(1);
        assertThat(justUnder.at("/findings/0/rule").asText()).isEqualTo("procurement.line-department-budget");

        JsonNode posted = TestData.parse(given().contentType("application/json").queryParam("tolerance", "1059.39")
                .body(TestData.write(TestData.sample())).post(FINDINGS, id, 2020).then().statusCode(200).extract().asString());
        assertThat(posted.get("findings")).isEmpty();
    }

    @Test
    void aBadToleranceIsABadRequestNamingIt() {
        String id = TestData.freshDepartmentId("130624");
        TestData.put(id, 2020, TestData.sample()).statusCode(201);
        for (String bad : new String[]{"abc", "-0.01", "1e9"}) {
            given().queryParam("tolerance", bad).get(FINDINGS, id, 2020).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors", hasSize(1))
                    .body("errors[0].field", equalTo("tolerance"));
        }
        given().contentType("application/json").queryParam("tolerance", "一分").body(TestData.write(TestData.sample()))
                .post(FINDINGS, id, 2020).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("tolerance"))
                .body("errors[0].message", containsString("decimal number"));
    }

    @Test
    void anInvalidPostedDocumentIsRefusedAsThePutRefusesIt() {
        String id = TestData.freshDepartmentId("130624");
        ObjectNode negative = TestData.sample();
        ((ObjectNode) negative.get("lines").get(3)).put("amount", new BigDecimal("-3.57"));
        given().contentType("application/json").body(TestData.write(negative)).post(FINDINGS, id, 2020)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("lines[3].amount"));

        ObjectNode emptyTable = TestData.sample();
        emptyTable.putArray("lines");
        given().contentType("application/json").body(TestData.write(emptyTable)).post(FINDINGS, id, 2020)
                .then().statusCode(400).body("errors[0].field", equalTo("lines"))
                .body("errors[0].message", containsString("hasProcurement false"));

        ObjectNode unknown = TestData.sample();
        unknown.put("vendor", "某公司");
        given().contentType("application/json").body(TestData.write(unknown)).post(FINDINGS, id, 2020)
                .then().statusCode(400).body("errors[0].field", equalTo("vendor"));

        given().contentType("application/json").body("null").post(FINDINGS, id, 2020)
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType("application/xml").body("<procurement/>").post(FINDINGS, id, 2020)
                .then().statusCode(415).contentType("application/problem+json");
        ObjectNode huge = TestData.sample();
        huge.put("statement", "无".repeat(40_000));
        given().contentType("application/json").body(TestData.write(huge)).post(FINDINGS, id, 2020)
                .then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void theRuleCatalogueListsEveryRuleWithBothDescriptions() {
        JsonNode catalogue = TestData.parse(given().get("/api/v1/rules").then().statusCode(200)
                .contentType("application/json").header("ETag", notNullValue()).extract().asString());
        List<String> ids = new ArrayList<>();
        catalogue.get("rules").forEach(rule -> {
            ids.add(rule.get("id").asText());
            assertThat(rule.get("severity").asText()).isEqualTo("error");
            assertThat(rule.get("descriptionZh").asText()).isNotBlank();
            assertThat(rule.get("descriptionEn").asText()).isNotBlank();
            assertThat(rule.get("parts")).isEqualTo(TestData.parse("[\"procurement\"]"));
        });
        assertThat(ids).containsExactly("procurement.line-amount", "procurement.total", "procurement.stated-total",
                "procurement.line-funding", "procurement.line-department-budget");
        assertThat(catalogue.at("/rules/4/descriptionZh").asText())
                .isEqualTo(ProcurementRules.LINE_DEPARTMENT_BUDGET.descriptionZh());
        assertThat(catalogue.at("/rules/4/descriptionEn").asText())
                .isEqualTo("department budget = general public budget + government fund + fiscal special account + other sources");

        String etag = given().get("/api/v1/rules").then().extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/rules").then().statusCode(304);
    }
}
