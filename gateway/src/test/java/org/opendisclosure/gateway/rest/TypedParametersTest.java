package org.opendisclosure.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.TestTokens;

/** A parameter that cannot be what it names is the client's to fix: a 400 problem naming it, never a 404 or 5xx. */
@QuarkusTest
@WithTestResource(StubbedServices.class)
class TypedParametersTest {

    @BeforeEach
    void noContractFilter() {
        RestAssured.replaceFiltersWith(TestTokens.writer());
    }

    @Test
    void eachBadParameterIsNamed() {
        given().queryParam("page", "abc").get("/api/v1/fiscal-years/{year}/disclosures", 2020).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("page"));
        given().queryParam("sort", "-name").get("/api/v1/fiscal-years/{year}/findings", 2020).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("sort"))
                .body("detail", not(containsString("Exception")));
        given().queryParam("tolerance", "much").get("/api/v1/fiscal-years/{year}/findings", 2020).then().statusCode(400)
                .body("errors[0].field", equalTo("tolerance"));
        given().get("/api/v1/disclosures/{id}/{year}", "130624-203", "twenty").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        given().get("/api/v1/disclosures/{id}/{year}", "203", 2020).then().statusCode(400)
                .body("errors[0].field", equalTo("departmentId"));
    }
}
