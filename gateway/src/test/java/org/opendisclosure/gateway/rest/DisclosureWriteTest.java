package org.opendisclosure.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.ExactJson;
import org.opendisclosure.testing.OpenApiContract;
import org.opendisclosure.testing.TestTokens;

/**
 * A whole disclosure written through the gateway into the four services, stubbed as services that
 * keep revisions ({@link RevisionedDocuments}), and each way a service can get in the way.
 */
@QuarkusTest
@TestProfile(DisclosureWriteTest.CachedLong.class)
@WithTestResource(StubbedServices.class)
class DisclosureWriteTest {

    /**
     * Composed disclosures stay cached far longer than any test, so a read right after a write
     * shows the write only if the gateway forgot its copy; and the write circuits are this
     * class's own.
     */
    public static class CachedLong implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.cache.max-age", "1H");
        }
    }

    private static final String SAMPLE = "/sample/130624-203/2020/";
    private static final List<String> ALL_KEYS = List.of("organization", "summary", "operatingExpenses",
            "threePublicExpenses", "performance", "procurement", "assets", "glossary", "otherNotes");
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static Object stubbedOn;

    @BeforeEach
    void servicesKeepRevisions() {
        RestAssured.replaceFiltersWith(OpenApiContract.filter());
        if (stubbedOn != StubbedServices.server) {
            // Only this class's departments (division 139901), so other tests' stubs stay as they are.
            StubbedServices.server.stubFor(any(urlPathMatching("/api/v1/departments/139901-[^/]+(/(organization|budgets|performance|procurement|assets)/\\d{4})?"))
                    .willReturn(aResponse().withTransformers(RevisionedDocuments.NAME)));
            stubbedOn = StubbedServices.server;
        }
    }

    private static String newDepartment() {
        return "139901-" + NEXT.incrementAndGet();
    }

    /** The published 2020 disclosure of 中共阜平县委组织部, keyed as the gateway takes it. */
    static ObjectNode fixture() {
        ObjectNode disclosure = ExactJson.MAPPER.createObjectNode();
        JsonNode budget = ExactJson.resource(SAMPLE + "budget.json");
        disclosure.set("organization", ExactJson.resource(SAMPLE + "department.json"));
        disclosure.set("summary", budget.get("summary"));
        disclosure.set("operatingExpenses", budget.get("operatingExpenses"));
        disclosure.set("threePublicExpenses", budget.get("threePublicExpenses"));
        disclosure.set("performance", ExactJson.resource(SAMPLE + "performance.json"));
        disclosure.set("procurement", ExactJson.resource(SAMPLE + "procurement.json"));
        disclosure.set("assets", ExactJson.resource(SAMPLE + "assets.json"));
        disclosure.set("glossary", budget.get("glossary"));
        disclosure.set("otherNotes", budget.get("otherNotes"));
        return disclosure;
    }

    private static io.restassured.response.ValidatableResponse send(String id, JsonNode disclosure) {
        return given().contentType("application/json").body(ExactJson.write(disclosure))
                .put("/api/v1/disclosures/{id}/2020", id).then();
    }

    private static String path(String id, String resource) {
        return "/api/v1/departments/" + id + "/" + resource + "/2020";
    }

    /** Equal trees with every number's digits equal too (17.60 is not 17.6). */
    private static void assertSameDigits(JsonNode actual, JsonNode expected) {
        boolean same = expected.equals((a, b) -> {
            if (a.isNumber() && b.isNumber()) {
                return a.decimalValue().equals(b.decimalValue()) ? 0 : 1;
            }
            return a.equals(b) ? 0 : 1;
        }, actual);
        assertThat(same).as("%s%nis not, digit for digit,%n%s", ExactJson.write(actual), ExactJson.write(expected)).isTrue();
    }

    private static int realWrites(String id) {
        return StubbedServices.server.findAll(putRequestedFor(urlPathMatching("/api/v1/departments/" + id
                        + "/(organization|budgets|performance|procurement|assets)/.*"))
                .withQueryParam("dryRun", absent())).size();
    }

    @Test
    void theWholePublishedDisclosureIsStoredInItsServicesExactlyAsSent() {
        String id = newDepartment();
        ObjectNode disclosure = fixture();

        send(id, disclosure).statusCode(200)
                .header("Location", containsString("/api/v1/disclosures/" + id + "/2020"))
                .body("departmentId", equalTo(id))
                .body("fiscalYear", equalTo(2020))
                .body("disclosure", equalTo("/api/v1/disclosures/" + id + "/2020"))
                .body("parts.service", contains("budget-service", "budget-service", "performance-service",
                        "procurement-service", "assets-service"))
                .body("parts[1].keys", contains("summary", "operatingExpenses", "threePublicExpenses", "glossary", "otherNotes"))
                .body("parts.status", everyItem(equalTo("created")))
                .body("parts.revision", everyItem(equalTo(1)))
                .body("parts[2].resource", equalTo(path(id, "performance")));

        JsonNode budget = ExactJson.resource(SAMPLE + "budget.json");
        assertSameDigits(RevisionedDocuments.revisions(path(id, "organization")).get(0), ExactJson.resource(SAMPLE + "department.json"));
        assertSameDigits(RevisionedDocuments.revisions(path(id, "budgets")).get(0), budget);
        assertSameDigits(RevisionedDocuments.revisions(path(id, "performance")).get(0), ExactJson.resource(SAMPLE + "performance.json"));
        assertSameDigits(RevisionedDocuments.revisions(path(id, "procurement")).get(0), ExactJson.resource(SAMPLE + "procurement.json"));
        assertSameDigits(RevisionedDocuments.revisions(path(id, "assets")).get(0), ExactJson.resource(SAMPLE + "assets.json"));
        // The budget needs its department, which part 一 makes, so part 一 is stored first.
        List<String> written = RevisionedDocuments.writes().stream().filter(p -> p.contains(id)).toList();
        assertThat(written).hasSize(5);
        assertThat(written.indexOf(path(id, "organization"))).isLessThan(written.indexOf(path(id, "budgets")));
        assertThat(realWrites(id)).isEqualTo(5);
        // Each document was validated by its service before anything was stored.
        StubbedServices.server.verify(5, putRequestedFor(urlPathMatching("/api/v1/departments/" + id + "(/.*)?"))
                .withQueryParam("dryRun", com.github.tomakehurst.wiremock.client.WireMock.equalTo("true")));

        // The same disclosure again: every service sees the document it holds, and keeps it.
        send(id, disclosure).statusCode(200)
                .body("parts.status", everyItem(equalTo("unchanged")))
                .body("parts.revision", everyItem(equalTo(1)));
        assertThat(RevisionedDocuments.revisions(path(id, "assets"))).hasSize(1);
    }

    @Test
    void ifMatchWritesOnlyOverTheDisclosureItWasMadeFrom() {
        String id = newDepartment();
        ObjectNode disclosure = fixture();
        given().header("If-Match", "*").contentType("application/json").body(ExactJson.write(disclosure))
                .put("/api/v1/disclosures/{id}/2020", id).then().statusCode(412)
                .contentType("application/problem+json")
                .body("errors.field", contains("If-Match"))
                .body("detail", containsString("nothing was written"));
        assertThat(realWrites(id)).isZero();

        send(id, disclosure).statusCode(200);
        String read = given().get("/api/v1/disclosures/{id}/2020", id).then().statusCode(200).extract().header("ETag");

        ObjectNode renamed = disclosure.deepCopy();
        ((ObjectNode) renamed.get("organization")).put("name", "中共阜平县委组织部（更名）");
        given().header("If-Match", read).contentType("application/json").body(ExactJson.write(renamed))
                .put("/api/v1/disclosures/{id}/2020", id).then().statusCode(200)
                .body("parts[0].status", equalTo("revised"));
        int writes = realWrites(id);
        // Each part's service checks the ETag it had when the disclosure was read, as it stores the new one.
        for (String resource : List.of("organization", "budgets", "performance", "procurement", "assets")) {
            StubbedServices.server.verify(putRequestedFor(urlPathEqualTo(path(id, resource))).withQueryParam("dryRun", absent())
                    .withHeader("If-Match", com.github.tomakehurst.wiremock.client.WireMock.equalTo("\"r1\"")));
        }

        // A second writer that read the same disclosure is refused, though the gateway still holds no newer copy.
        given().header("If-Match", read).contentType("application/json").body(ExactJson.write(disclosure))
                .put("/api/v1/disclosures/{id}/2020", id).then().statusCode(412)
                .contentType("application/problem+json")
                .body("errors.field", contains("If-Match"))
                .body("errors[0].message", containsString("current ETag"));
        assertThat(realWrites(id)).isEqualTo(writes);
        assertThat(RevisionedDocuments.revisions(path(id, "organization"))).hasSize(2);

        given().header("If-Match", "*").contentType("application/json").body(ExactJson.write(renamed))
                .put("/api/v1/disclosures/{id}/2020", id).then().statusCode(200)
                .body("parts.status", everyItem(equalTo("unchanged")));
    }

    @Test
    void aPartChangedByAnotherWriterAfterTheCheckIsNotOverwrittenAndTheDisclosureSaysItIsIncomplete() {
        String id = newDepartment();
        ObjectNode disclosure = fixture();
        send(id, disclosure).statusCode(200);
        String read = given().get("/api/v1/disclosures/{id}/2020", id).then().statusCode(200).extract().header("ETag");
        // Another client writes assets straight to its service between the gateway's check and its write.
        StubMapping changed = StubbedServices.server.stubFor(put(urlPathEqualTo(path(id, "assets"))).withQueryParam("dryRun", absent())
                .willReturn(aResponse().withStatus(412).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":412,\"title\":\"Precondition failed\"}")));
        ObjectNode renamed = disclosure.deepCopy();
        ((ObjectNode) renamed.get("organization")).put("name", "中共阜平县委组织部（更名）");
        try {
            given().header("If-Match", read).contentType("application/json").body(ExactJson.write(renamed))
                    .put("/api/v1/disclosures/{id}/2020", id).then().statusCode(503)
                    .body("type", equalTo("urn:budget-disclosure:problem:partially-written"))
                    .body("parts[4].keys", contains("assets"))
                    .body("parts[4].status", equalTo("failed"))
                    .body("parts[4].reason", containsString("HTTP 412"));
        } finally {
            StubbedServices.server.removeStub(changed);
        }
        StubbedServices.server.verify(putRequestedFor(urlPathEqualTo(path(id, "assets"))).withQueryParam("dryRun", absent())
                .withHeader("If-Match", com.github.tomakehurst.wiremock.client.WireMock.equalTo("\"r1\"")));
        given().get("/api/v1/disclosures/{id}/2020", id).then().body("complete", equalTo(false))
                .body("incompleteWrite.parts", equalTo(ALL_KEYS));
    }

    @Test
    void aWriteOnConditionWaitsForTheWholeWriteUnderWayAndWritesNothing() {
        String id = newDepartment();
        ObjectNode disclosure = fixture();
        send(id, disclosure).statusCode(200);
        String read = given().get("/api/v1/disclosures/{id}/2020", id).then().statusCode(200).extract().header("ETag");
        int writes = realWrites(id);
        // Another gateway's write of the same disclosure has started and not completed.
        String other = "{\"writeId\":\"00000000-0000-4000-8000-000000000001\",\"state\":\"started\",\"parts\":[\"summary\"]}";
        recordDirectly(id, other);

        given().header("If-Match", read).contentType("application/json").body(ExactJson.write(disclosure))
                .put("/api/v1/disclosures/{id}/2020", id).then().statusCode(412)
                .contentType("application/problem+json")
                .body("errors.field", contains("If-Match"))
                .body("errors[0].message", containsString("another write of this disclosure is under way"));
        assertThat(realWrites(id)).isEqualTo(writes);

        String done = "{\"writeId\":\"00000000-0000-4000-8000-000000000001\",\"state\":\"completed\"}";
        recordDirectly(id, done);
        String now = given().get("/api/v1/disclosures/{id}/2020", id).then().statusCode(200).extract().header("ETag");
        given().header("If-Match", now).contentType("application/json").body(ExactJson.write(disclosure))
                .put("/api/v1/disclosures/{id}/2020", id).then().statusCode(200).body("completed", equalTo(true));
    }

    /** Straight to budget-service's record through the gateway's pass-through, which the gateway's own contract does not list. */
    private static void recordDirectly(String id, String change) {
        given().noFilters().header("Authorization", TestTokens.bearer(TestTokens.WRITER, "write:*")).contentType("application/json")
                .body(change).put("/api/v1/departments/{id}/disclosure-writes/2020", id).then().statusCode(200);
    }

    @Test
    void aWriteThatCannotBeRecordedAsStartedWritesNothing() {
        String id = newDepartment();
        StubMapping down = StubbedServices.server.stubFor(put(urlPathEqualTo("/api/v1/departments/" + id + "/disclosure-writes/2020"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        try {
            send(id, fixture()).statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("detail", containsString("nothing was written"));
        } finally {
            StubbedServices.server.removeStub(down);
        }
        assertThat(realWrites(id)).isZero();
    }

    @Test
    void aWriteWhoseCompletionCannotBeRecordedReadsAsIncompleteUntilSentAgain() {
        String id = newDepartment();
        StubMapping refusing = StubbedServices.server.stubFor(put(urlPathEqualTo("/api/v1/departments/" + id + "/disclosure-writes/2020"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("\"completed\""))
                .willReturn(aResponse().withStatus(500)));
        try {
            send(id, fixture()).statusCode(503).contentType("application/problem+json")
                    .body("type", equalTo("urn:budget-disclosure:problem:partially-written"))
                    .body("detail", containsString("Every part is stored"))
                    .body("completed", equalTo(false))
                    .body("parts.status", everyItem(equalTo("created")));
        } finally {
            StubbedServices.server.removeStub(refusing);
        }
        given().get("/api/v1/disclosures/{id}/2020", id).then().statusCode(200)
                .body("complete", equalTo(false)).body("incompleteWrite.parts", equalTo(ALL_KEYS));
        send(id, fixture()).statusCode(200).body("completed", equalTo(true)).body("parts.status", everyItem(equalTo("unchanged")));
        given().get("/api/v1/disclosures/{id}/2020", id).then().body("complete", equalTo(true)).body("incompleteWrite", nullValue());
    }

    @Test
    void ifMatchIsComparedWithTheDisclosureAsItIsNowNotTheCachedCopy() {
        String id = newDepartment();
        ObjectNode disclosure = fixture();
        send(id, disclosure).statusCode(200);
        String cached = given().get("/api/v1/disclosures/{id}/2020", id).then().statusCode(200).extract().header("ETag");

        // Another writer stores part 一 at its service directly: the gateway's copy (cached for an hour here) is stale.
        ObjectNode renamed = (ObjectNode) disclosure.get("organization").deepCopy();
        renamed.put("name", "中共阜平县委组织部（直接写入）");
        given().noFilters().baseUri(StubbedServices.server.baseUrl()).port(StubbedServices.server.port())
                .contentType("application/json").body(ExactJson.write(renamed))
                .put(path(id, "organization")).then().statusCode(200);
        given().get("/api/v1/disclosures/{id}/2020", id).then().statusCode(200).header("ETag", cached);
        int writes = realWrites(id);

        given().header("If-Match", cached).contentType("application/json").body(ExactJson.write(disclosure))
                .put("/api/v1/disclosures/{id}/2020", id).then().statusCode(412)
                .contentType("application/problem+json")
                .body("errors.field", contains("If-Match"));
        assertThat(realWrites(id)).isEqualTo(writes);
        assertThat(RevisionedDocuments.revisions(path(id, "organization"))).hasSize(2);
    }

    @Test
    void invalidPartsOfSeveralServicesAreReportedTogetherAndNothingIsWritten() {
        String id = newDepartment();
        invalid(path(id, "organization"), "name", "must not be blank");
        invalid(path(id, "budgets"), "summary.revenue.total", "must not be null");
        invalid(path(id, "performance"), "projects[3].code", "must be unique within the year");

        send(id, fixture()).statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("nothing was written"))
                .body("errors.field", contains("organization.name", "summary.revenue.total", "performance.projects[3].code"))
                .body("errors.message", contains("must not be blank", "must not be null", "must be unique within the year"));
        assertThat(realWrites(id)).isZero();
        assertThat(RevisionedDocuments.revisions(path(id, "assets"))).isEmpty();
    }

    private static void invalid(String path, String field, String message) {
        ObjectNode problem = ExactJson.MAPPER.createObjectNode();
        problem.put("type", "urn:budget-disclosure:problem:invalid-input").put("title", "Invalid input").put("status", 400)
                .put("detail", field + ": " + message);
        problem.putArray("errors").addObject().put("field", field).put("message", message);
        StubbedServices.server.stubFor(put(urlPathEqualTo(path))
                .withQueryParam("dryRun", com.github.tomakehurst.wiremock.client.WireMock.equalTo("true"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/problem+json")
                        .withBody(ExactJson.write(problem))));
    }

    @Test
    void aServiceThatCannotValidateStopsTheWriteBeforeAnythingIsStored() {
        String id = newDepartment();
        StubbedServices.server.stubFor(put(urlPathEqualTo(path(id, "assets")))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        // A service that ignores dryRun answers like a write, without saying it was a dry run.
        StubbedServices.server.stubFor(put(urlPathEqualTo(path(id, "procurement")))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withHeader("X-Revision-Created", "true").withBody("{\"revision\":1}")));

        send(id, fixture()).statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo("urn:budget-disclosure:problem:service-unavailable"))
                .body("detail", containsString("Nothing was written"))
                .body("unvalidated.keys", contains(List.of("procurement"), List.of("assets")))
                .body("unvalidated[0].reason", containsString("procurement-service did not confirm the dry run"))
                .body("unvalidated[1].reason", equalTo("assets-service cannot be reached"))
                .body("parts", nullValue());
        assertThat(realWrites(id)).isZero();
        assertThat(RevisionedDocuments.revisions(path(id, "organization"))).isEmpty();
    }

    @Test
    void aServiceFailingMidWayLeavesTheOthersStoredAndSendingAgainCompletesIt() {
        String id = newDepartment();
        ObjectNode disclosure = fixture();
        StubMapping failing = StubbedServices.server.stubFor(put(urlPathEqualTo(path(id, "procurement")))
                .withQueryParam("dryRun", absent())
                .willReturn(aResponse().withStatus(500).withBody("database is gone")));

        send(id, disclosure).statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo("urn:budget-disclosure:problem:partially-written"))
                .body("detail", containsString("Not stored: procurement"))
                .body("disclosure", equalTo("/api/v1/disclosures/" + id + "/2020"))
                .body("parts.status", contains("created", "created", "created", "failed", "created"))
                .body("parts[3].keys", contains("procurement"))
                .body("parts[3].reason", equalTo("procurement-service answered HTTP 500"))
                .body("parts[3].revision", nullValue());
        // A write is not retried: one that failed may still be running; sending the disclosure again is the client's to do.
        StubbedServices.server.verify(1, putRequestedFor(urlPathEqualTo(path(id, "procurement"))).withQueryParam("dryRun", absent()));
        assertThat(RevisionedDocuments.revisions(path(id, "procurement"))).isEmpty();
        given().get("/api/v1/disclosures/{id}/2020", id).then().statusCode(200)
                .body("complete", equalTo(false))
                .body("incompleteWrite.parts", equalTo(ALL_KEYS))
                .body("incompleteWrite.writtenBy", equalTo(TestTokens.WRITER));

        StubbedServices.server.removeStub(failing);
        send(id, disclosure).statusCode(200)
                .body("completed", equalTo(true))
                .body("parts.status", contains("unchanged", "unchanged", "unchanged", "created", "unchanged"))
                .body("parts.revision", everyItem(equalTo(1)));
        given().get("/api/v1/disclosures/{id}/2020", id).then().statusCode(200)
                .body("complete", equalTo(true))
                .body("incompleteWrite", nullValue());
        assertSameDigits(RevisionedDocuments.revisions(path(id, "procurement")).get(0), ExactJson.resource(SAMPLE + "procurement.json"));
        for (String resource : List.of("organization", "budgets", "performance", "assets")) {
            assertThat(RevisionedDocuments.revisions(path(id, resource))).as(resource).hasSize(1);
        }
    }

    @Test
    void theBudgetWaitsForItsDepartmentWhileTheOtherPartsAreStoredAnyway() {
        String id = newDepartment();
        ObjectNode disclosure = fixture();
        StubMapping failing = StubbedServices.server.stubFor(put(urlPathEqualTo(path(id, "organization")))
                .withQueryParam("dryRun", absent())
                .willReturn(aResponse().withStatus(502).withBody("upstream gone")));

        send(id, disclosure).statusCode(503)
                .body("type", equalTo("urn:budget-disclosure:problem:partially-written"))
                .body("parts.status", contains("failed", "failed", "created", "created", "created"))
                .body("parts[0].reason", equalTo("budget-service answered HTTP 502"))
                .body("parts[1].reason", containsString("not written"));
        StubbedServices.server.verify(0, putRequestedFor(urlPathEqualTo(path(id, "budgets"))).withQueryParam("dryRun", absent()));

        StubbedServices.server.removeStub(failing);
        send(id, disclosure).statusCode(200)
                .body("parts.status", contains("created", "created", "unchanged", "unchanged", "unchanged"));
    }

    @Test
    void invalidPartsAreReportedEvenWhileAnotherServiceCannotValidate() {
        String id = newDepartment();
        invalid(path(id, "performance"), "projects[0].budget", "must not be negative");
        StubbedServices.server.stubFor(put(urlPathEqualTo(path(id, "budgets")))
                .willReturn(aResponse().withStatus(503).withBody("overloaded")));

        // Resending unchanged cannot succeed, so the client learns what to fix now, and what was not checked.
        send(id, fixture()).statusCode(400)
                .body("errors.field", contains("performance.projects[0].budget"))
                .body("detail", containsString("Not validated yet: summary, operatingExpenses, threePublicExpenses, glossary, "
                        + "otherNotes (budget-service answered HTTP 503)"));
        assertThat(realWrites(id)).isZero();
    }

    @Test
    void aDisclosureLackingPartsOrWithUnknownOnesIsRefusedWhole() {
        String id = newDepartment();
        ObjectNode disclosure = fixture();
        disclosure.remove("procurement");
        disclosure.putNull("glossary");
        disclosure.put("appendix", "附件");

        send(id, disclosure).statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("procurement", "glossary", "appendix"))
                .body("errors[2].message", containsString("unknown part"));
        send(id, ExactJson.parse("[1, 2]")).statusCode(400).body("errors.field", contains("body"));
        given().contentType("application/json").body("{\"organization\": ").put("/api/v1/disclosures/{id}/2020", id)
                .then().statusCode(400).body("errors[0].field", equalTo("body"));
        send("139901", fixture()).statusCode(400).body("errors.field", contains("departmentId"));
        StubbedServices.server.verify(0, putRequestedFor(urlPathMatching("/api/v1/departments/" + id + "(/.*)?")));
    }

    @Test
    void onlyJsonWithinTheSizeLimitIsRead() {
        String id = newDepartment();
        given().contentType("text/plain").body("organization=中共阜平县委组织部").put("/api/v1/disclosures/{id}/2020", id)
                .then().statusCode(415).contentType("application/problem+json");
        ObjectNode huge = fixture();
        huge.put("otherNotes", "无".repeat(1_500_000));
        send(id, huge).statusCode(413).contentType("application/problem+json");
        StubbedServices.server.verify(0, putRequestedFor(urlPathMatching("/api/v1/departments/" + id + "(/.*)?")));
    }

    @Test
    void theComposedDisclosureShowsAWriteAtOnceAndCanBeSentBackAsItIs() {
        String id = newDepartment();
        ObjectNode disclosure = fixture();
        send(id, disclosure).statusCode(200);
        given().get("/api/v1/disclosures/{id}/2020", id).then().statusCode(200)
                .body("departmentName", equalTo("中共阜平县委组织部"))
                .body("complete", equalTo(true));

        ((ObjectNode) disclosure.get("organization")).put("name", "中共阜平县委组织部（机构改革后）");
        ((ObjectNode) disclosure.get("assets")).put("totalFixedAssets", new BigDecimal("90.10"));
        send(id, disclosure).statusCode(200)
                .body("parts.status", contains("revised", "unchanged", "unchanged", "unchanged", "revised"))
                .body("parts.revision", contains(2, 1, 1, 1, 2));

        // Cached for an hour, yet the read right after the write shows it.
        JsonNode composed = ExactJson.parse(given().get("/api/v1/disclosures/{id}/2020", id).then().statusCode(200)
                .body("departmentName", equalTo("中共阜平县委组织部（机构改革后）"))
                .body("parts.find { it.key == 'assets' }.revision", equalTo(2))
                .extract().asString());
        assertThat(composed.at("/parts/6/content/totalFixedAssets").decimalValue()).isEqualTo(new BigDecimal("90.10"));

        // What the gateway serves is what it takes: the parts' contents, keyed, write back unchanged.
        ObjectNode roundTrip = ExactJson.MAPPER.createObjectNode();
        composed.get("parts").forEach(part -> roundTrip.set(part.get("key").asText(), part.get("content")));
        assertThat(roundTrip.properties().stream().map(Map.Entry::getKey).toList()).containsExactlyInAnyOrderElementsOf(ALL_KEYS);
        send(id, roundTrip).statusCode(200)
                .body("parts.status", everyItem(equalTo("unchanged")));
    }

    @Test
    void theCallersTokenIsCheckedFirstAndPassedOnToEveryService() {
        String id = newDepartment();
        String body = ExactJson.write(fixture());
        given().spec(TestTokens.anonymous()).contentType("application/json").body(body)
                .put("/api/v1/disclosures/{id}/2020", id).then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer("neighbour", "write:139902")).contentType("application/json").body(body)
                .put("/api/v1/disclosures/{id}/2020", id).then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("may not write department " + id));
        StubbedServices.server.verify(0, putRequestedFor(urlPathMatching("/api/v1/departments/" + id + "(/.*)?")));

        String county = TestTokens.bearer("county-system", "write:139901");
        given().header("Authorization", county).contentType("application/json").body(body)
                .put("/api/v1/disclosures/{id}/2020", id).then().statusCode(200);
        // Dry runs, writes and the record of the write (started, completed) alike carry the caller's own token: each
        // service decides for itself.
        StubbedServices.server.verify(12, putRequestedFor(urlPathMatching("/api/v1/departments/" + id + "(/.*)?"))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo(county)));
    }

    @Test
    void theWriteIsInTheServedContract() {
        RestAssured.replaceFiltersWith(TestTokens.writer());
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/disclosures/{departmentId}/{year}'.put.responses.keySet()",
                        containsInAnyOrder("200", "400", "401", "403", "406", "412", "413", "415", "503"))
                .body("paths.'/api/v1/disclosures/{departmentId}/{year}'.put.parameters.findAll { it.in == 'header' }.name",
                        contains("If-Match"))
                .body("paths.'/api/v1/disclosures/{departmentId}/{year}'.put.security[0].bearer", empty())
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("components.schemas.DisclosureDocument.required", containsInAnyOrder(ALL_KEYS.toArray()));
    }
}
