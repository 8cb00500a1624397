package org.opendisclosure.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.decoder.Decoder;
import com.aayushatharva.brotli4j.decoder.DecoderJNI;
import com.aayushatharva.brotli4j.decoder.DirectDecompress;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.OpenApiContract;

/**
 * What a portal's browser or a proxy sees of the transport: the disclosure compressed when the
 * client accepts it (brotli or gzip) and the same JSON once decoded, and how long each answer may
 * be reused.
 */
@QuarkusTest
@WithTestResource(StubbedServices.class)
class CompressionAndCachingTest {

    @TestHTTPResource("/")
    URI gateway;

    @BeforeEach
    void contract() {
        RestAssured.replaceFiltersWith(OpenApiContract.filter());
    }

    @Test
    void aDisclosureIsGzippedForAClientThatAcceptsGzipAndReadsTheSameOnceDecoded() {
        String id = DisclosureResourceTest.allPartsAvailable();
        HttpResponse<String> plain = uncompressed("/api/v1/disclosures/" + id + "/2020");
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();

        // rest-assured asks for gzip and decodes it
        Response gzipped = given().get("/api/v1/disclosures/" + id + "/2020");

        assertThat(gzipped.statusCode()).isEqualTo(200);
        assertThat(gzipped.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(gzipped.asString()).isEqualTo(plain.body());
        // a representation of its own, kept beside the identity bytes
        String identityTag = plain.headers().firstValue("ETag").orElseThrow();
        assertThat(gzipped.header("ETag")).isNotEqualTo(identityTag).endsWith("-gzip\"");
        assertThat(gzipped.header("Vary")).isEqualTo("Accept-Encoding");
        assertThat(plain.headers().firstValue("Vary")).hasValue("Accept-Encoding");
        given().header("If-None-Match", gzipped.header("ETag")).get("/api/v1/disclosures/" + id + "/2020")
                .then().statusCode(304).header("ETag", gzipped.header("ETag"));
    }

    @Test
    void theKeptGzipIsForClientsThatWeighItAtLeastAsHighAsBrotli() {
        assertThat(DisclosureResource.acceptsGzip("gzip, deflate, br, zstd")).isTrue();
        assertThat(DisclosureResource.acceptsGzip("br;q=1.0, gzip;q=0.5")).isFalse();
        assertThat(DisclosureResource.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(DisclosureResource.acceptsGzip("*")).isTrue();
        assertThat(DisclosureResource.acceptsGzip("*, gzip;q=0")).isFalse();
        assertThat(DisclosureResource.acceptsGzip("identity")).isFalse();
        assertThat(DisclosureResource.acceptsGzip(null)).isFalse();
    }

    @Test
    void aDisclosureIsInBrotliForAClientThatPrefersItAndReadsTheSameOnceDecoded() throws Exception {
        String id = DisclosureResourceTest.allPartsAvailable();
        String plain = given().get("/api/v1/disclosures/" + id + "/2020").then().statusCode(200).extract().asString();

        HttpResponse<byte[]> answer = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(gateway.resolve("/api/v1/disclosures/" + id + "/2020"))
                        .header("Accept-Encoding", "br;q=1.0, gzip;q=0.5").build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Encoding")).hasValue("br");
        assertThat(answer.body().length).isLessThan(plain.getBytes(StandardCharsets.UTF_8).length / 2);
        Brotli4jLoader.ensureAvailability();
        DirectDecompress decoded = Decoder.decompress(answer.body());
        assertThat(decoded.getResultStatus()).isEqualTo(DecoderJNI.Status.DONE);
        assertThat(new String(decoded.getDecompressedData(), StandardCharsets.UTF_8)).isEqualTo(plain);
    }

    private HttpResponse<String> uncompressed(String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(gateway.resolve(path)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aDisclosureMayBeReusedForAsLongAsTheGatewayKeepsItAndItsRevalidationSaysTheSame() {
        String id = DisclosureResourceTest.allPartsAvailable();
        Response read = given().get("/api/v1/disclosures/" + id + "/2020");

        // The tests' gateway keeps a composed disclosure for 1 s (gateway.cache.max-age).
        assertThat(read.header("Cache-Control")).isEqualTo("public, max-age=1");
        given().header("If-None-Match", read.header("ETag")).get("/api/v1/disclosures/" + id + "/2020")
                .then().statusCode(304).header("Cache-Control", "public, max-age=1");
    }

    @Test
    void anyOtherReadMayBeKeptButIsAskedForAgainBeforeItIsReused() {
        given().get("/api/v1/rules").then().statusCode(200).header("Cache-Control", "no-cache");
        given().get("/api/v1/disclosures/130624-999/2020").then().statusCode(404).header("Cache-Control", (String) null);
    }
}
