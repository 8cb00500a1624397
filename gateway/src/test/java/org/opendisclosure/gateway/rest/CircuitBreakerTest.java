package org.opendisclosure.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A service that keeps failing is left alone for a while instead of being asked on every read.
 * Its own profile gives it a fresh application, so the open circuit cannot leak into other tests.
 */
@QuarkusTest
@TestProfile(CircuitBreakerTest.OwnApplication.class)
@WithTestResource(StubbedServices.class)
class CircuitBreakerTest {

    public static class OwnApplication implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.cache.max-age", "1S");
        }
    }

    @Test
    void aServiceThatKeepsFailingIsNotAskedUntilTheCircuitCloses() {
        StubbedServices.server.stubFor(get(urlMatching("/api/v1/departments/.+/organization/2020")).willReturn(aResponse().withStatus(404)));
        StubbedServices.server.stubFor(get(urlMatching("/api/v1/departments/.+/(budgets|performance|procurement)/2020"))
                .willReturn(aResponse().withStatus(404)));
        StubbedServices.server.stubFor(get(urlMatching("/api/v1/departments/.+/assets/2020"))
                .willReturn(aResponse().withStatus(503)));

        // Distinct departments, so that no read is answered from the cache.
        for (int i = 0; i < 10; i++) {
            given().get("/api/v1/disclosures/{id}/2020", "130699-" + i).then().statusCode(200)
                    .body("parts[6].status", equalTo("unavailable"));
        }
        int askedWhileFailing = StubbedServices.server.findAll(getRequestedFor(urlMatching(".*/130699-.*/assets/2020"))).size();
        given().get("/api/v1/disclosures/{id}/2020", "130699-99").then().statusCode(200)
                .body("parts[6].reason", equalTo("assets-service is failing; not asked again for a few seconds"));
        int askedAfter = StubbedServices.server.findAll(getRequestedFor(urlMatching(".*/130699-.*/assets/2020"))).size();
        assertThat(askedWhileFailing).isLessThan(20);
        assertThat(askedAfter).isEqualTo(askedWhileFailing);
        // Only the failing service's circuit is open: the others are still asked on every read.
        assertThat(StubbedServices.server.findAll(getRequestedFor(urlMatching(".*/130699-.*/performance/2020"))).size()).isEqualTo(11);
    }

    @Test
    void aServiceRefusingTheRequestIsAnAnswerNotAFailure() {
        StubbedServices.server.stubFor(get(urlMatching("/api/v1/departments/130698-.+/organization/2020")).willReturn(aResponse().withStatus(404)));
        StubbedServices.server.stubFor(get(urlMatching("/api/v1/departments/130698-.+/(budgets|performance|assets)/2020"))
                .willReturn(aResponse().withStatus(404)));
        StubbedServices.server.stubFor(get(urlMatching("/api/v1/departments/130698-.+/procurement/2020"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":400,\"detail\":\"no\"}")));
        for (int i = 0; i < 12; i++) {
            given().get("/api/v1/disclosures/{id}/2020", "130698-" + i).then().statusCode(200)
                    .body("parts[5].status", equalTo("unavailable"))
                    .body("parts[5].reason", equalTo("procurement-service refused the request (HTTP 400)"));
        }
        // Never retried and never counted: every read asked once, and the circuit stayed closed.
        assertThat(StubbedServices.server.findAll(getRequestedFor(urlMatching("/api/v1/departments/130698-.+/procurement/2020"))))
                .hasSize(12);
    }
}
