package org.opendisclosure.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.ExactJson;
import org.opendisclosure.testing.TestTokens;

/**
 * Numbers JSON allows but no figure of a disclosure can be (1e10000 has ten thousand digits when
 * written out): the client's error, said before any service is asked, and nothing a circuit
 * breaker holds against a service. Its own application, so the write circuits are its own.
 */
@QuarkusTest
@TestProfile(BadFiguresTest.OwnCircuits.class)
@WithTestResource(StubbedServices.class)
class BadFiguresTest {

    public static class OwnCircuits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.cache.max-age", "1S");
        }
    }

    private static final String SAMPLE = "/sample/130624-203/2020/";
    private static final String DEPARTMENTS = "/api/v1/departments/139903-[^/]+(/(organization|budgets|performance|procurement|assets)/\\d{4})?";
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static Object stubbedOn;

    @BeforeEach
    void servicesKeepRevisions() {
        RestAssured.replaceFiltersWith(TestTokens.writer());
        if (stubbedOn != StubbedServices.server) {
            StubbedServices.server.stubFor(any(urlPathMatching(DEPARTMENTS))
                    .willReturn(aResponse().withTransformers(RevisionedDocuments.NAME)));
            stubbedOn = StubbedServices.server;
        }
    }

    private static ObjectNode fixture() {
        ObjectNode disclosure = ExactJson.MAPPER.createObjectNode();
        JsonNode budget = ExactJson.resource(SAMPLE + "budget.json");
        disclosure.set("organization", ExactJson.resource(SAMPLE + "department.json"));
        for (String key : new String[]{"summary", "operatingExpenses", "threePublicExpenses", "glossary", "otherNotes"}) {
            disclosure.set(key, budget.get(key));
        }
        disclosure.set("performance", ExactJson.resource(SAMPLE + "performance.json"));
        disclosure.set("procurement", ExactJson.resource(SAMPLE + "procurement.json"));
        disclosure.set("assets", ExactJson.resource(SAMPLE + "assets.json"));
        return disclosure;
    }

    /** The fixture as text with part 七's total fixed assets (82.22) written as {@code number}, exactly as given. */
    private static String withTotalFixedAssets(String number) {
        String text = ExactJson.write(fixture());
        String replaced = text.replaceFirst("\"totalFixedAssets\"\\s*:\\s*82\\.22", "\"totalFixedAssets\":" + number);
        assertThat(replaced).isNotEqualTo(text);
        return replaced;
    }

    private static int requestsToServices() {
        return StubbedServices.server.findAll(anyRequestedFor(urlPathMatching(DEPARTMENTS))).size();
    }

    @Test
    void aNumberNoFigureCanBeIsA400NamingItsFieldAndNoServiceIsAsked() {
        String id = "139903-" + NEXT.incrementAndGet();
        int before = requestsToServices();
        for (String number : new String[]{"1e10000", "-1e10000", "1E+10000", "1e-10000", "0e10000", "1e31"}) {
            given().contentType("application/json").body(withTotalFixedAssets(number))
                    .put("/api/v1/disclosures/{id}/2020", id)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("urn:budget-disclosure:problem:invalid-input"))
                    .body("errors.field", contains("assets.totalFixedAssets"))
                    .body("errors[0].message", containsString("at most 30 digits"))
                    .body("detail", containsString("nothing was written"));
        }
        assertThat(requestsToServices()).isEqualTo(before);
    }

    @Test
    void badNumbersDoNotOpenTheWriteCircuits() {
        String id = "139903-" + NEXT.incrementAndGet();
        // More than the breakers' window (8 calls) of bad documents, then a good one: it is written.
        for (int i = 0; i < 12; i++) {
            given().contentType("application/json").body(withTotalFixedAssets(i % 2 == 0 ? "1e10000" : "-1e10000"))
                    .put("/api/v1/disclosures/{id}/2020", id).then().statusCode(400);
        }
        given().contentType("application/json").body(ExactJson.write(fixture()))
                .put("/api/v1/disclosures/{id}/2020", id)
                .then().statusCode(200).body("parts.status", org.hamcrest.Matchers.everyItem(equalTo("created")));
    }

    @Test
    void aNumberWithinTheBoundsIsLeftToItsServiceToJudge() {
        String id = "139903-" + NEXT.incrementAndGet();
        // 1e20 could be written out; whether it is an amount is for assets-service to say (the stub takes it).
        given().contentType("application/json").body(withTotalFixedAssets("1e20"))
                .put("/api/v1/disclosures/{id}/2020", id).then().statusCode(200);
    }
}
