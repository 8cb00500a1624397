package org.opendisclosure.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.ExactJson;
import org.opendisclosure.testing.RawHttp;
import org.opendisclosure.testing.TestTokens;

/**
 * What the HTTP layer refuses before any endpoint runs is a problem+json too, with a detail a
 * client can act on and no class or parser setting named. Written as raw HTTP where a client
 * library would not send the request at all.
 */
@QuarkusTest
@WithTestResource(StubbedServices.class)
class HttpLayerProblemsTest {

    /** Raw requests carry no default token: each write here brings its own. */
    private static final String WRITER = "Authorization: " + TestTokens.bearer(TestTokens.WRITER, "write:*") + "\r\n";

    /** The gateway's suite.http.max-body-size. */
    private static final int LIMIT = 4 * 1024 * 1024;

    @BeforeEach
    void noContractFilter() {
        RestAssured.replaceFiltersWith(TestTokens.writer());
    }

    private static RawHttp.Answer send(String head, byte[] body) throws Exception {
        return RawHttp.send(RestAssured.port, head + "Host: localhost\r\nConnection: close\r\n", body);
    }

    private static JsonNode problem(RawHttp.Answer answer, int status) throws Exception {
        assertThat(answer.status()).as(answer.statusLine()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
        JsonNode problem = ExactJson.MAPPER.readTree(answer.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asText()).isNotBlank().doesNotContain("Exception").doesNotContain("io.vertx");
        return problem;
    }

    @Test
    void aRequestUriTooLongIs414() throws Exception {
        String uri = "/api/v1/departments?name=" + "a".repeat(9000);
        JsonNode problem = problem(send("GET " + uri + " HTTP/1.1\r\n", null), 414);
        assertThat(problem.path("type").asText()).isEqualTo("urn:budget-disclosure:problem:uri-too-long");
        assertThat(problem.path("detail").asText()).contains("at most 8192");
    }

    @Test
    void headersTooLargeAre431() throws Exception {
        JsonNode problem = problem(send("GET /api/v1/rules HTTP/1.1\r\nX-Padding: " + "a".repeat(30_000) + "\r\n", null), 431);
        assertThat(problem.path("type").asText()).isEqualTo("urn:budget-disclosure:problem:headers-too-large");
    }

    @Test
    void aChunkedBodyOverTheLimitIs413() throws Exception {
        byte[] body = RawHttp.chunked(LIMIT + 100_000, ' ', 64 * 1024);
        JsonNode problem = problem(send("PUT /api/v1/disclosures/130624-203/2020 HTTP/1.1\r\n" + WRITER + "Content-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n", body), 413);
        assertThat(problem.path("type").asText()).isEqualTo("urn:budget-disclosure:problem:payload-too-large");
        // The same through the pass-through, which hands the body on as bytes.
        problem(send("PUT /api/v1/departments/130624-203/assets/2020 HTTP/1.1\r\n" + WRITER + "Content-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n", body), 413);
    }

    @Test
    void aChunkedMultipartBodyOverTheLimitIs413() throws Exception {
        byte[] head = ("--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"d.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        // The part's head as one chunk, then the file's bytes in chunks past the limit (and the last chunk).
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        sent.writeBytes((Integer.toHexString(head.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        sent.writeBytes(head);
        sent.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        sent.writeBytes(RawHttp.chunked(LIMIT + 100_000, 'x', 64 * 1024));
        JsonNode problem = problem(send("POST /api/v1/imports?division=130624&dryRun=true HTTP/1.1\r\n" + WRITER
                + "Content-Type: multipart/form-data; boundary=xyz\r\nTransfer-Encoding: chunked\r\n", sent.toByteArray()), 413);
        assertThat(problem.path("detail").asText()).contains("4194304 bytes");
    }

    @Test
    void aChunkedMultipartBodyWithinTheLimitIsRead() throws Exception {
        String part = "--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"d.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n这不是部门预算\r\n--xyz--\r\n";
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        sent.writeBytes((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        sent.writeBytes(bytes);
        sent.writeBytes("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        // Read whole and parsed as the upload it is: the importer's own answer, that this is no disclosure.
        JsonNode problem = problem(send("POST /api/v1/imports?division=130624&dryRun=true HTTP/1.1\r\n" + WRITER
                + "Content-Type: multipart/form-data; boundary=xyz\r\nTransfer-Encoding: chunked\r\n", sent.toByteArray()), 422);
        assertThat(problem.path("type").asText()).isEqualTo("urn:budget-disclosure:problem:unprocessable-document");
    }

    @Test
    void aChunkedBodyWithinTheLimitIsRead() throws Exception {
        byte[] body = RawHttp.chunked(10, ' ', 4);
        JsonNode problem = problem(send("PUT /api/v1/disclosures/130624-203/2020 HTTP/1.1\r\n" + WRITER + "Content-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n", body), 400);
        // Read, and found to be no disclosure: the endpoint's own answer, not the HTTP layer's.
        assertThat(problem.path("errors").path(0).path("field").asText()).isEqualTo("body");
    }

    @Test
    void aDeclaredLengthOverTheLimitIs413BeforeAnythingIsRead() throws Exception {
        problem(send("PUT /api/v1/disclosures/130624-203/2020 HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: "
                + (LIMIT + 1) + "\r\n", null), 413);
    }

    @Test
    void aPathThatDoesNotDecodeIs400() throws Exception {
        JsonNode problem = problem(send("GET /api/v1/departments/%zz/assets/2020 HTTP/1.1\r\n", null), 400);
        assertThat(problem.path("type").asText()).isEqualTo("urn:budget-disclosure:problem:invalid-input");
    }

    @Test
    void aMultipartBodyWithoutItsClosingBoundaryIs400() throws Exception {
        byte[] body = ("--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"d.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n一、部门职责").getBytes(StandardCharsets.UTF_8);
        JsonNode problem = problem(send("POST /api/v1/imports?division=130624&dryRun=true HTTP/1.1\r\n" + WRITER
                + "Content-Type: multipart/form-data; boundary=xyz\r\nContent-Length: " + body.length + "\r\n", body), 400);
        assertThat(problem.path("errors").path(0).path("field").asText()).isEqualTo("body");
        assertThat(problem.path("detail").asText()).contains("closing boundary");
    }

    @Test
    void aPreflightAskingForNoMethodIs400() {
        given().header("Origin", "https://editor.example.gov.cn").header("Access-Control-Request-Method", "G E T")
                .options("/api/v1/disclosures/130624-203/2020")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Access-Control-Request-Method"));
    }

    @Test
    void malformedJsonIsDescribedWithoutTheParsersSettings() {
        for (String body : new String[]{"{\"organization\": NaN}", "{/* note */ \"organization\": 1}", "{'organization': 1}"}) {
            given().contentType("application/json").body(body).put("/api/v1/disclosures/130624-203/2020")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("body"))
                    .body("detail", containsString("not well-formed JSON"))
                    .body("detail", not(containsString("Feature")))
                    .body("detail", not(containsString("`")))
                    .body("detail", not(containsString("ALLOW_")));
        }
    }
}
