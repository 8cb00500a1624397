package org.opendisclosure.assets.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.opendisclosure.assets.rest.TestData.ASSETS;

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
import org.opendisclosure.testing.EmbeddedPostgresResource;
import org.opendisclosure.testing.OpenApiContract;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "assets"))
class AssetsFindingsResourceTest {

    private static final String FINDINGS = ASSETS + "/findings";

    @BeforeEach
    void contract() {
        RestAssured.replaceFiltersWith(OpenApiContract.filter());
    }

    private static String departmentWith(ObjectNode doc) {
        String id = TestData.freshDepartmentId("130624");
        given().contentType("application/json").body(TestData.write(doc)).put(ASSETS, id, 2020).then().statusCode(201);
        return id;
    }

    /** The sample with a 固定资产总额 one 分 over its parts and office space larger than the buildings. */
    private static ObjectNode withErrors() {
        ObjectNode doc = TestData.sample();
        doc.put("totalFixedAssets", new BigDecimal("82.23"));
        ((ObjectNode) doc.get("buildings")).put("area", new BigDecimal("100")).put("officeArea", new BigDecimal("120"));
        return doc;
    }

    private static JsonNode getFindings(String id, String tolerance) {
        var request = given();
        if (tolerance != null) {
            request.queryParam("tolerance", tolerance);
        }
        return TestData.parse(request.get(FINDINGS, id, 2020).then().statusCode(200).contentType("application/json")
                .header("ETag", notNullValue()).extract().asString());
    }

    private static List<String> summary(JsonNode report) {
        List<String> found = new ArrayList<>();
        report.get("findings").forEach(f -> found.add(f.get("rule").asText() + " " + f.get("severity").asText() + " "
                + f.at("/location/path").asText() + " " + f.get("expected").asText() + " " + f.get("actual").asText() + " "
                + f.get("difference").toString()));
        return found;
    }

    @Test
    void theStoredFixtureHasNoFinding() {
        String id = departmentWith(TestData.sample());
        JsonNode report = getFindings(id, null);
        assertThat(report.get("departmentId").asText()).isEqualTo(id);
        assertThat(report.get("fiscalYear").asInt()).isEqualTo(2020);
        assertThat(report.get("tolerance").toString()).isEqualTo("0");
        assertThat(report.get("counts")).isEqualTo(TestData.parse("{\"error\": 0, \"warning\": 0, \"info\": 0}"));
        assertThat(report.get("findings")).isEmpty();

        String etag = given().get(FINDINGS, id, 2020).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get(FINDINGS, id, 2020).then().statusCode(304);
    }

    @Test
    void aStoredDocumentWithErrorsIsStoredAsPublishedAndReportsThem() {
        String id = departmentWith(withErrors());
        given().get(ASSETS, id, 2020).then().statusCode(200).body("totalFixedAssets", equalTo(82.23f));

        JsonNode report = getFindings(id, null);
        assertThat(summary(report)).containsExactly(
                "assets.total error totalFixedAssets 82.22 82.23 0.01",
                "assets.office-within-buildings warning buildings.officeArea ≤ 100 120 null");
        assertThat(report.get("counts")).isEqualTo(TestData.parse("{\"error\": 1, \"warning\": 1, \"info\": 0}"));
        JsonNode total = report.at("/findings/0");
        assertThat(total.get("location")).isEqualTo(TestData.parse(
                "{\"part\": \"assets\", \"path\": \"totalFixedAssets\", \"row\": \"固定资产总额\", \"projectCode\": null}"));
        assertThat(TestData.write(total.get("figures"))).isEqualTo("{\"totalFixedAssets\":82.23,\"buildings.value\":0.00,"
                + "\"vehicles.value\":18.98,\"highValueEquipment.value\":0.00,\"otherFixedAssets\":63.24}");
    }

    @Test
    void noStoredDocumentIsNotFoundAndBadIdentifiersAreBadRequests() {
        String id = TestData.freshDepartmentId("130624");
        given().get(FINDINGS, id, 2020).then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("Department " + id + " has no assets stored for 2020"));
        given().get(FINDINGS, "130624", 2020).then().statusCode(400).body("errors[0].field", equalTo("departmentId"));
        given().get(FINDINGS, id, 2101).then().statusCode(400).body("errors[0].field", equalTo("year"));
        given().contentType("application/json").body(TestData.write(TestData.sample()))
                .post(FINDINGS, "x", 2020).then().statusCode(400).body("errors[0].field", equalTo("departmentId"));
    }

    @Test
    void aPostedDocumentIsCheckedAndNothingIsStored() {
        String id = TestData.freshDepartmentId("130624");
        JsonNode report = TestData.parse(given().contentType("application/json").body(TestData.write(withErrors()))
                .post(FINDINGS, id, 2020).then().statusCode(200).contentType("application/json").extract().asString());
        assertThat(summary(report)).containsExactly(
                "assets.total error totalFixedAssets 82.22 82.23 0.01",
                "assets.office-within-buildings warning buildings.officeArea ≤ 100 120 null");
        given().get(ASSETS, id, 2020).then().statusCode(404);

        JsonNode clean = TestData.parse(given().contentType("application/json").body(TestData.write(TestData.sample()))
                .post(FINDINGS, id, 2020).then().statusCode(200).extract().asString());
        assertThat(clean.get("findings")).isEmpty();
    }

    @Test
    void aToleranceAsLargeAsTheDifferenceSilencesTheFinding() {
        String id = departmentWith(withErrors());
        JsonNode report = getFindings(id, "0.01");
        assertThat(report.get("tolerance").toString()).isEqualTo("0.01");
        // The area is not money: office space larger than the buildings is still a finding.
        assertThat(summary(report)).containsExactly("assets.office-within-buildings warning buildings.officeArea ≤ 100 120 null");
        assertThat(summary(getFindings(id, "0.009"))).hasSize(2);

        JsonNode posted = TestData.parse(given().contentType("application/json").queryParam("tolerance", "0.01")
                .body(TestData.write(withErrors())).post(FINDINGS, id, 2020).then().statusCode(200).extract().asString());
        assertThat(posted.at("/counts/error").asInt()).isZero();
    }

    @Test
    void aBadToleranceIsABadRequestNamingIt() {
        String id = departmentWith(TestData.sample());
        for (String bad : new String[]{"abc", "-1", "1000001"}) {
            given().queryParam("tolerance", bad).get(FINDINGS, id, 2020).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors", hasSize(1))
                    .body("errors[0].field", equalTo("tolerance"));
        }
        given().contentType("application/json").queryParam("tolerance", "0,01").body(TestData.write(TestData.sample()))
                .post(FINDINGS, id, 2020).then().statusCode(400).body("errors[0].field", equalTo("tolerance"));
    }

    @Test
    void anInvalidPostedDocumentIsRefusedAsThePutRefusesIt() {
        String id = TestData.freshDepartmentId("130624");
        ObjectNode negative = TestData.sample();
        ((ObjectNode) negative.get("vehicles")).put("value", new BigDecimal("-18.98"));
        given().contentType("application/json").body(TestData.write(negative)).post(FINDINGS, id, 2020)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("vehicles.value"));

        ObjectNode plannedButEmpty = TestData.sample();
        ((ObjectNode) plannedButEmpty.get("plannedPurchases")).put("none", false);
        given().contentType("application/json").body(TestData.write(plannedButEmpty)).post(FINDINGS, id, 2020)
                .then().statusCode(400).body("errors[0].field", equalTo("plannedPurchases.items"));

        ObjectNode early = TestData.sample();
        early.put("asOf", "1990-12-31");
        given().contentType("application/json").body(TestData.write(early)).post(FINDINGS, id, 2020)
                .then().statusCode(400).body("errors[0].field", equalTo("asOf"));

        ObjectNode missing = TestData.sample();
        missing.remove("totalFixedAssets");
        given().contentType("application/json").body(TestData.write(missing)).post(FINDINGS, id, 2020)
                .then().statusCode(400).body("errors[0].field", equalTo("totalFixedAssets"));

        given().contentType("text/plain").body("82.22").post(FINDINGS, id, 2020)
                .then().statusCode(415).contentType("application/problem+json");
        ObjectNode huge = TestData.sample();
        huge.put("statement", "无".repeat(6_000));
        given().contentType("application/json").body(TestData.write(huge)).post(FINDINGS, id, 2020)
                .then().statusCode(413).contentType("application/problem+json");
        given().get(ASSETS, id, 2020).then().statusCode(404);
    }

    @Test
    void theRuleCatalogueListsEveryRuleWithBothDescriptions() {
        JsonNode catalogue = TestData.parse(given().get("/api/v1/rules").then().statusCode(200)
                .contentType("application/json").header("ETag", notNullValue()).extract().asString());
        List<String> rules = new ArrayList<>();
        catalogue.get("rules").forEach(rule -> {
            rules.add(rule.get("id").asText() + " " + rule.get("severity").asText());
            assertThat(rule.get("descriptionZh").asText()).isNotBlank();
            assertThat(rule.get("descriptionEn").asText()).isNotBlank();
            assertThat(rule.get("parts")).isEqualTo(TestData.parse("[\"assets\"]"));
        });
        assertThat(rules).containsExactly("assets.total error", "assets.office-within-buildings warning");
        assertThat(catalogue.at("/rules/0/descriptionZh").asText()).contains("固定资产总额 =");
        assertThat(catalogue.at("/rules/0/descriptionEn").asText()).startsWith("total fixed assets =");

        String etag = given().get("/api/v1/rules").then().extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/rules").then().statusCode(304);
        given().get("/api/v1/rules").then().body("rules.id", hasSize(2))
                .body("rules[1].descriptionEn", containsString("office space"));
    }
}
