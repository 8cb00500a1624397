package org.opendisclosure.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.RawHttp;
import org.opendisclosure.testing.TestTokens;

/** The services' own endpoints, reached through the gateway at the same paths. */
@QuarkusTest
@WithTestResource(StubbedServices.class)
class PassThroughTest {

    @BeforeEach
    void noContractFilter() {
        RestAssured.replaceFiltersWith(TestTokens.writer());
    }

    @Test
    void readsPassThroughWithStatusHeadersAndBytesUnchanged() {
        String csv = "departmentId,expenditureTotal\n130624-203,8529.41\n";
        StubbedServices.server.stubFor(get(urlPathEqualTo("/api/v1/fiscal-years/2020/budgets"))
                .withQueryParam("sort", equalTo("-expenditureTotal"))
                .withHeader("Accept", equalTo("text/csv"))
                .willReturn(aResponse().withHeader("Content-Type", "text/csv; charset=UTF-8").withHeader("ETag", "\"abc\"")
                        .withHeader("X-Total-Count", "1").withBody(csv)));
        given().accept("text/csv").queryParam("sort", "-expenditureTotal").get("/api/v1/fiscal-years/2020/budgets")
                .then().statusCode(200)
                .header("Content-Type", "text/csv; charset=UTF-8")
                .header("ETag", "\"abc\"")
                .header("X-Total-Count", "1")
                .body(org.hamcrest.Matchers.equalTo(csv));

        StubbedServices.server.stubFor(get(urlEqualTo("/api/v1/departments/130624-203/procurement/2020/ocds"))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":404}")));
        given().get("/api/v1/departments/130624-203/procurement/2020/ocds").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void thePublishedDocumentsKeptAndTheImportsRecordsAreServedByDocumentsServiceByteForByte() {
        byte[] pdf = ImportResourceTest.fixtureFile("pdf");
        String sha256 = org.opendisclosure.common.id.SourceDigest.of(pdf);
        String importId = "0b1e6c3a-5f0d-4c1e-9a59-2f6d2b7c8e01";
        for (String path : List.of("/api/v1/disclosures/130624-203/2020/source", "/api/v1/imports/" + importId + "/source",
                "/api/v1/sources/" + sha256)) {
            StubbedServices.server.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withHeader("Content-Type", "application/pdf")
                    .withHeader("ETag", "\"" + sha256 + "\"")
                    .withHeader("Content-Disposition", "attachment; filename=\"130624-203-2020.pdf\"").withBody(pdf)));
            byte[] answer = given().get(path).then().statusCode(200)
                    .header("Content-Type", "application/pdf")
                    .header("ETag", "\"" + sha256 + "\"")
                    .header("Content-Disposition", "attachment; filename=\"130624-203-2020.pdf\"")
                    .extract().asByteArray();
            org.assertj.core.api.Assertions.assertThat(answer).as(path).isEqualTo(pdf);
        }
        for (String path : List.of("/api/v1/disclosures/130624-203/2020/imports", "/api/v1/imports/" + importId)) {
            StubbedServices.server.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withHeader("Content-Type", "application/json")
                    .withBody("{\"id\":\"" + importId + "\"}")));
            given().get(path).then().statusCode(200).body("id", org.hamcrest.Matchers.equalTo(importId));
        }
        StubbedServices.server.stubFor(get(urlEqualTo("/api/v1/imports/" + importId + "/source"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        given().get("/api/v1/imports/" + importId + "/source").then().statusCode(503)
                .contentType("application/problem+json").body("detail", containsString("documents-service"));
        // The imports themselves are still the gateway's.
        given().spec(TestTokens.anonymous()).contentType("text/plain").body("x").post("/api/v1/imports").then().statusCode(401);
    }

    @Test
    void aDownloadIsPassedThroughAsTheServiceStreamsIt() {
        StringBuilder csv = new StringBuilder("\uFEFFdepartmentId,fiscalYear,projectCode,budget\r\n");
        for (int i = 0; i < 40_000; i++) {
            csv.append("130624-203,2020,P-").append(i).append(',').append(i).append(".05\r\n");
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        StubbedServices.server.stubFor(get(urlEqualTo("/api/v1/fiscal-years/2020/projects?download=true&sort=-budget"))
                .willReturn(aResponse().withHeader("Content-Type", "text/csv; charset=UTF-8")
                        .withHeader("Content-Disposition", "attachment; filename=\"projects-2020.csv\"")
                        .withBody(bytes).withChunkedDribbleDelay(20, 200)));
        byte[] answer = given().queryParam("download", "true").queryParam("sort", "-budget").get("/api/v1/fiscal-years/2020/projects")
                .then().statusCode(200)
                .header("Content-Type", "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"projects-2020.csv\"")
                .extract().asByteArray();
        org.assertj.core.api.Assertions.assertThat(answer).isEqualTo(bytes);

        StubbedServices.server.stubFor(get(urlEqualTo("/api/v1/fiscal-years/2020/assets?download=true"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        given().queryParam("download", "true").get("/api/v1/fiscal-years/2020/assets").then().statusCode(503)
                .contentType("application/problem+json").body("detail", containsString("assets-service"));
    }

    @Test
    void aQueryInRawUtf8AsCurlSendsItReachesTheServicePercentEncoded() throws Exception {
        StubbedServices.server.stubFor(get(urlEqualTo("/api/v1/departments?name=%E7%BB%84%E7%BB%87"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"totalItems\":1}")));
        RawHttp.Answer answer = RawHttp.send(RestAssured.port, "GET /api/v1/departments?name="
                + new String("组织".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)
                + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
        org.assertj.core.api.Assertions.assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(answer.body()).isEqualTo("{\"totalItems\":1}");
    }

    @Test
    void aWriteThroughTheGatewayIsForwardedAndShowsOnTheNextComposedRead() {
        String id = "130624-777";
        String organization = "/api/v1/departments/" + id + "/organization/2020";
        StubbedServices.server.stubFor(get(urlEqualTo(organization))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"" + id + "\",\"fiscalYear\":2020,\"name\":\"旧名\",\"revision\":1}")));
        StubbedServices.server.stubFor(get(urlEqualTo("/api/v1/departments/" + id + "/budgets/2020")).willReturn(aResponse().withStatus(404)));
        StubbedServices.server.stubFor(get(urlEqualTo("/api/v1/departments/" + id + "/performance/2020")).willReturn(aResponse().withStatus(404)));
        StubbedServices.server.stubFor(get(urlEqualTo("/api/v1/departments/" + id + "/procurement/2020")).willReturn(aResponse().withStatus(404)));
        StubbedServices.server.stubFor(get(urlEqualTo("/api/v1/departments/" + id + "/assets/2020")).willReturn(aResponse().withStatus(404)));
        given().get("/api/v1/disclosures/{id}/2020", id).then().statusCode(200).body("departmentName", org.hamcrest.Matchers.equalTo("旧名"));

        StubbedServices.server.stubFor(put(urlEqualTo(organization))
                .withRequestBody(equalToJson("{\"name\":\"新名\"}"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"revision\":2}")));
        StubbedServices.server.stubFor(get(urlEqualTo(organization))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"" + id + "\",\"fiscalYear\":2020,\"name\":\"新名\",\"revision\":2}")));
        given().contentType("application/json").body("{\"name\":\"新名\"}").put(organization)
                .then().statusCode(200).body("revision", org.hamcrest.Matchers.equalTo(2));
        StubbedServices.server.verify(1, putRequestedFor(urlEqualTo(organization))
                .withHeader("Content-Type", containing("application/json")));

        // Well within the cache's max-age, yet the composed read already shows the write.
        given().get("/api/v1/disclosures/{id}/2020", id).then().statusCode(200).body("departmentName", org.hamcrest.Matchers.equalTo("新名"));
        StubbedServices.server.verify(2, getRequestedFor(urlEqualTo(organization)));
    }

    @Test
    void aServiceThatCannotAnswerIsA503Problem() {
        StubbedServices.server.stubFor(get(urlEqualTo("/api/v1/fiscal-years/2020/assets"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        given().get("/api/v1/fiscal-years/2020/assets").then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("detail", containsString("assets-service cannot answer right now"));
        given().get("/api/v1/no-such-thing").then().statusCode(404).contentType("application/problem+json");
    }

    private static com.github.tomakehurst.wiremock.matching.StringValuePattern containing(String text) {
        return com.github.tomakehurst.wiremock.client.WireMock.containing(text);
    }
}
