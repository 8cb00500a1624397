package org.opendisclosure.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.TestTokens;

/** The suite's document holds the gateway's own operations and every service's. */
@QuarkusTest
@WithTestResource(StubbedServices.class)
class SuiteOpenApiTest {

    @Test
    void mergesTheServicesDocumentsIntoTheGatewaysOwn() {
        RestAssured.replaceFiltersWith(TestTokens.writer());
        StubbedServices.server.stubFor(get(urlPathEqualTo("/q/openapi")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("""
                        {"openapi":"3.1.0","paths":{
                           "/api/v1/departments/{departmentId}/assets/{year}":{"get":{"responses":{"200":{"description":"ok",
                             "content":{"application/json":{"schema":{"$ref":"#/components/schemas/AssetsView"}}}}}}},
                           "/api/v1/rules":{"get":{"responses":{"200":{"description":"the service's own",
                             "content":{"application/json":{"schema":{"$ref":"#/components/schemas/AssetsRules"}}}}}}}},
                         "components":{"schemas":{"AssetsView":{"type":"object","properties":{"total":{"$ref":"#/components/schemas/Amount"}}},
                           "Amount":{"type":"string"},"AssetsRules":{"type":"object"}}},
                         "tags":[{"name":"Assets"}]}""")));
        given().get("/api/v1/openapi").then().statusCode(200)
                .header("ETag", notNullValue())
                .body("paths.'/api/v1/disclosures/{departmentId}/{year}'.get", notNullValue())
                .body("paths.'/api/v1/departments/{departmentId}/assets/{year}'.get", notNullValue())
                .body("components.schemas.AssetsView", notNullValue())
                .body("components.schemas.Amount", notNullValue())
                // the gateway answers /api/v1/rules itself: what only the service's rules used is left out
                .body("paths.'/api/v1/rules'.get.responses.'200'.description", not(equalTo("the service's own")))
                .body("components.schemas", not(hasKey("AssetsRules")))
                .body("components.schemas.Problem", notNullValue())
                .body("tags.name", hasItem("Assets"))
                .body("tags.name", hasItem("Disclosures"));
    }
}
