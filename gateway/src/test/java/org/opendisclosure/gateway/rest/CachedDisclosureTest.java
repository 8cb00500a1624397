package org.opendisclosure.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.ExactJson;
import org.opendisclosure.testing.OpenApiContract;

/**
 * A disclosure read again while its composed copy is cached is answered from memory (on the event
 * loop) exactly as when it was composed; a copy read past half its max-age is recomposed in the
 * background.
 */
@QuarkusTest
@TestProfile(CachedDisclosureTest.SixSeconds.class)
@WithTestResource(StubbedServices.class)
class CachedDisclosureTest {

    /**
     * A max-age long enough that "past half, not yet expired" is a window of seconds: on a loaded
     * two-core machine a read meant for that window must not arrive after the copy expired.
     */
    public static class SixSeconds implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.cache.max-age", "6S");
        }
    }

    private static final AtomicInteger NEXT = new AtomicInteger(700);

    @BeforeEach
    void contract() {
        RestAssured.replaceFiltersWith(OpenApiContract.filter());
    }

    private static String allPartsAvailable(String assets) {
        String id = "130624-" + NEXT.incrementAndGet();
        ObjectNode department = (ObjectNode) ExactJson.resource("/sample/130624-203/2020/department.json");
        department.put("id", id).put("divisionCode", "130624").put("code", id.substring(7)).put("revision", 1)
                .put("revisedAt", "2026-01-02T03:04:05Z");
        stub("/api/v1/departments/" + id + "/organization/2020", department);
        ObjectNode budget = (ObjectNode) ExactJson.resource("/sample/130624-203/2020/budget.json");
        budget.put("departmentId", id).put("fiscalYear", 2020).put("revision", 1).put("revisedAt", "2026-01-02T03:04:06Z");
        stub("/api/v1/departments/" + id + "/budgets/2020", budget);
        stub("/api/v1/departments/" + id + "/performance/2020", part(id, "{\"projects\":[]}"));
        stub("/api/v1/departments/" + id + "/procurement/2020", part(id, "{\"total\":107.57,\"lines\":[]}"));
        stub("/api/v1/departments/" + id + "/assets/2020", part(id, assets));
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

    private static int assetsReads(String id) {
        return StubbedServices.server.findAll(getRequestedFor(urlEqualTo("/api/v1/departments/" + id + "/assets/2020"))).size();
    }

    @Test
    void aCachedDisclosureIsAnsweredWithTheBytesAndHeadersItWasComposedWith() {
        String id = allPartsAvailable("{\"totalFixedAssets\":82.22,\"buildingArea\":0.00}");
        Response composed = given().get("/api/v1/disclosures/{id}/2020", id).then().statusCode(200).extract().response();
        Response cached = given().get("/api/v1/disclosures/{id}/2020", id).then().statusCode(200).extract().response();

        assertThat(cached.asByteArray()).isEqualTo(composed.asByteArray());
        assertThat(cached.header("ETag")).isEqualTo(composed.header("ETag")).startsWith("\"").endsWith("\"");
        assertThat(cached.header("Content-Type")).isEqualToIgnoringCase(composed.header("Content-Type"))
                .isEqualToIgnoringCase("application/json;charset=UTF-8");
        assertThat(cached.header("X-Disclosure-Complete")).isEqualTo("true").isEqualTo(composed.header("X-Disclosure-Complete"));
        assertThat(cached.asString()).contains("\"totalFixedAssets\":82.22,\"buildingArea\":0.00");
        assertThat(assetsReads(id)).isEqualTo(1);

        String etag = composed.header("ETag");
        for (String ifNoneMatch : new String[] {etag, "W/" + etag, "\"other\", " + etag, "*"}) {
            Response notModified = given().header("If-None-Match", ifNoneMatch).get("/api/v1/disclosures/{id}/2020", id)
                    .then().statusCode(304).extract().response();
            assertThat(notModified.header("ETag")).isEqualTo(etag);
            assertThat(notModified.header("X-Disclosure-Complete")).isEqualTo("true");
            assertThat(notModified.asByteArray()).isEmpty();
        }
        given().header("If-None-Match", "\"other\"").get("/api/v1/disclosures/{id}/2020", id).then().statusCode(200);
    }

    @Test
    void whatTheResourceRefusesStaysRefusedWhenCached() {
        String id = allPartsAvailable("{\"totalFixedAssets\":82.22}");
        given().get("/api/v1/disclosures/{id}/2020", id).then().statusCode(200);

        given().noFilters().accept("text/csv").get("/api/v1/disclosures/{id}/2020", id).then().statusCode(406);
        given().header("Accept", "text/csv, application/json;q=0.5").get("/api/v1/disclosures/{id}/2020", id).then().statusCode(200);
        given().header("Accept", "*/*").get("/api/v1/disclosures/{id}/2020", id).then().statusCode(200);
        given().get("/api/v1/disclosures/{id}/1999", id).then().statusCode(400);
        String unpublished = "130624-" + NEXT.incrementAndGet();
        given().get("/api/v1/disclosures/{id}/2020", unpublished).then().statusCode(404);
        given().get("/api/v1/disclosures/{id}/2020", unpublished).then().statusCode(404); // "nothing" is cached too
    }

    @Test
    void anIncompleteDisclosureIsAnsweredFromMemoryAsIncomplete() {
        // absent rather than failing, so that no circuit breaker of the other tests' services opens
        String id = allPartsAvailable("{\"totalFixedAssets\":82.22}");
        StubbedServices.server.stubFor(get(urlEqualTo("/api/v1/departments/" + id + "/assets/2020"))
                .willReturn(aResponse().withStatus(404)));
        given().get("/api/v1/disclosures/{id}/2020", id).then().statusCode(200).header("X-Disclosure-Complete", "false");

        Response cached = given().get("/api/v1/disclosures/{id}/2020", id).then().statusCode(200).extract().response();

        assertThat(cached.header("X-Disclosure-Complete")).isEqualTo("false");
        JsonNode disclosure = ExactJson.parse(cached.asString());
        assertThat(disclosure.get("complete").asBoolean()).isFalse();
        assertThat(disclosure.at("/parts/6/status").asText()).isEqualTo("absent");
        assertThat(assetsReads(id)).isEqualTo(1);
    }

    @Test
    void aCopyReadPastHalfItsMaxAgeIsRecomposedInTheBackground() throws InterruptedException {
        String id = allPartsAvailable("{\"totalFixedAssets\":82.22}");
        given().get("/api/v1/disclosures/{id}/2020", id).then().statusCode(200);
        stub("/api/v1/departments/" + id + "/assets/2020", part(id, "{\"totalFixedAssets\":90.00}"));
        Thread.sleep(3_300);

        // still the cached copy, answered at once; its age starts a recomposition
        JsonNode served = ExactJson.parse(given().get("/api/v1/disclosures/{id}/2020", id).then().statusCode(200).extract().asString());
        assertThat(served.at("/parts/6/content/totalFixedAssets").decimalValue()).isEqualTo(new BigDecimal("82.22"));

        // which asks the services again without any further read
        long deadline = System.nanoTime() + 2_500_000_000L;
        while (assetsReads(id) < 2 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(assetsReads(id)).isEqualTo(2);
        JsonNode refreshed = ExactJson.parse(given().get("/api/v1/disclosures/{id}/2020", id).then().statusCode(200).extract().asString());
        assertThat(refreshed.at("/parts/6/content/totalFixedAssets").decimalValue()).isEqualTo(new BigDecimal("90.00"));
    }
}
