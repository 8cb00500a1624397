package org.opendisclosure.documents.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.common.id.SourceDigest;
import org.opendisclosure.testing.EmbeddedPostgresResource;
import org.opendisclosure.testing.OpenApiContract;
import org.opendisclosure.testing.TestTokens;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "documents"))
class ImportRecordResourceTest {

    private static final String IMPORT = "/api/v1/imports/{importId}";
    private static final String DISCLOSURE = "/api/v1/disclosures/{departmentId}/{year}";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger DEPARTMENTS = new AtomicInteger();

    @BeforeEach
    void contract() {
        RestAssured.replaceFiltersWith(OpenApiContract.filter());
    }

    /** A department no other test writes. */
    private static String department() {
        return "130624-" + (900 + DEPARTMENTS.incrementAndGet()) + System.nanoTime() % 1000;
    }

    private static ObjectNode record(String departmentId, String source, String fileName) {
        ObjectNode record = JSON.createObjectNode();
        record.put("departmentId", departmentId).put("fiscalYear", 2020).put("source", source).put("outcome", "partial");
        if (fileName != null) {
            record.put("fileName", fileName);
        }
        ArrayNode parts = record.putArray("parts");
        parts.addObject().put("key", "organization").put("service", "budget-service").put("status", "created").put("revision", 1)
                .set("lines", JSON.createObjectNode().put("firstLine", 6).put("lastLine", 53)
                        .put("firstLocation", "page 1").put("lastLocation", "table 1, row 9, cell 5"));
        parts.addObject().put("key", "summary").put("service", "budget-service").put("status", "unchanged").put("revision", 3)
                .set("lines", JSON.createObjectNode().put("firstLine", 54).put("lastLine", 66));
        parts.addObject().put("key", "assets").put("service", "assets-service").put("status", "not-stored")
                .put("reason", "第七部分 could not be read: 1 problem")
                .set("lines", JSON.createObjectNode().put("firstLine", 3270).put("lastLine", 3306));
        return record;
    }

    private static Response put(String id, ObjectNode record) {
        return given().contentType("application/json").body(record.toString()).put(IMPORT, id);
    }

    @Test
    void anImportIsRecordedWithItsSenderPartsRevisionsAndLinesAndItsSourceIsServedUnderItsName() {
        byte[] docx = SourceResourceTest.fixture("docx");
        SourceResourceTest.keep(docx).then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
        String sha256 = SourceDigest.of(docx);
        String department = department();
        String id = UUID.randomUUID().toString();

        put(id, record(department, sha256, "阜平县委组织部2020年部门预算.docx")).then().statusCode(201)
                .header("Location", "http://localhost:8080/api/v1/imports/" + id)
                .body("id", equalTo(id))
                .body("sentBy", equalTo(TestTokens.WRITER))
                .body("disclosure", equalTo("/api/v1/disclosures/" + department + "/2020"))
                .body("source.sha256", equalTo(sha256))
                .body("source.mediaType", equalTo(SourceResourceTest.DOCX))
                .body("source.content", equalTo("/api/v1/imports/" + id + "/source"));

        given().get(IMPORT, id).then().statusCode(200)
                .body("outcome", equalTo("partial"))
                .body("fileName", equalTo("阜平县委组织部2020年部门预算.docx"))
                .body("parts.key", contains("organization", "summary", "assets"))
                .body("parts.revision", contains(1, 3, null))
                .body("parts.status", contains("created", "unchanged", "not-stored"))
                .body("parts[0].lines.firstLine", equalTo(6))
                .body("parts[0].lines.lastLocation", equalTo("table 1, row 9, cell 5"))
                .body("parts[1].lines.firstLocation", nullValue())
                .body("parts[2].reason", containsString("第七部分"));

        Response source = given().get(IMPORT + "/source", id);
        source.then().statusCode(200).contentType(SourceResourceTest.DOCX).header("ETag", "\"" + sha256 + "\"")
                .header("Content-Disposition", containsString("filename*=UTF-8''%E9%98%9C%E5%B9%B3"));
        assertThat(source.asByteArray()).isEqualTo(docx);
    }

    @Test
    void theLatestImportsSourceIsTheDisclosuresAndTheListIsNewestFirst() {
        byte[] docx = SourceResourceTest.fixture("docx");
        byte[] pdf = SourceResourceTest.fixture("pdf");
        SourceResourceTest.keep(docx);
        SourceResourceTest.keep(pdf);
        String department = department();
        given().get(DISCLOSURE + "/source", department, 2020).then().statusCode(404).contentType("application/problem+json");
        given().get(DISCLOSURE + "/imports", department, 2020).then().statusCode(200).body("totalItems", equalTo(0));

        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        put(first, record(department, SourceDigest.of(docx), null)).then().statusCode(201);
        put(second, record(department, SourceDigest.of(pdf), null)).then().statusCode(201);

        Response latest = given().get(DISCLOSURE + "/source", department, 2020);
        latest.then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", startsWithName(department + "-2020.pdf"));
        assertThat(latest.asByteArray()).isEqualTo(pdf);
        given().get(DISCLOSURE + "/imports", department, 2020).then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.id", contains(second, first));
        given().get(DISCLOSURE + "/imports?size=1&page=2", department, 2020).then().statusCode(200)
                .body("items.id", contains(first)).body("totalPages", equalTo(2));
        given().get(DISCLOSURE + "/imports", department, 2021).then().statusCode(200).body("totalItems", equalTo(0));
    }

    private static org.hamcrest.Matcher<String> startsWithName(String name) {
        return org.hamcrest.Matchers.startsWith("attachment; filename=\"" + name + "\"");
    }

    @Test
    void theSameRecordAgainChangesNothingAndAnotherUnderTheSameIdIsAConflict() {
        byte[] pdf = SourceResourceTest.fixture("pdf");
        SourceResourceTest.keep(pdf);
        String department = department();
        String id = UUID.randomUUID().toString();
        String receivedAt = put(id, record(department, SourceDigest.of(pdf), null)).then().statusCode(201)
                .extract().path("receivedAt");

        put(id, record(department, SourceDigest.of(pdf), null)).then().statusCode(200).body("receivedAt", equalTo(receivedAt));
        ObjectNode other = record(department, SourceDigest.of(pdf), null);
        other.put("outcome", "imported");
        put(id, other).then().statusCode(409).contentType("application/problem+json");

        given().get(IMPORT, id).then().statusCode(200).body("outcome", equalTo("partial"));
        given().get(DISCLOSURE + "/imports", department, 2020).then().body("totalItems", equalTo(1));
    }

    @Test
    void aRecordOfASourceNotKeptOrWithBadFieldsIsRefusedNamingTheFieldAndNothingIsRecorded() {
        String department = department();
        String unknown = SourceDigest.of(("never sent " + System.nanoTime()).getBytes());
        String id = UUID.randomUUID().toString();

        put(id, record(department, unknown, null)).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("source"));
        given().get(IMPORT, id).then().statusCode(404).contentType("application/problem+json");

        String kept = SourceDigest.of(SourceResourceTest.fixture("pdf"));
        SourceResourceTest.keep(SourceResourceTest.fixture("pdf"));
        ObjectNode badYear = record(department, kept, null);
        badYear.put("fiscalYear", 1999);
        put(id, badYear).then().statusCode(400).body("errors.field", hasItem("fiscalYear"));
        ObjectNode badDepartment = record("130624_203", kept, null);
        put(id, badDepartment).then().statusCode(400).body("errors.field", hasItem("departmentId"));
        ObjectNode backwards = record(department, kept, null);
        ((ObjectNode) backwards.get("parts").get(1).get("lines")).put("lastLine", 10);
        put(id, backwards).then().statusCode(400).body("errors.field", hasItem("parts[1].lines.lastLine"));
        ObjectNode badStatus = record(department, kept, null);
        ((ObjectNode) badStatus.get("parts").get(0)).put("status", "maybe");
        put(id, badStatus).then().statusCode(400).body("errors.field", hasItem(containsString("status")));
        ObjectNode noRevision = record(department, kept, null);
        ((ObjectNode) noRevision.get("parts").get(0)).remove("revision");
        put(id, noRevision).then().statusCode(400).body("errors.field", hasItem("parts[0].revision"));
        given().contentType("application/json").body("{").put(IMPORT, id).then().statusCode(400);
        put("not-a-uuid", record(department, kept, null)).then().statusCode(400).body("errors.field", hasItem("importId"));

        given().get(IMPORT, id).then().statusCode(404);
        given().get(IMPORT, "0B1E6C3A-5F0D-4C1E-9A59-2F6D2B7C8E01").then().statusCode(400).body("errors.field", hasItem("importId"));
        given().get(DISCLOSURE + "/imports", department, 2020).then().body("totalItems", equalTo(0));
        given().get(DISCLOSURE + "/imports", department, "20x0").then().statusCode(400).body("errors.field", hasItem("year"));
    }

    @Test
    void recordingAnImportNeedsATokenThatMayWriteTheDepartment() {
        byte[] pdf = SourceResourceTest.fixture("pdf");
        SourceResourceTest.keep(pdf);
        String department = department();
        String id = UUID.randomUUID().toString();
        ObjectNode record = record(department, SourceDigest.of(pdf), null);

        given().spec(TestTokens.anonymous()).contentType("application/json").body(record.toString()).put(IMPORT, id)
                .then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer("elsewhere", "write:130625")).contentType("application/json")
                .body(record.toString()).put(IMPORT, id).then().statusCode(403).contentType("application/problem+json");
        given().get(IMPORT, id).then().statusCode(404);

        given().header("Authorization", TestTokens.bearer("county-clerk", "write:130624")).contentType("application/json")
                .body(record.toString()).put(IMPORT, id).then().statusCode(201).body("sentBy", equalTo("county-clerk"));
    }
}
