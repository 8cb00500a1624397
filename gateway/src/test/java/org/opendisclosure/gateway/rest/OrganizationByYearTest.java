package org.opendisclosure.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.ExactJson;
import org.opendisclosure.testing.OpenApiContract;

/** Part 一 (duties and units) belongs to a department's year: each disclosure shows its own year's, never another's. */
@QuarkusTest
@WithTestResource(StubbedServices.class)
class OrganizationByYearTest {

    private static final String ID = "130624-611";

    @BeforeEach
    void contract() {
        RestAssured.replaceFiltersWith(OpenApiContract.filter());
    }

    private static void organization(int year, String duty) {
        ObjectNode body = (ObjectNode) ExactJson.resource("/sample/130624-203/2020/department.json");
        body.put("id", ID).put("divisionCode", "130624").put("code", "611").put("fiscalYear", year).put("revision", 1)
                .put("revisedAt", "2026-01-02T03:04:05Z");
        body.putArray("duties").addObject().put("number", 1).put("text", duty);
        StubbedServices.server.stubFor(get(urlEqualTo("/api/v1/departments/" + ID + "/organization/" + year))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(ExactJson.write(body))));
    }

    private static void nothingElse(int year) {
        for (String document : new String[]{"budgets", "performance", "procurement", "assets"}) {
            StubbedServices.server.stubFor(get(urlEqualTo("/api/v1/departments/" + ID + "/" + document + "/" + year))
                    .willReturn(aResponse().withStatus(404)));
        }
    }

    @Test
    void eachYearsDisclosureShowsThatYearsDutiesAndAYearWithoutNoneOfAnothers() {
        organization(2020, "负责全县党的组织工作");
        organization(2021, "负责全县党的组织工作和人才工作");
        StubbedServices.server.stubFor(get(urlEqualTo("/api/v1/departments/" + ID + "/organization/2022"))
                .willReturn(aResponse().withStatus(404)));
        for (int year = 2020; year <= 2022; year++) {
            nothingElse(year);
        }
        // Another year's budget is there, so the 2022 disclosure exists, without a part 一.
        StubbedServices.server.stubFor(get(urlEqualTo("/api/v1/departments/" + ID + "/assets/2022"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"departmentId\":\"" + ID + "\",\"fiscalYear\":2022,\"totalFixedAssets\":1.50,\"revision\":1,"
                                + "\"revisedAt\":\"2026-01-01T00:00:00Z\"}")));

        given().get("/api/v1/disclosures/{id}/2020", ID).then().statusCode(200)
                .body("parts[0].key", equalTo("organization"))
                .body("parts[0].status", equalTo("available"))
                .body("parts[0].content.duties.text", contains("负责全县党的组织工作"))
                .body("parts[0].content.fiscalYear", nullValue());
        given().get("/api/v1/disclosures/{id}/2021", ID).then().statusCode(200)
                .body("parts[0].content.duties.text", contains("负责全县党的组织工作和人才工作"));
        given().get("/api/v1/disclosures/{id}/2022", ID).then().statusCode(200)
                .body("parts[0].status", equalTo("absent"))
                .body("absentParts", hasItem(1))
                .body("departmentName", nullValue())
                .body("parts[6].status", equalTo("available"))
                .body("parts[0]", not(org.hamcrest.Matchers.hasKey("content")));
    }
}
