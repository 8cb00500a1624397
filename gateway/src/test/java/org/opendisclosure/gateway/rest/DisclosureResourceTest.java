package org.opendisclosure.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.lessThanOrExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.ExactJson;
import org.opendisclosure.testing.OpenApiContract;

/** The composed disclosure with the four services stubbed: whole, and with each way a service can fail. */
@QuarkusTest
@WithTestResource(StubbedServices.class)
class DisclosureResourceTest {

    private static final AtomicInteger NEXT = new AtomicInteger(500);

    @BeforeEach
    void contract() {
        RestAssured.replaceFiltersWith(OpenApiContract.filter());
    }

    /** A department no other test uses, with every part stubbed as available. */
    static String allPartsAvailable() {
        String id = "130624-" + NEXT.incrementAndGet();
        ObjectNode department = (ObjectNode) ExactJson.resource("/sample/130624-203/2020/department.json");
        department.put("id", id).put("divisionCode", "130624").put("code", id.substring(7)).put("revision", 2)
                .put("revisedAt", "2026-01-02T03:04:05Z");
        stub("/api/v1/departments/" + id + "/organization/2020", department);
        ObjectNode budget = (ObjectNode) ExactJson.resource("/sample/130624-203/2020/budget.json");
        budget.put("departmentId", id).put("fiscalYear", 2020).put("revision", 3).put("revisedAt", "2026-01-02T03:04:06Z");
        stub("/api/v1/departments/" + id + "/budgets/2020", budget);
        stub("/api/v1/departments/" + id + "/performance/2020",
                part(id, "{\"projects\":[{\"code\":\"203-0401-YXN-X52V\",\"budget\":17.60}]}"));
        stub("/api/v1/departments/" + id + "/procurement/2020", part(id, "{\"total\":107.57,\"lines\":[]}"));
        stub("/api/v1/departments/" + id + "/assets/2020", part(id, "{\"totalFixedAssets\":82.22,\"buildingArea\":0.00}"));
        return id;
    }

    private static ObjectNode part(String id, String content) {
        ObjectNode body = (ObjectNode) ExactJson.parse(content);
        body.put("departmentId", id).put("fiscalYear", 2020).put("revision", 1).put("revisedAt", "2026-01-01T00:00:00Z");
        return body;
    }

    private static void stub(String path, JsonNode body) {
        StubbedServices.server.stubFor(get(urlEqualTo(path)).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody(ExactJson.write(body))));
    }

    private static JsonNode read(String id) {
        return ExactJson.parse(given().get("/api/v1/disclosures/{id}/2020", id).then().statusCode(200).extract().asString());
    }

    @Test
    void composesAllNinePartsInTheDocumentsOrderWithTheServicesFiguresUnchanged() {
        String id = allPartsAvailable();
        JsonNode disclosure = ExactJson.parse(given().get("/api/v1/disclosures/{id}/2020", id).then().statusCode(200)
                .header("X-Disclosure-Complete", "true")
                .body("parts.part", contains(1, 2, 3, 4, 5, 6, 7, 8, 9))
                .body("parts.status", contains("available", "available", "available", "available", "available",
                        "available", "available", "available", "available"))
                .extract().asString());
        assertThat(disclosure.get("title").asText()).isEqualTo("中共阜平县委组织部2020年部门预算信息公开");
        assertThat(disclosure.get("complete").asBoolean()).isTrue();
        ObjectNode budget = (ObjectNode) ExactJson.resource("/sample/130624-203/2020/budget.json");
        assertThat(disclosure.at("/parts/1/content")).isEqualTo(budget.get("summary"));
        assertThat(disclosure.at("/parts/2/content")).isEqualTo(budget.get("operatingExpenses"));
        assertThat(disclosure.at("/parts/3/content")).isEqualTo(budget.get("threePublicExpenses"));
        assertThat(disclosure.at("/parts/7/content")).isEqualTo(budget.get("glossary"));
        assertThat(disclosure.at("/parts/8/content").asText()).isEqualTo("无其他需说明的事项。");
        assertThat(disclosure.at("/parts/1/revision").asInt()).isEqualTo(3);
        assertThat(disclosure.at("/parts/0/revision").asInt()).isEqualTo(2);
        assertThat(disclosure.at("/parts/0/content/units/0/code").asText()).isEqualTo("203002");
        assertThat(disclosure.at("/parts/0/content").has("id")).isFalse();
        // Digits pass through untouched: 17.60 stays 17.60, 0.00 stays 0.00.
        assertThat(disclosure.at("/parts/4/content/projects/0/budget").decimalValue()).isEqualTo(new BigDecimal("17.60"));
        assertThat(disclosure.at("/parts/6/content/buildingArea").decimalValue()).isEqualTo(new BigDecimal("0.00"));
        assertThat(disclosure.at("/parts/4/content").has("revision")).isFalse();
    }

    @Test
    void aFailingServiceMarksOnlyItsPartsUnavailable() {
        String id = allPartsAvailable();
        StubbedServices.server.stubFor(get(urlEqualTo("/api/v1/departments/" + id + "/performance/2020"))
                .willReturn(aResponse().withStatus(500).withBody("boom")));
        given().get("/api/v1/disclosures/{id}/2020", id).then().statusCode(200)
                .header("X-Disclosure-Complete", "false")
                .body("complete", equalTo(false))
                .body("unavailableParts", contains(5))
                .body("absentParts", org.hamcrest.Matchers.empty())
                .body("parts[4].status", equalTo("unavailable"))
                .body("parts[4].reason", equalTo("performance-service answered HTTP 500"))
                .body("parts[4].content", nullValue())
                .body("parts[5].status", equalTo("available"));
        // A read is idempotent, so the gateway tried twice before giving up.
        StubbedServices.server.verify(2, getRequestedFor(urlEqualTo("/api/v1/departments/" + id + "/performance/2020")));
    }

    @Test
    void aSlowServiceIsGivenUpAfterTheTimeout() {
        String id = allPartsAvailable();
        StubbedServices.server.stubFor(get(urlEqualTo("/api/v1/departments/" + id + "/procurement/2020"))
                .willReturn(aResponse().withFixedDelay(4000).withHeader("Content-Type", "application/json").withBody("{}")));
        long started = System.nanoTime();
        given().get("/api/v1/disclosures/{id}/2020", id).then().statusCode(200)
                .body("parts[5].status", equalTo("unavailable"))
                .body("parts[5].reason", equalTo("procurement-service did not answer in time"))
                .body("parts[6].status", equalTo("available"));
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(3500);
    }

    @Test
    void garbageAndBrokenConnectionsAreUnavailableToo() {
        String id = allPartsAvailable();
        StubbedServices.server.stubFor(get(urlEqualTo("/api/v1/departments/" + id + "/assets/2020"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("<html>proxy error</html>")));
        StubbedServices.server.stubFor(get(urlEqualTo("/api/v1/departments/" + id + "/procurement/2020"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        given().get("/api/v1/disclosures/{id}/2020", id).then().statusCode(200)
                .body("unavailableParts", contains(6, 7))
                .body("parts[6].reason", equalTo("assets-service answered with something that is not JSON"))
                .body("parts[5].reason", equalTo("procurement-service cannot be reached"));
    }

    @Test
    void anUnpublishedPartIsAbsentNotAFailure() {
        String id = allPartsAvailable();
        StubbedServices.server.stubFor(get(urlEqualTo("/api/v1/departments/" + id + "/procurement/2020"))
                .willReturn(aResponse().withStatus(404)));
        given().get("/api/v1/disclosures/{id}/2020", id).then().statusCode(200)
                .body("complete", equalTo(false))
                .body("absentParts", contains(6))
                .body("unavailableParts", org.hamcrest.Matchers.empty())
                .body("parts[5].status", equalTo("absent"))
                .body("parts[5].reason", nullValue());
        StubbedServices.server.verify(1, getRequestedFor(urlEqualTo("/api/v1/departments/" + id + "/procurement/2020")));
    }

    @Test
    void nothingPublishedAtAllIsNotFound() {
        given().get("/api/v1/disclosures/{id}/2020", "999999-1").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("999999-1"));
        given().get("/api/v1/disclosures/{id}/1999", "130624-203").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
    }

    @Test
    void composedDisclosuresAreServedFromMemoryAndCarryAnETag() throws InterruptedException {
        String id = allPartsAvailable();
        String etag = given().get("/api/v1/disclosures/{id}/2020", id).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/disclosures/{id}/2020", id).then().statusCode(304);
        given().get("/api/v1/disclosures/{id}/2020", id).then().statusCode(200).header("ETag", etag);
        // Three reads, not three compositions: one, plus at most one background refresh if the reads
        // straddle half the max-age on a slow machine.
        StubbedServices.server.verify(lessThanOrExactly(2), getRequestedFor(urlEqualTo("/api/v1/departments/" + id + "/assets/2020")));

        // A change made at a service directly shows once the cached copy has expired.
        stub("/api/v1/departments/" + id + "/assets/2020", part(id, "{\"totalFixedAssets\":90.00}"));
        Thread.sleep(1300);
        JsonNode after = read(id);
        assertThat(after.at("/parts/6/content/totalFixedAssets").decimalValue()).isEqualTo(new BigDecimal("90.00"));
    }
}
