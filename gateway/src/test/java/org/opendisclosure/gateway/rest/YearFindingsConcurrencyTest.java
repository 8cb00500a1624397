package org.opendisclosure.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Year summaries beyond the configured number at once are refused at once with 503, not queued. */
@QuarkusTest
@WithTestResource(StubbedServices.class)
@TestProfile(YearFindingsConcurrencyTest.NoRoom.class)
class YearFindingsConcurrencyTest {

    /** No room at all: every summary finds the bound reached. */
    public static class NoRoom implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.findings-summary.concurrent", "0");
        }
    }

    @Test
    void aSummaryBeyondTheBoundIsA503WithRetryAfter() {
        given().get("/api/v1/fiscal-years/{year}/findings", 2020).then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("5"))
                .body("detail", containsString("try again shortly"));
        // A bad request is still the client's: checked before any bound.
        given().queryParam("sort", "-name").get("/api/v1/fiscal-years/{year}/findings", 2020).then().statusCode(400);
    }
}
