package org.opendisclosure.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.TestTokens;

/** The dimensions listed by the gateway, their values asked of the service that keeps them. */
@QuarkusTest
@WithTestResource(StubbedServices.class)
class MembersResourceTest {

    @BeforeEach
    void noContractFilter() {
        RestAssured.replaceFiltersWith(TestTokens.writer());
    }

    @Test
    void listsEveryDimensionWithItsPartServiceAndLink() {
        given().get("/api/v1/members").then().statusCode(200)
                .body("items.dimension", contains("divisions", "unit-natures", "economic-classes", "indicator-categories", "catalogue-codes"))
                .body("items.part", contains("organization", "organization", "operatingExpenses", "performance", "procurement"))
                .body("items.partNumber", contains(1, 1, 3, 5, 6))
                .body("items.service", contains("budget-service", "budget-service", "budget-service", "performance-service",
                        "procurement-service"))
                .body("items[4].href", equalTo("http://localhost:8080/api/v1/members/catalogue-codes"));
    }

    @Test
    void aDimensionsValuesAreTheServicesAnswerAsItIs() {
        String page = "{\"items\":[{\"value\":\"A09\",\"name\":\"办公用品\",\"parent\":\"GOODS\",\"departments\":2,\"occurrences\":16}],"
                + "\"page\":1,\"size\":50,\"totalItems\":1,\"totalPages\":1}";
        StubbedServices.server.stubFor(get(urlEqualTo("/api/v1/members/catalogue-codes?fiscalYear=2020"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withHeader("X-Total-Count", "1")
                        .withHeader("ETag", "\"m1\"").withBody(page)));
        given().queryParam("fiscalYear", "2020").get("/api/v1/members/catalogue-codes").then().statusCode(200)
                .header("X-Total-Count", "1").header("ETag", "\"m1\"")
                .body(equalTo(page));
        StubbedServices.server.stubFor(get(urlEqualTo("/api/v1/members/divisions?fiscalYear=20x0"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":400,\"errors\":[{\"field\":\"fiscalYear\",\"message\":\"must be a year\"}]}")));
        given().queryParam("fiscalYear", "20x0").get("/api/v1/members/divisions").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("fiscalYear"));
    }

    @Test
    void anUnknownDimensionIsA404NamingTheKnownOnes() {
        given().get("/api/v1/members/colours").then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("divisions, unit-natures, economic-classes, indicator-categories, catalogue-codes"));
        given().get("/api/v1/members/divisions/extra").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aServiceThatCannotAnswerIsA503WithRetryAfter() {
        StubbedServices.server.stubFor(get(urlEqualTo("/api/v1/members/indicator-categories"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        given().get("/api/v1/members/indicator-categories").then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", "5")
                .body("detail", containsString("performance-service cannot answer right now"));
    }

    @Test
    void theDrillDownsPassThroughToTheirServices() {
        String csv = "category,label,departments,previousYear,currentYear,change,departmentsStatingChange\n"
                + "RECEPTION,公务接待费,1,0.25,0.05,0.2,1\n";
        StubbedServices.server.stubFor(get(urlEqualTo("/api/v1/fiscal-years/2020/three-public?category=RECEPTION&format=csv"))
                .willReturn(aResponse().withHeader("Content-Type", "text/csv; charset=UTF-8").withHeader("X-Total-Count", "1").withBody(csv)));
        given().queryParam("category", "RECEPTION").queryParam("format", "csv").get("/api/v1/fiscal-years/2020/three-public").then()
                .statusCode(200).header("X-Total-Count", "1").body(equalTo(csv));
        StubbedServices.server.stubFor(get(urlEqualTo("/api/v1/fiscal-years/2020/indicator-categories?by=department"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        given().queryParam("by", "department").get("/api/v1/fiscal-years/2020/indicator-categories").then().statusCode(503)
                .header("Retry-After", "5").body("detail", containsString("performance-service"));
    }
}
