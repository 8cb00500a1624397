package org.opendisclosure.documents.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.common.id.SourceDigest;
import org.opendisclosure.testing.EmbeddedPostgresResource;
import org.opendisclosure.testing.OpenApiContract;
import org.opendisclosure.testing.TestTokens;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "documents"))
class SourceResourceTest {

    static final String SOURCE = "/api/v1/sources/{sha256}";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @BeforeEach
    void contract() {
        RestAssured.replaceFiltersWith(OpenApiContract.filter());
    }

    static byte[] fixture(String extension) {
        try (InputStream in = SourceResourceTest.class.getResourceAsStream("/fixtures/fuping-organization-department-2020." + extension)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Response keep(byte[] bytes) {
        return given().contentType("application/octet-stream").body(bytes).put(SOURCE, SourceDigest.of(bytes));
    }

    @Test
    void theReferenceWordAndPdfFilesComeBackByteForByteInTheTypeToldFromTheirContent() {
        for (String[] file : new String[][]{{"docx", DOCX}, {"pdf", "application/pdf"}, {"doc", "application/msword"}}) {
            byte[] bytes = fixture(file[0]);
            String sha256 = SourceDigest.of(bytes);
            // Another test may have kept it first: kept once is theSameBytesAreKeptOnce….
            keep(bytes).then().statusCode(anyOf(equalTo(201), equalTo(200)))
                    .body("sha256", equalTo(sha256))
                    .body("size", equalTo(bytes.length))
                    .body("mediaType", equalTo(file[1]))
                    .body("content", equalTo("/api/v1/sources/" + sha256));

            Response served = given().get(SOURCE, sha256);
            served.then().statusCode(200)
                    .contentType(file[1])
                    .header("ETag", "\"" + sha256 + "\"")
                    .header("Content-Disposition", startsWith("attachment; filename=\"" + sha256 + "." + file[0] + "\""));
            assertThat(served.asByteArray()).as(file[0]).isEqualTo(bytes);
            assertThat(SourceDigest.of(served.asByteArray())).isEqualTo(sha256);

            given().header("If-None-Match", "\"" + sha256 + "\"").get(SOURCE, sha256).then().statusCode(304);
        }
    }

    @Test
    void theSameBytesAreKeptOnceAndTheirFirstArrivalStays() {
        byte[] bytes = ("第一部分 " + System.nanoTime() + "\n").getBytes(StandardCharsets.UTF_8);
        String first = keep(bytes).then().statusCode(201).body("mediaType", equalTo("text/plain;charset=UTF-8"))
                .header("Location", "http://localhost:8080/api/v1/sources/" + SourceDigest.of(bytes))
                .extract().path("firstReceivedAt");

        String again = keep(bytes).then().statusCode(200).extract().path("firstReceivedAt");

        assertThat(again).isEqualTo(first);
        given().get(SOURCE + "/metadata", SourceDigest.of(bytes)).then().statusCode(200)
                .body("firstReceivedAt", equalTo(first)).body("size", equalTo(bytes.length));
    }

    @Test
    void aTextIsServedInTheCharsetItIsWrittenIn() {
        byte[] gbk = ("中共阜平县委组织部 " + System.nanoTime()).getBytes(java.nio.charset.Charset.forName("GBK"));
        keep(gbk).then().statusCode(201).body("mediaType", equalTo("text/plain;charset=GB18030"));

        Response served = given().get(SOURCE, SourceDigest.of(gbk));
        served.then().statusCode(200).contentType("text/plain;charset=GB18030");
        assertThat(served.asByteArray()).isEqualTo(gbk);
    }

    @Test
    void bytesThatAreNotNamedByTheirHashAreRefusedAndNothingIsKept() {
        byte[] bytes = ("some other document " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
        String wrong = SourceDigest.of("not these bytes".getBytes(StandardCharsets.UTF_8));

        given().contentType("application/octet-stream").body(bytes).put(SOURCE, wrong).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("sha256"))
                .body("detail", org.hamcrest.Matchers.containsString(SourceDigest.of(bytes)));

        given().get(SOURCE, wrong).then().statusCode(404).contentType("application/problem+json");
        given().get(SOURCE, SourceDigest.of(bytes)).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void malformedNamesEmptyBodiesAndWhatIsNoDocumentAreProblems() throws IOException {
        given().get(SOURCE, "ABC").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("sha256"));
        given().get(SOURCE, SourceDigest.of(new byte[]{1}).toUpperCase()).then().statusCode(400)
                .body("errors.field", hasItem("sha256"));
        given().contentType("application/octet-stream").body(new byte[0]).put(SOURCE, SourceDigest.of(new byte[0]))
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("body"));

        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("photos/one.jpg"));
            out.write(new byte[]{1, 2, 3});
        }
        keep(zip.toByteArray()).then().statusCode(415).contentType("application/problem+json");
        given().get(SOURCE, SourceDigest.of(zip.toByteArray())).then().statusCode(404);

        byte[] binary = new byte[256];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) i;
        }
        keep(binary).then().statusCode(415);
    }

    @Test
    void keepingASourceNeedsAWriteToken() {
        byte[] bytes = ("written by nobody " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
        String sha256 = SourceDigest.of(bytes);

        given().spec(TestTokens.anonymous()).contentType("application/octet-stream").body(bytes).put(SOURCE, sha256)
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", startsWith("Bearer"));
        given().header("Authorization", "Bearer not-a-token").contentType("application/octet-stream").body(bytes).put(SOURCE, sha256)
                .then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("reader")).contentType("application/octet-stream").body(bytes)
                .put(SOURCE, sha256).then().statusCode(403).contentType("application/problem+json");
        given().get(SOURCE, sha256).then().statusCode(404);

        given().header("Authorization", TestTokens.bearer("county-clerk", "write:130624")).contentType("application/octet-stream")
                .body(bytes).put(SOURCE, sha256).then().statusCode(201);
        given().spec(TestTokens.anonymous()).get(SOURCE, sha256).then().statusCode(200);
    }
}
