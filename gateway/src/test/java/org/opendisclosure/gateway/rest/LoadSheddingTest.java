package org.opendisclosure.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.TestTokens;

/** Past its limit of requests at once, the gateway turns the next away at once instead of queueing it. */
@QuarkusTest
@TestProfile(LoadSheddingTest.TwoAtOnce.class)
@WithTestResource(StubbedServices.class)
class LoadSheddingTest {

    public static class TwoAtOnce implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("suite.http.max-concurrent-requests", "2");
        }
    }

    private static final String SLOW = "/api/v1/departments/139960-1/budgets/2020";

    @Test
    void requestsPastTheLimitAre503WithRetryAfterAndTheLimitIsFreedAgain() throws Exception {
        RestAssured.replaceFiltersWith(TestTokens.writer());
        StubMapping slow = StubbedServices.server.stubFor(get(urlEqualTo(SLOW)).willReturn(aResponse().withFixedDelay(2500)
                .withHeader("Content-Type", "application/json").withBody("{\"revision\":1}")));
        try {
            List<CompletableFuture<Integer>> held = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                held.add(CompletableFuture.supplyAsync(() -> given().get(SLOW).statusCode()));
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (StubbedServices.server.findAll(getRequestedFor(urlEqualTo(SLOW))).size() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(StubbedServices.server.findAll(getRequestedFor(urlEqualTo(SLOW)))).hasSize(2);

            given().get("/api/v1/disclosures/139960-2/2020").then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("status", equalTo(503))
                    .body("detail", containsString("as many requests as it takes at once (2)"));
            given().get("/q/health/live").then().statusCode(200);

            for (CompletableFuture<Integer> request : held) {
                assertThat(request.get()).isEqualTo(200);
            }
        } finally {
            StubbedServices.server.removeStub(slow);
        }
        given().get("/api/v1/departments/139960-1/budgets/2021").then().statusCode(404);
    }
}
