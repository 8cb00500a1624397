package org.opendisclosure.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import java.util.List;
import org.opendisclosure.testing.TestTokens;

/**
 * A year's list of disclosures stubbed with two departments, and the link to the second page of
 * one a row each, asked for with a proxy's forwarded headers.
 */
final class ProxyLinks {

    private ProxyLinks() {
    }


    static final String PUBLIC = "https://disclosures.example.gov.cn";

    static void stubYear(int year) {
        for (String list : new String[]{"budgets", "performance", "procurement", "assets"}) {
            String rows = list.equals("budgets")
                    ? "{\"departmentId\":\"130624-101\",\"divisionCode\":\"130624\",\"departmentName\":\"一\"},"
                    + "{\"departmentId\":\"130624-102\",\"divisionCode\":\"130624\",\"departmentName\":\"二\"}" : "";
            StubbedServices.server.stubFor(get(urlPathEqualTo("/api/v1/fiscal-years/" + year + "/" + list))
                    .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"items\":[" + rows
                            + "],\"page\":1,\"size\":1000,\"totalItems\":" + (rows.isEmpty() ? 0 : 2) + ",\"totalPages\":1}")));
        }
    }

    static String nextLink(int year) {
        RestAssured.replaceFiltersWith(TestTokens.writer());
        stubYear(year);
        return given().header("X-Forwarded-Host", "portal.example.gov.cn").header("X-Forwarded-Proto", "https")
                .queryParam("size", "1").get("/api/v1/fiscal-years/{year}/disclosures", year)
                .then().statusCode(200).extract().header("Link");
    }
}
