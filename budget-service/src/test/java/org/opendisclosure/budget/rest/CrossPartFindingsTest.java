package org.opendisclosure.budget.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.EmbeddedPostgresResource;
import org.opendisclosure.testing.OpenApiContract;
import org.opendisclosure.testing.TestTokens;

/** The findings across parts the gateway keeps here, and the year's counts of them. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "budget"))
class CrossPartFindingsTest {

    private static final String KEEP = "/api/v1/departments/{id}/cross-part-findings/{year}";
    private static final String COUNTS = "/api/v1/fiscal-years/{year}/cross-part-findings-counts";
    private static final String FINDING = """
            {"rule":"cross.reception","severity":"%s","location":{"part":"threePublicExpenses","path":"rows[3].currentYear",
             "row":"公务接待费","projectCode":null},"figures":{"rows[3].currentYear":1.50},"expected":"1.20","actual":"1.50",
             "difference":0.30,"messageZh":"不一致","messageEn":"differs"}""";

    @BeforeEach
    void contract() {
        RestAssured.replaceFiltersWith(OpenApiContract.filter());
    }

    private static String body(String fingerprint, String... severities) {
        StringBuilder findings = new StringBuilder();
        for (String severity : severities) {
            findings.append(findings.isEmpty() ? "" : ",").append(FINDING.formatted(severity));
        }
        return "{\"fingerprint\":\"" + fingerprint + "\",\"findings\":[" + findings + "]}";
    }

    private static JsonNode counts(String id) {
        JsonNode page = TestData.parse(given().queryParam("size", 1000).get(COUNTS, 2020).then().statusCode(200)
                .contentType("application/json").extract().asString());
        for (JsonNode item : page.get("items")) {
            if (item.get("departmentId").asText().equals(id)) {
                return item;
            }
        }
        return null;
    }

    @Test
    void keptFindingsAreCountedAndTheNextKeepReplacesThem() {
        String id = TestData.freshDepartmentId("130627");
        assertThat(counts(id)).isNull();
        given().get(KEEP, id, 2020).then().statusCode(404).contentType("application/problem+json");

        given().contentType("application/json").body(body("rules-a budget[budget:1]", "warning", "error", "warning"))
                .put(KEEP, id, 2020).then().statusCode(200)
                .body("departmentId", equalTo(id)).body("error", equalTo(1)).body("warning", equalTo(2)).body("info", equalTo(0));
        assertThat(counts(id)).isEqualTo(TestData.parse("{\"departmentId\":\"" + id
                + "\",\"fingerprint\":\"rules-a budget[budget:1]\",\"error\":1,\"warning\":2,\"info\":0}"));

        given().get(KEEP, id, 2020).then().statusCode(200).body("fingerprint", equalTo("rules-a budget[budget:1]"))
                .body("findings.severity", contains("warning", "error", "warning"))
                .body("findings[1].figures.'rows[3].currentYear'", equalTo(1.50f));

        given().contentType("application/json").body(body("rules-a budget[budget:2]")).put(KEEP, id, 2020).then().statusCode(200);
        given().get(KEEP, id, 2020).then().statusCode(200).body("findings", empty());
        assertThat(counts(id)).isEqualTo(TestData.parse("{\"departmentId\":\"" + id
                + "\",\"fingerprint\":\"rules-a budget[budget:2]\",\"error\":0,\"warning\":0,\"info\":0}"));
    }

    @Test
    void aKeepNeedsATokenForTheDepartmentAndAWellFormedBody() {
        String id = TestData.freshDepartmentId("130627");
        given().spec(TestTokens.anonymous()).contentType("application/json").body(body("f")).put(KEEP, id, 2020)
                .then().statusCode(401);
        given().header("Authorization", "Bearer " + TestTokens.token("other-county", "write:130682"))
                .contentType("application/json").body(body("f")).put(KEEP, id, 2020).then().statusCode(403);
        given().contentType("application/json").body("{\"findings\":[]}").put(KEEP, id, 2020).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("fingerprint"));
        given().contentType("application/json").body(body("f")).put(KEEP, id, 1999).then().statusCode(400)
                .body("errors.field", hasItem("year"));
        given().get(COUNTS, 2101).then().statusCode(400).body("errors.field", hasItem("year"));
        assertThat(counts(id)).isNull();
    }
}
