package org.opendisclosure.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.TestTokens;

@QuarkusTest
@WithTestResource(StubbedServices.class)
class CrossOriginTest {

    private static final String EDITOR = "https://editor.example.gov.cn";
    private static final String ANYONE = "https://journalist.example.com";

    @BeforeEach
    void noContractFilter() {
        RestAssured.replaceFiltersWith(TestTokens.writer());
    }

    @Test
    void anyPageMayRead() {
        StubbedServices.server.stubFor(get(urlEqualTo("/api/v1/departments")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withHeader("ETag", "\"e\"").withBody("{\"items\":[]}")));
        given().header("Origin", ANYONE).header("Access-Control-Request-Method", "GET").options("/api/v1/departments")
                .then().statusCode(204).header("Access-Control-Allow-Origin", "*");
        given().header("Origin", ANYONE).get("/api/v1/departments").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Expose-Headers", containsString("ETag"));
    }

    @Test
    void aDisclosureServedFromMemoryCarriesTheCorsHeadersToo() {
        String id = "130624-881";
        StubbedServices.server.stubFor(get(urlEqualTo("/api/v1/departments/" + id + "/organization/2020")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"" + id + "\",\"name\":\"跨域局\",\"revision\":1}")));
        for (String part : new String[]{"budgets", "performance", "procurement", "assets"}) {
            StubbedServices.server.stubFor(get(urlEqualTo("/api/v1/departments/" + id + "/" + part + "/2020"))
                    .willReturn(aResponse().withStatus(404)));
        }
        // The first read composes; the second is answered from memory.
        for (int i = 0; i < 2; i++) {
            given().header("Origin", ANYONE).get("/api/v1/disclosures/{id}/2020", id).then().statusCode(200)
                    .header("Access-Control-Allow-Origin", "*")
                    .header("Access-Control-Expose-Headers", containsString("X-Disclosure-Complete"));
        }
    }

    @Test
    void onlyConfiguredOriginsMayWrite() {
        StubbedServices.server.stubFor(put(urlEqualTo("/api/v1/departments/130624-31")).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json").withBody("{}")));

        given().header("Origin", ANYONE).header("Access-Control-Request-Method", "PUT").options("/api/v1/departments/130624-31")
                .then().statusCode(204).header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", ANYONE).contentType("application/json").body("{}").put("/api/v1/departments/130624-31")
                .then().statusCode(403).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Origin"));
        StubbedServices.server.verify(0, putRequestedFor(urlEqualTo("/api/v1/departments/130624-31")));

        given().header("Origin", EDITOR).header("Access-Control-Request-Method", "PUT").options("/api/v1/departments/130624-31")
                .then().statusCode(204).header("Access-Control-Allow-Origin", EDITOR)
                .header("Access-Control-Allow-Methods", containsString("PUT"));
        given().header("Origin", EDITOR).contentType("application/json").body("{}").put("/api/v1/departments/130624-31")
                .then().statusCode(200).header("Access-Control-Allow-Origin", EDITOR);

        // Systems integrating over HTTP send no Origin and are not concerned.
        given().contentType("application/json").body("{}").put("/api/v1/departments/130624-31").then().statusCode(200);
    }
}
