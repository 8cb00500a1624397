package org.opendisclosure.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.gateway.parts.Downstream;
import org.opendisclosure.gateway.service.CrossPartFindingsKept;
import org.opendisclosure.testing.ExactJson;
import org.opendisclosure.testing.OpenApiContract;
import org.opendisclosure.testing.TestTokens;

/**
 * The year's findings summary read from what the services keep, and the findings across parts the
 * gateway has budget-service keep after each write. One stub answers for all four services, so a
 * count every service keeps is counted four times.
 */
@QuarkusTest
@WithTestResource(StubbedServices.class)
class KeptFindingsSummaryTest {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static Object stubbedOn;

    @Inject
    CrossPartFindingsKept crossParts;

    @BeforeEach
    void services() {
        RestAssured.replaceFiltersWith(OpenApiContract.filter());
        if (stubbedOn != StubbedServices.server) {
            // Only this class's departments (division 139932), so other tests' stubs stay as they are.
            StubbedServices.server.stubFor(any(urlPathMatching("/api/v1/departments/139932-[^/]+(/(organization|budgets|performance|procurement|assets)/\\d{4})?"))
                    .willReturn(aResponse().withTransformers(RevisionedDocuments.NAME)));
            stubbedOn = StubbedServices.server;
        }
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }

    private static String page(String... items) {
        return "{\"items\":[" + String.join(",", items) + "],\"page\":1,\"size\":1000,\"totalItems\":" + items.length
                + ",\"totalPages\":1}";
    }

    private static Map<Downstream, String> everyService(String revisions) {
        Map<Downstream, String> all = new EnumMap<>(Downstream.class);
        for (Downstream downstream : Downstream.values()) {
            all.put(downstream, revisions);
        }
        return all;
    }

    @Test
    void theSummaryAddsWhatEachServiceKeepsAndCountsFindingsAcrossPartsOnlyWhileTheyMatchTheParts() {
        String present = "{\"departmentId\":\"%s\",\"departmentName\":\"%s\"}";
        StubbedServices.server.stubFor(get(urlPathMatching("/api/v1/fiscal-years/2031/(budgets|performance|procurement|assets)"))
                .willReturn(json(page(present.formatted("139931-001", "测试一"), present.formatted("139931-002", "测试二")))));
        StubbedServices.server.stubFor(get(urlPathEqualTo("/api/v1/fiscal-years/2031/findings-counts")).willReturn(json(page(
                "{\"departmentId\":\"139931-001\",\"error\":1,\"warning\":2,\"info\":0,\"revisions\":\"x:1\"}",
                "{\"departmentId\":\"139931-002\",\"error\":0,\"warning\":1,\"info\":0,\"revisions\":\"x:2\"}"))));
        String kept = "{\"departmentId\":\"%s\",\"fingerprint\":\"%s\",\"error\":%d,\"warning\":1,\"info\":0}";
        StubbedServices.server.stubFor(get(urlPathEqualTo("/api/v1/fiscal-years/2031/cross-part-findings-counts")).willReturn(json(page(
                kept.formatted("139931-001", crossParts.fingerprint(everyService("x:1")), 0),
                // Kept from revision 1 of the parts: stale, not counted.
                kept.formatted("139931-002", crossParts.fingerprint(everyService("x:1")), 5)))));

        JsonNode summary = ExactJson.parse(given().queryParam("sort", "-total").get("/api/v1/fiscal-years/{year}/findings", 2031)
                .then().statusCode(200).extract().asString());

        assertThat(ExactJson.write(summary.get("items"))).isEqualTo("["
                + "{\"departmentId\":\"139931-001\",\"departmentName\":\"测试一\",\"fiscalYear\":2031,\"checked\":true,"
                + "\"error\":4,\"warning\":9,\"info\":0,\"total\":13},"
                + "{\"departmentId\":\"139931-002\",\"departmentName\":\"测试二\",\"fiscalYear\":2031,\"checked\":true,"
                + "\"error\":0,\"warning\":4,\"info\":0,\"total\":4}]");
        // What is kept and matches is not computed again: the department's parts were never read.
        assertThat(StubbedServices.server.findAll(getRequestedFor(urlPathMatching("/api/v1/departments/139931-001/.*")))).isEmpty();
        assertThat(StubbedServices.server.findAll(getRequestedFor(urlPathMatching("/api/v1/departments/139931-002/.*")))).isNotEmpty();
    }

    @Test
    void aServiceThatCannotSayWhatItKeepsLeavesEveryRowUnchecked() {
        String present = "{\"departmentId\":\"139931-003\",\"departmentName\":\"测试三\"}";
        StubbedServices.server.stubFor(get(urlPathMatching("/api/v1/fiscal-years/2032/(budgets|performance|procurement|assets)"))
                .willReturn(json(page(present))));
        StubbedServices.server.stubFor(get(urlPathEqualTo("/api/v1/fiscal-years/2032/findings-counts"))
                .willReturn(aResponse().withStatus(503).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":503,\"title\":\"Service unavailable\"}")));

        given().get("/api/v1/fiscal-years/{year}/findings", 2032).then().statusCode(200)
                .header("X-Unavailable-Services", containsString("budget-service"))
                .body("items[0].departmentId", equalTo("139931-003"))
                .body("items[0].checked", equalTo(false));
    }

    private static List<JsonNode> kept(String id) {
        List<JsonNode> bodies = new ArrayList<>();
        for (LoggedRequest request : StubbedServices.server.findAll(putRequestedFor(
                urlPathEqualTo("/api/v1/departments/" + id + "/cross-part-findings/2020")))) {
            bodies.add(ExactJson.parse(request.getBodyAsString()));
        }
        return bodies;
    }

    private static List<String> rules(JsonNode findings) {
        List<String> rules = new ArrayList<>();
        findings.forEach(finding -> rules.add(finding.get("rule").asText()));
        return rules;
    }

    @Test
    void everyWriteKeepsTheFindingsAcrossPartsOfThePartsAsJustStored() {
        String id = "139932-" + NEXT.incrementAndGet();
        StubbedServices.server.stubFor(get(urlPathEqualTo("/api/v1/fiscal-years/2020/findings-counts"))
                .withQueryParam("departmentId", WireMock.equalTo(id))
                .willReturn(json(page("{\"departmentId\":\"" + id + "\",\"error\":0,\"warning\":0,\"info\":0,\"revisions\":\"p:1\"}"))));
        StubbedServices.server.stubFor(put(urlPathEqualTo("/api/v1/departments/" + id + "/cross-part-findings/2020"))
                .willReturn(json("{\"departmentId\":\"" + id + "\",\"fingerprint\":\"f\",\"error\":0,\"warning\":0,\"info\":0}")));

        given().contentType("application/json").body(ExactJson.write(DisclosureWriteTest.fixture())).put("/api/v1/disclosures/{id}/2020", id)
                .then().statusCode(200).body("completed", equalTo(true));

        List<JsonNode> kept = kept(id);
        assertThat(kept).hasSize(1);
        assertThat(kept.get(0).get("fingerprint").asText()).isEqualTo(crossParts.fingerprint(everyService("p:1")));
        // What is kept is what the disclosure's findings endpoint finds across parts at tolerance 0.
        JsonNode findings = ExactJson.parse(given().get("/api/v1/disclosures/{id}/2020/findings", id).then().statusCode(200)
                .extract().asString());
        List<String> across = new ArrayList<>();
        findings.get("findings").forEach(finding -> {
            if (finding.get("rule").asText().startsWith("cross.")) {
                across.add(finding.get("rule").asText());
            }
        });
        assertThat(rules(kept.get(0).get("findings"))).isNotEmpty().containsExactlyInAnyOrderElementsOf(across)
                .doesNotContain("cross.vehicle-assets");

        // A part written on its own, through the pass-through (which the gateway's own document does not describe),
        // keeps them again from the parts as they now are.
        RestAssured.replaceFiltersWith(TestTokens.writer());
        ObjectNode assets = (ObjectNode) DisclosureWriteTest.fixture().get("assets");
        // No vehicle, though part 四 budgets their running: a finding across parts 四 and 七.
        ((ObjectNode) assets.get("vehicles")).put("count", 0);
        given().contentType("application/json").body(ExactJson.write(assets)).put("/api/v1/departments/{id}/assets/2020", id)
                .then().statusCode(200);
        kept = kept(id);
        assertThat(kept).hasSize(2);
        assertThat(rules(kept.get(1).get("findings"))).contains("cross.vehicle-assets");
    }
}
