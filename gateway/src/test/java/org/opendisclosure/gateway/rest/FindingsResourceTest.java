package org.opendisclosure.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.OpenApiContract;

/**
 * The findings of a stored disclosure: the services' own (stubbed: one from budget-service, none from
 * performance and procurement, assets-service failing) and the rules across parts, checked by the
 * gateway on the parts it composes.
 */
@QuarkusTest
@WithTestResource(StubbedServices.class)
class FindingsResourceTest {

    private static final String ID = "139903-203";
    private static final String FINDINGS = "/api/v1/disclosures/{id}/2020/findings";
    private static Object stubbedOn;

    @BeforeEach
    void services() {
        RestAssured.replaceFiltersWith(OpenApiContract.filter());
        if (stubbedOn == StubbedServices.server) {
            return;
        }
        var server = StubbedServices.server;
        server.stubFor(any(urlPathMatching("/api/v1/departments/139903-[^/]+(/(organization|budgets|performance|procurement|assets)/\\d{4})?"))
                .willReturn(aResponse().withTransformers(RevisionedDocuments.NAME)));
        server.stubFor(get(urlPathEqualTo("/api/v1/departments/" + ID + "/budgets/2020/findings")).willReturn(json("""
                {"departmentId":"139903-203","fiscalYear":2020,"tolerance":0,"counts":{"error":1,"warning":0,"info":0},
                 "findings":[{"rule":"summary.change-total","severity":"error",
                   "location":{"part":"summary","path":"changeFromLastYear.total.amount","row":null,"projectCode":null},
                   "figures":{"changeFromLastYear.total.amount":1549.15,"changeFromLastYear.other.amount":null},
                   "expected":"1120.05","actual":"1549.15","difference":429.10,"messageZh":"…","messageEn":"…"}]}""")));
        for (String part : new String[]{"performance", "procurement"}) {
            server.stubFor(get(urlPathEqualTo("/api/v1/departments/" + ID + "/" + part + "/2020/findings")).willReturn(json(
                    "{\"departmentId\":\"139903-203\",\"fiscalYear\":2020,\"tolerance\":0,"
                            + "\"counts\":{\"error\":0,\"warning\":0,\"info\":0},\"findings\":[]}")));
        }
        server.stubFor(get(urlPathEqualTo("/api/v1/departments/" + ID + "/assets/2020/findings"))
                .willReturn(aResponse().withStatus(500)));
        server.stubFor(get(urlPathEqualTo("/api/v1/rules")).willReturn(json("""
                {"rules":[{"id":"stub.rule","severity":"info","descriptionZh":"桩","descriptionEn":"stub","parts":["summary"]}]}""")));
        // The published document, stored through the gateway's import.
        given().contentType("text/plain").body(ImportResourceTest.fixture().getBytes(StandardCharsets.UTF_8))
                .queryParam("department", ID).post("/api/v1/imports").then().statusCode(201);
        stubbedOn = server;
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    @Test
    void theServicesFindingsAndThoseAcrossPartsComeInTheDocumentsOrderWithWhatCouldNotBeChecked() {
        given().get(FINDINGS, ID).then().statusCode(200)
                .header("ETag", containsString("\""))
                .body("departmentId", equalTo(ID))
                .body("tolerance", equalTo(0))
                .body("complete", equalTo(false))
                .body("unchecked", hasSize(1))
                .body("unchecked[0].service", equalTo("assets-service"))
                .body("unchecked[0].parts", contains("assets"))
                .body("unchecked[0].reason", containsString("500"))
                .body("findings.rule", contains("summary.change-total", "cross.procurement-projects"))
                .body("findings[0].figures['changeFromLastYear.total.amount']", equalTo(1549.15f))
                .body("findings[1].location.path", equalTo("lines[9].projectName"))
                .body("findings[1].severity", equalTo("warning"))
                .body("counts.error", equalTo(1))
                .body("counts.warning", equalTo(1));
    }

    @Test
    void aConditionalReadOfUnchangedFindingsIsNotModified() {
        String etag = given().get(FINDINGS, ID).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get(FINDINGS, ID).then().statusCode(304);
    }

    @Test
    void nothingPublishedIs404AndBadInputNamesTheParameter() {
        given().get(FINDINGS, "139903-999").then().statusCode(404).contentType("application/problem+json");
        given().get(FINDINGS, "139903").then().statusCode(400).body("errors[0].field", equalTo("departmentId"));
        given().queryParam("tolerance", "abc").get(FINDINGS, ID).then().statusCode(400)
                .body("errors[0].field", equalTo("tolerance"));
    }

    @Test
    void theCatalogueHasEveryServicesRulesAndTheRulesAcrossParts() {
        given().get("/api/v1/rules").then().statusCode(200)
                .body("unavailable", hasSize(0))
                .body("rules.id", hasItems("stub.rule", "cross.project-expenditure", "cross.vehicle-operation", "cross.reception",
                        "cross.procurement-projects", "cross.vehicle-assets"))
                .body("rules.find { it.id == 'cross.procurement-projects' }.parts", contains("procurement", "performance"));
    }
}
