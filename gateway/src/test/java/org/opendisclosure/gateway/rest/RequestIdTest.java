package org.opendisclosure.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.TestTokens;

/** One id per request, the client's when it is a sane token, seen on the answer and by every service asked for it. */
@QuarkusTest
@WithTestResource(StubbedServices.class)
class RequestIdTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

    @BeforeEach
    void noContractFilter() {
        RestAssured.replaceFiltersWith(TestTokens.writer());
    }

    private static void nothingPublished(String id) {
        StubbedServices.server.stubFor(get(urlMatching("/api/v1/departments/" + id + "/[a-z]+/2020")).willReturn(aResponse().withStatus(404)));
    }

    @Test
    void theClientsIdIsEchoedAndPassedToEveryServiceAskedForTheDisclosure() {
        String id = "130624-621";
        nothingPublished(id);
        given().header("X-Request-Id", "portal-42.a_b").get("/api/v1/disclosures/{id}/2020", id).then().statusCode(404)
                .header("X-Request-Id", "portal-42.a_b");
        for (String document : List.of("organization", "budgets", "performance", "procurement", "assets")) {
            StubbedServices.server.verify(getRequestedFor(urlEqualTo("/api/v1/departments/" + id + "/" + document + "/2020"))
                    .withHeader("X-Request-Id", equalTo("portal-42.a_b")));
        }
    }

    @Test
    void anIdThatIsNoSaneTokenIsReplacedByANewOneAsIsAMissingOne() {
        String given = given().header("X-Request-Id", "bad id; with spaces").get("/api/v1/disclosures/{id}/2020", "130624-622")
                .then().extract().header("X-Request-Id");
        assertThat(given).matches(UUID);
        String made = given().get("/api/v1/rules").then().extract().header("X-Request-Id");
        assertThat(made).matches(UUID).isNotEqualTo(given);
        assertThat(given().header("X-Request-Id", "x".repeat(65)).get("/api/v1/rules").then().extract().header("X-Request-Id"))
                .matches(UUID);
    }

    @Test
    void aPassedThroughRequestCarriesTheIdToo() {
        StubbedServices.server.stubFor(get(urlEqualTo("/api/v1/fiscal-years/2020/projects"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"items\":[]}")));
        given().header("X-Request-Id", "analyst-7").get("/api/v1/fiscal-years/2020/projects").then().statusCode(200)
                .header("X-Request-Id", "analyst-7");
        // Nothing of the client's Host: the services write their links from their configured public address.
        StubbedServices.server.verify(getRequestedFor(urlEqualTo("/api/v1/fiscal-years/2020/projects"))
                .withHeader("X-Request-Id", equalTo("analyst-7"))
                .withoutHeader("X-Forwarded-Host")
                .withoutHeader("X-Forwarded-Proto"));
    }
}
