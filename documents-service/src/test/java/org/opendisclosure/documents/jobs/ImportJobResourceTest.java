package org.opendisclosure.documents.jobs;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.common.id.SourceDigest;
import org.opendisclosure.documents.service.ImportJobRunner;
import org.opendisclosure.testing.EmbeddedPostgresResource;
import org.opendisclosure.testing.OpenApiContract;
import org.opendisclosure.testing.TestTokens;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "documents"))
@WithTestResource(StubGateway.class)
class ImportJobResourceTest {

    private static final String JOBS = "/api/v1/import-jobs";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    AgroalDataSource database;

    @Inject
    ImportJobRunner runner;

    @BeforeEach
    void contract() {
        RestAssured.replaceFiltersWith(OpenApiContract.filter());
    }

    @Test
    void aJobOfKeptSourcesImportsEachDocumentWithTheSubmittersTokenAndSaysWhatBecameOfEach() throws SQLException {
        String plain = keep(text("DEPARTMENT=130624-301 一份可以读的公开文件"));
        String garbled = keep(text("GARBLED 一份有三个错数的公开文件"));
        String busy = keep(text("BUSY DEPARTMENT=130624-302 一份服务忙时到来的公开文件"));
        String bearer = TestTokens.bearer("county-office", "write:130624");

        String location = given().header("Authorization", bearer).contentType("application/json")
                .body(Map.of("division", "130624", "documents", List.of(
                        Map.of("source", plain, "fileName", "部门一.txt"),
                        Map.of("source", garbled, "fileName", "部门二.txt", "department", "130624-303"),
                        Map.of("source", busy, "fileName", "部门三.txt"))))
                .when().post(JOBS)
                .then().statusCode(202)
                .header("Location", startsWith("http://localhost:8080/api/v1/import-jobs/"))
                .body("submittedBy", equalTo("county-office"))
                .body("progress.total", equalTo(3))
                .extract().header("Location");
        String job = location.substring(location.lastIndexOf('/') + 1);

        JsonPath finished = awaitFinished(job);
        assertThat(finished.getInt("progress.done")).isEqualTo(3);
        assertThat(finished.getInt("progress.imported")).isEqualTo(2);
        assertThat(finished.getInt("progress.failed")).isEqualTo(1);
        assertThat(finished.getString("finishedAt")).isNotNull();

        JsonPath documents = given().get(JOBS + "/" + job + "/documents").then().statusCode(200).extract().jsonPath();
        assertThat(documents.getList("items.fileName")).containsExactly("部门一.txt", "部门二.txt", "部门三.txt");
        assertThat(documents.getList("items.state")).containsExactly("imported", "failed", "imported");
        assertThat(documents.getString("items[0].departmentId")).isEqualTo("130624-301");
        assertThat(documents.getString("items[0].disclosure")).isEqualTo("/api/v1/disclosures/130624-301/2020");
        assertThat(documents.getString("items[0].importRecord")).startsWith("/api/v1/imports/");
        assertThat(documents.getInt("items[1].status")).isEqualTo(422);
        assertThat(documents.getList("items[1].problem.errors.field")).containsExactly("line 12", "line 30", "line 41");
        // The busy service was waited for and the document tried again.
        assertThat(documents.getInt("items[2].attempts")).isEqualTo(2);
        assertThat(documents.getInt("items[2].status")).isEqualTo(201);

        List<StubGateway.Received> received = StubGateway.RECEIVED.stream()
                .filter(r -> List.of("部门一.txt", "部门二.txt", "部门三.txt").contains(r.fileName())).toList();
        assertThat(received).hasSize(4).allSatisfy(r -> assertThat(r.authorization()).isEqualTo(bearer));
        assertThat(received).filteredOn(r -> r.fileName().equals("部门二.txt"))
                .allSatisfy(r -> assertThat(r.query()).isEqualTo("department=130624-303"));
        assertThat(received).filteredOn(r -> r.fileName().equals("部门一.txt"))
                .allSatisfy(r -> assertThat(r.query()).isEqualTo("division=130624"));
        assertThat(keptToken(job)).as("the token is forgotten once the job has finished").isNull();

        given().queryParam("state", "failed").get(JOBS + "/" + job + "/documents").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].fileName", equalTo("部门二.txt"));
        given().get(JOBS).then().statusCode(200).body("items.id", hasItem(job));
    }

    @Test
    void aFormOfFilesAndArchivesIsOneJobWhoseDocumentsAreKeptAsReceived() throws IOException {
        byte[] word = fixture("docx");
        byte[] archive = zip(Map.of(
                "2020/130624-204-2020.txt", text("一份按文件名归属部门的公开文件"),
                "2020/130624_教育局.txt", text("一份按文件名归属区划的公开文件"),
                "__MACOSX/2020/._130624_教育局.txt", new byte[]{0, 5, 22, 7, 0, 2},
                "2020/照片.bin", new byte[]{0, 1, 2, 3, 0, 0, (byte) 0xFF, 9, 0, 0}));

        String job = given().multiPart("file", "fuping.docx", word, "application/octet-stream")
                .multiPart("file", "county.zip", archive, "application/zip")
                .when().post(JOBS)
                .then().statusCode(202).body("progress.total", equalTo(4))
                .extract().path("id");

        JsonPath finished = awaitFinished(job);
        assertThat(finished.getInt("progress.imported")).isEqualTo(3);
        assertThat(finished.getInt("progress.failed")).isEqualTo(1);
        JsonPath documents = given().get(JOBS + "/" + job + "/documents").then().extract().jsonPath();
        assertThat(documents.getList("items.fileName"))
                .containsExactly("fuping.docx", "2020/130624-204-2020.txt", "2020/130624_教育局.txt", "2020/照片.bin");
        assertThat(documents.getString("items[0].source")).isEqualTo(SourceDigest.of(word));
        assertThat(documents.getString("items[3].problem.detail")).contains("No document the suite reads");
        assertThat(documents.getInt("items[3].status")).isEqualTo(415);

        // The Word file is kept byte for byte; the archive's entries are the documents, not the archive.
        byte[] kept = given().get("/api/v1/sources/" + SourceDigest.of(word)).then().statusCode(200).extract().asByteArray();
        assertThat(kept).isEqualTo(word);
        List<StubGateway.Received> received = StubGateway.RECEIVED.stream()
                .filter(r -> r.fileName() != null && r.fileName().startsWith("2020/")).toList();
        assertThat(received).extracting(StubGateway.Received::query)
                .containsExactlyInAnyOrder("department=130624-204", "division=130624");
    }

    @Test
    void aZipArchiveSentAsTheBodyIsAJobOfItsEntriesForTheDivisionGiven() throws IOException {
        byte[] archive = zip(Map.of("a.txt", text("一份公开文件甲"), "b.txt", text("一份公开文件乙")));
        String job = given().contentType("application/zip").body(archive).queryParam("division", "130625").queryParam("dryRun", "true")
                .when().post(JOBS)
                .then().statusCode(202).body("dryRun", equalTo(true)).extract().path("id");
        JsonPath finished = awaitFinished(job);
        assertThat(finished.getInt("progress.checked")).isEqualTo(2);
        given().get(JOBS + "/" + job + "/documents").then()
                .body("items.departmentId", equalTo(List.of("130625-1", "130625-1")));
    }

    @Test
    void aDocumentWhoseImporterDiedIsTakenUpAgainOnceItsLeaseRunsOut() throws SQLException {
        String source = keep(text("DEPARTMENT=130624-305 一份导入中断的公开文件"));
        UUID job = UUID.randomUUID();
        // What an instance that died in the middle of an import leaves: the document running, its lease run out.
        try (Connection c = database.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("insert into import_job (id, submitted_at, submitted_by, bearer_token, "
                    + "dry_run, partial, total, request_hash) values (?, now() - interval '10 minutes', 'county-office', ?, false, false, 1, 'x')")) {
                s.setObject(1, job);
                s.setString(2, TestTokens.bearer("county-office", "write:130624"));
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("insert into import_job_document (job_id, position, file_name, "
                    + "source_sha256, state, attempts, not_before) values (?, 1, '中断.txt', ?, 'running', 1, now() - interval '1 second')")) {
                s.setObject(1, job);
                s.setString(2, source);
                s.executeUpdate();
            }
        }
        runner.wake();
        JsonPath finished = awaitFinished(job.toString());
        assertThat(finished.getInt("progress.imported")).isEqualTo(1);
        given().get(JOBS + "/" + job + "/documents").then()
                .body("items[0].departmentId", equalTo("130624-305")).body("items[0].attempts", equalTo(2));
    }

    @Test
    void aJobSentAgainUnderItsIdIsTheSameJobAndAnotherUnderItIsAConflict() {
        String kept = keep(text("DEPARTMENT=130624-306 一份重发的公开文件"));
        String id = UUID.randomUUID().toString();
        Map<String, Object> job = Map.of("documents", List.of(Map.of("source", kept, "fileName", "重发.txt")));
        given().contentType("application/json").body(job).put(JOBS + "/" + id).then().statusCode(202)
                .header("Location", equalTo("http://localhost:8080/api/v1/import-jobs/" + id)).body("id", equalTo(id));
        given().contentType("application/json").body(job).put(JOBS + "/" + id).then().statusCode(200).body("id", equalTo(id));
        awaitFinished(id);
        long sent = StubGateway.RECEIVED.stream().filter(r -> "重发.txt".equals(r.fileName())).count();
        assertThat(sent).as("one job, its document imported once").isEqualTo(1);
        given().contentType("application/json").body(Map.of("documents", List.of(Map.of("source", kept, "fileName", "另一个.txt"))))
                .put(JOBS + "/" + id).then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void wrongJobsAreRefusedNamingWhatIsWrongAndKeepNothing() {
        String kept = keep(text("一份公开文件丙"));
        given().spec(TestTokens.anonymous()).contentType("application/json")
                .body(Map.of("documents", List.of(Map.of("source", kept))))
                .when().post(JOBS).then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("reader", "read")).contentType("application/json")
                .body(Map.of("documents", List.of(Map.of("source", kept))))
                .when().post(JOBS).then().statusCode(403).contentType("application/problem+json");
        String unknown = "0".repeat(64);
        given().contentType("application/json")
                .body(Map.of("documents", List.of(Map.of("source", kept), Map.of("source", unknown, "division", "13062"))))
                .when().post(JOBS).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("documents[1].source", "documents[1].division")))
                .body("errors[0].message", containsString("PUT /api/v1/sources/" + unknown));
        given().contentType("application/json").body(Map.of("documents", List.of()))
                .when().post(JOBS).then().statusCode(400).body("errors.field", hasItem("documents"));
        given().contentType("application/json").body(Map.of("documents", List.of(Map.of("source", kept)), "division", "130624",
                        "department", "130624-203"))
                .when().post(JOBS).then().statusCode(400).body("errors.field", equalTo(List.of("department")));
        given().multiPart("other", "x.txt", text("一份公开文件")).when().post(JOBS).then().statusCode(400)
                .body("errors.field", equalTo(List.of("file")));
        given().contentType("application/zip").body(new byte[]{'P', 'K', 3, 4, 1, 2, 3}).queryParam("partial", "yes")
                .when().post(JOBS).then().statusCode(400).body("errors.field", equalTo(List.of("partial")));
        given().get(JOBS + "/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        given().get(JOBS + "/not-a-job").then().statusCode(400).body("errors.field", equalTo(List.of("jobId")));
        given().queryParam("state", "lost").get(JOBS + "/" + UUID.randomUUID() + "/documents").then().statusCode(400)
                .body("errors.field", equalTo(List.of("state")));
    }

    private JsonPath awaitFinished(String job) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            JsonPath answer = given().get(JOBS + "/" + job).then().statusCode(200).extract().jsonPath();
            if (answer.getString("state").equals("finished")) {
                return answer;
            }
            assertThat(System.nanoTime()).as("job %s finished within %s: %s", job, PATIENCE, answer.prettify()).isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    private String keptToken(String job) throws SQLException {
        try (Connection c = database.getConnection();
             PreparedStatement s = c.prepareStatement("select bearer_token from import_job where id = ?")) {
            s.setObject(1, UUID.fromString(job));
            try (ResultSet rows = s.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return rows.getString(1);
            }
        }
    }

    private static String keep(byte[] document) {
        String sha256 = SourceDigest.of(document);
        given().contentType("application/octet-stream").body(document).put("/api/v1/sources/" + sha256)
                .then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        return sha256;
    }

    /** A text unlike any other test's, so that each is a source of its own. */
    private static byte[] text(String content) {
        return (content + "\n" + UUID.randomUUID() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] fixture(String extension) throws IOException {
        try (InputStream in = ImportJobResourceTest.class.getResourceAsStream("/fixtures/fuping-organization-department-2020." + extension)) {
            return in.readAllBytes();
        }
    }

    /** An archive as a Chinese Windows makes it: names in GBK, without the UTF-8 flag. */
    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, Charset.forName("GBK"))) {
            for (Map.Entry<String, byte[]> entry : new java.util.TreeMap<>(entries).entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
