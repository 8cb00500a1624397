package org.opendisclosure.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.TestTokens;

@QuarkusTest
@WithTestResource(StubbedServices.class)
class GatewayHealthTest {

    @Test
    void readinessSaysWhichServicesAreReadyAndStaysUpWhileAnyIs() {
        RestAssured.replaceFiltersWith(TestTokens.writer());
        StubbedServices.server.stubFor(get(urlEqualTo("/q/health/ready")).willReturn(aResponse().withStatus(200).withBody("{}")));
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Services behind the gateway"))
                .body("checks.find { it.name == 'Services behind the gateway' }.data.'budget-service'", equalTo("UP"));

        StubbedServices.server.stubFor(get(urlEqualTo("/q/health/ready")).willReturn(aResponse().withStatus(503).withBody("{}")));
        given().get("/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name == 'Services behind the gateway' }.data.'assets-service'", equalTo("DOWN"));
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/disclosures/{departmentId}/{year}'.get.responses.'200'", org.hamcrest.Matchers.notNullValue());
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
