package org.opendisclosure.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The policies are configured with MicroProfile Fault Tolerance keys, e.g. the timeout of a disclosure's documents. */
@QuarkusTest
@TestProfile(FaultToleranceConfigTest.Impatient.class)
@WithTestResource(StubbedServices.class)
class FaultToleranceConfigTest {

    public static class Impatient implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("org.opendisclosure.gateway.client.ServiceClient/document/Timeout/value", "1000");
        }
    }

    /** Within the default 1.5 s, not within the configured 1 s. */
    private static void slow(String path, String body) {
        StubbedServices.server.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withFixedDelay(1300)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    @Test
    void aShorterTimeoutGivesUpOnAServiceThatWouldHaveAnsweredInTheDefaultOne() {
        String id = "130624-631";
        String part = "{\"departmentId\":\"" + id + "\",\"fiscalYear\":2020,\"revision\":1,\"revisedAt\":\"2026-01-01T00:00:00Z\"}";
        slow("/api/v1/departments/" + id + "/performance/2020", part);
        StubbedServices.server.stubFor(get(urlEqualTo("/api/v1/departments/" + id + "/assets/2020"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(part)));
        for (String document : new String[]{"organization", "budgets", "procurement"}) {
            StubbedServices.server.stubFor(get(urlEqualTo("/api/v1/departments/" + id + "/" + document + "/2020"))
                    .willReturn(aResponse().withStatus(404)));
        }
        given().get("/api/v1/disclosures/{id}/2020", id).then().statusCode(200)
                .body("parts[4].status", equalTo("unavailable"))
                .body("parts[4].reason", equalTo("performance-service did not answer in time"))
                .body("parts[6].status", equalTo("available"));
    }
}
