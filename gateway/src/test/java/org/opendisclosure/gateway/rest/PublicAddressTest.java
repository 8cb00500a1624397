package org.opendisclosure.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.ExactJson;
import org.opendisclosure.testing.RawHttp;
import org.opendisclosure.testing.TestTokens;

/**
 * The Host a client sends chooses nothing: links name the configured public address, and the
 * suite's OpenAPI document is never fetched from wherever the Host points. A Host that is not a
 * host at all is a 400 problem, not an error page.
 */
@QuarkusTest
@TestProfile(PublicAddressTest.Published.class)
@WithTestResource(StubbedServices.class)
class PublicAddressTest {

    static final String PUBLIC = "https://disclosures.example.gov.cn";

    public static class Published implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("suite.public-base-url", PUBLIC);
        }
    }

    private static Object stubbedOn;

    @BeforeEach
    void stubs() {
        RestAssured.replaceFiltersWith(TestTokens.writer());
        if (stubbedOn != StubbedServices.server) {
            StubbedServices.server.stubFor(any(urlPathMatching("/api/v1/departments/139904-[^/]+(/(organization|budgets|performance|procurement|assets)/\\d{4})?"))
                    .willReturn(aResponse().withTransformers(RevisionedDocuments.NAME)));
            for (String list : new String[]{"budgets", "performance", "procurement", "assets"}) {
                String rows = list.equals("budgets")
                        ? "{\"departmentId\":\"130624-101\",\"divisionCode\":\"130624\",\"departmentName\":\"一\"},"
                        + "{\"departmentId\":\"130624-102\",\"divisionCode\":\"130624\",\"departmentName\":\"二\"}" : "";
                StubbedServices.server.stubFor(get(urlPathEqualTo("/api/v1/fiscal-years/2054/" + list))
                        .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"items\":[" + rows
                                + "],\"page\":1,\"size\":1000,\"totalItems\":" + (rows.isEmpty() ? 0 : 2) + ",\"totalPages\":1}")));
            }
            stubbedOn = StubbedServices.server;
        }
    }

    private static ObjectNode fixture() {
        String sample = "/sample/130624-203/2020/";
        ObjectNode disclosure = ExactJson.MAPPER.createObjectNode();
        JsonNode budget = ExactJson.resource(sample + "budget.json");
        disclosure.set("organization", ExactJson.resource(sample + "department.json"));
        for (String key : new String[]{"summary", "operatingExpenses", "threePublicExpenses", "glossary", "otherNotes"}) {
            disclosure.set(key, budget.get(key));
        }
        disclosure.set("performance", ExactJson.resource(sample + "performance.json"));
        disclosure.set("procurement", ExactJson.resource(sample + "procurement.json"));
        disclosure.set("assets", ExactJson.resource(sample + "assets.json"));
        return disclosure;
    }

    @Test
    void linksNameThePublicAddressWhateverHostAndForwardedHeadersSay() {
        given().header("Host", "attacker.example:666").header("X-Forwarded-Host", "attacker.example")
                .header("X-Forwarded-Proto", "http").header("Forwarded", "host=attacker.example;proto=http")
                .contentType("application/json").body(ExactJson.write(fixture()))
                .put("/api/v1/disclosures/{id}/2020", "139904-1")
                .then().statusCode(200)
                .header("Location", equalTo(PUBLIC + "/api/v1/disclosures/139904-1/2020"));
        given().header("Host", "attacker.example:666").header("X-Forwarded-Host", "attacker.example")
                .queryParam("size", "1").get("/api/v1/fiscal-years/2054/disclosures")
                .then().statusCode(200)
                .header("Link", startsWith("<" + PUBLIC + "/api/v1/fiscal-years/2054/disclosures?size=1&page=2>; rel=\"next\""));
    }

    @Test
    void theSuiteDocumentIsNeverFetchedFromTheClientsHost() {
        WireMockServer elsewhere = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        elsewhere.start();
        try {
            elsewhere.stubFor(any(anyUrl()).willReturn(aResponse().withHeader("Content-Type", "application/json")
                    .withBody("{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"planted\"},\"paths\":{\"/planted\":{}}}")));
            given().header("Host", "localhost:" + elsewhere.port()).get("/api/v1/openapi")
                    .then().statusCode(200)
                    .body("info.title", equalTo("Departmental budget disclosure suite (部门预算信息公开)"))
                    .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/disclosures/{departmentId}/{year}"))
                    .body("paths", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("/planted")));
            assertThat(elsewhere.findAll(anyRequestedFor(anyUrl()))).isEmpty();
        } finally {
            elsewhere.stop();
        }
    }

    @Test
    void aHostThatIsNoHostIsA400Problem() throws Exception {
        for (String host : new String[]{"\"disclosures.example.gov.cn\"", "a b", "[::1", "example.org:notaport", "exa\tmple"}) {
            RawHttp.Answer answer = RawHttp.send(RestAssured.port, "GET /api/v1/disclosures/130624-203/2020 HTTP/1.1\r\n"
                    + "Host: " + host + "\r\nConnection: close\r\n");
            assertThat(answer.status()).as("Host: %s", host).isEqualTo(400);
            assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
            JsonNode problem = ExactJson.MAPPER.readTree(answer.body());
            assertThat(problem.path("errors").path(0).path("field").asText()).isEqualTo("Host");
            assertThat(problem.path("detail").asText()).contains("Host header");
        }
        RawHttp.Answer none = RawHttp.send(RestAssured.port, "GET /api/v1/rules HTTP/1.1\r\nConnection: close\r\n");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.header("Content-Type")).isEqualTo("application/problem+json");
    }
}
