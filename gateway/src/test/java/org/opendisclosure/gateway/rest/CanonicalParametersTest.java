package org.opendisclosure.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
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

/**
 * Identifiers in their one spelling and tolerances an amount can use: anything else is a 400
 * naming the parameter, answered before a service is asked or a cache is looked in, so a second
 * spelling of a department never becomes a second cached disclosure.
 */
@QuarkusTest
@WithTestResource(StubbedServices.class)
class CanonicalParametersTest {

    @BeforeEach
    void noContractFilter() {
        RestAssured.replaceFiltersWith(TestTokens.writer());
    }

    @Test
    void aDepartmentIdSpelledAnyOtherWayIsRefusedNamingIt() {
        for (String other : new String[]{" 130624-203", "130624-203 ", "130624-203\u0000", "\t130624-203", "130624-203\t",
                "130624-203\n", "%20130624-203"}) {
            for (String path : new String[]{"/api/v1/disclosures/{id}/2020", "/api/v1/disclosures/{id}/2020/findings"}) {
                given().get(path, other).then().statusCode(400).contentType("application/problem+json")
                        .body("type", equalTo("urn:budget-disclosure:problem:invalid-input"))
                        .body("errors[0].field", equalTo("departmentId"))
                        .body("detail", containsString("with nothing around them"));
            }
        }
        // The problem's instance is the path as sent, so the NUL shows as the %00 it was.
        given().get("/api/v1/disclosures/{id}/2020", "130624-203\u0000").then().statusCode(400)
                .body("instance", equalTo("/api/v1/disclosures/130624-203%00/2020"));
        given().contentType("application/json").body("{}").put("/api/v1/disclosures/{id}/2020", "130624-203 ")
                .then().statusCode(400).body("errors[0].field", equalTo("departmentId"));
        // None of them reached a service, so none of them can have been composed and cached under its spelling.
        assertThat(StubbedServices.server.findAll(anyRequestedFor(urlMatching(".*130624-203(%20|%00|%09|%0A|\\s).*")))).isEmpty();
        assertThat(StubbedServices.server.findAll(anyRequestedFor(urlMatching(".*/(%20|%09)130624-203/.*")))).isEmpty();
    }

    @Test
    void anImportForADepartmentSpelledAnotherWayIsRefusedNamingIt() throws Exception {
        String document;
        try (var in = CanonicalParametersTest.class.getResourceAsStream("/fixtures/fuping-organization-department-2020.txt")) {
            document = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        for (String[] query : new String[][]{{"department", " 130624-203"}, {"department", "130624-203 "}, {"division", "130624 "}}) {
            given().contentType("text/plain; charset=UTF-8").body(document).queryParam(query[0], query[1]).queryParam("dryRun", "true")
                    .post("/api/v1/imports").then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo(query[0]));
        }
    }

    @Test
    void aYearSpelledAnyOtherWayIsRefusedNamingIt() {
        for (String other : new String[]{"02020", " 2020", "2020 ", "+2020"}) {
            given().get("/api/v1/disclosures/{id}/{year}", "130624-203", other).then().statusCode(400)
                    .body("errors[0].field", equalTo("year"));
        }
    }

    @Test
    void aToleranceNoAmountCanUseIsRefusedNamingIt() {
        for (String tolerance : new String[]{"1e-10000", "1e-9999", "1e10000", "-1e10000", "1e999999999", "0.0000001"}) {
            for (String path : new String[]{"/api/v1/disclosures/130624-203/2020/findings", "/api/v1/fiscal-years/2020/findings"}) {
                given().queryParam("tolerance", tolerance).get(path).then().statusCode(400)
                        .contentType("application/problem+json")
                        .body("errors[0].field", equalTo("tolerance"))
                        .body("detail", not(containsString("BigDecimal")))
                        .body("detail", not(containsString("Feature")));
            }
        }
    }
}
