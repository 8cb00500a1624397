package org.opendisclosure.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A year's findings summary that passes its deadline is given up as a 503, not run on without bound. */
@QuarkusTest
@WithTestResource(StubbedServices.class)
@TestProfile(YearFindingsBoundTest.NoTime.class)
class YearFindingsBoundTest {

    public static class NoTime implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.findings-summary.deadline", "PT0S");
        }
    }

    @Test
    void aSummaryPastItsDeadlineIsA503WithRetryAfter() {
        // One department in 2017, known to every service's list; its findings cannot be had.
        StubbedServices.server.stubFor(get(urlPathMatching("/api/v1/fiscal-years/2017/[a-z-]+"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"items\":[{\"departmentId\":\"139911-001\",\"departmentName\":\"测试部门\"}],"
                                + "\"page\":1,\"size\":1000,\"totalItems\":1,\"totalPages\":1}")));
        given().get("/api/v1/fiscal-years/{year}/findings", 2017).then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("5"))
                .body("detail", containsString("given up"));
    }
}
