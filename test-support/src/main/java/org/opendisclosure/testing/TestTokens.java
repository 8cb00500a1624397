package org.opendisclosure.testing;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.filter.Filter;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.opendisclosure.tokens.TokenIssuer;

/**
 * Bearer tokens for tests, signed with the test key pair of this module ({@code test-tokens/}; the
 * services' test profile verifies with its public half). Tests are written as a client with write
 * rights to every department would send them: {@link #installDefault} gives each request that
 * carries no Authorization header of its own the token of {@link #WRITER}. A test about
 * authorisation sends its own token, or none with {@link #anonymous()}.
 */
public final class TestTokens {

    public static final String WRITER = "test-writer";

    private static final String AUTHORIZATION = "Authorization";
    private static final String ANONYMOUS = "X-Test-Anonymous";
    private static final TokenIssuer ISSUER = TokenIssuer.fromPem(resource("signing-key.pem"), resource("verification-key.pem"));
    private static final String WRITER_BEARER = bearer(WRITER, "write:*");
    private static final Filter WRITER_FILTER = (request, response, context) -> {
        authorize(request);
        return context.next(request, response);
    };

    private TestTokens() {
    }

    /** A token of {@code subject} with these write scopes (e.g. {@code write:130624}), valid for an hour. */
    public static String token(String subject, String... scopes) {
        return ISSUER.issue(subject, Duration.ofHours(1), List.of(scopes));
    }

    /** A token of {@code subject} that expired a minute ago. */
    public static String expired(String subject, String... scopes) {
        return ISSUER.issue(subject, Duration.ofMinutes(-1), List.of(scopes));
    }

    /** An {@code Authorization} header value. */
    public static String bearer(String subject, String... scopes) {
        return "Bearer " + token(subject, scopes);
    }

    /**
     * A filter that gives a request that carries no Authorization header {@link #WRITER}'s token
     * for every department; one with {@link #anonymous()} goes without. Tests that replace
     * rest-assured's filters put it back with {@code RestAssured.replaceFiltersWith(TestTokens.writer())}
     * ({@link OpenApiContract#filter()} includes it).
     */
    public static Filter writer() {
        return WRITER_FILTER;
    }

    /** Installs {@link #writer()} for every request of this JVM. */
    public static synchronized void installDefault() {
        if (!RestAssured.filters().contains(WRITER_FILTER)) {
            RestAssured.filters(WRITER_FILTER);
        }
    }

    /** What {@link #writer()} does to a request. */
    static void authorize(FilterableRequestSpecification request) {
        if (request.getHeaders().hasHeaderWithName(ANONYMOUS)) {
            request.removeHeader(ANONYMOUS);
        } else if (!request.getHeaders().hasHeaderWithName(AUTHORIZATION)) {
            request.header(AUTHORIZATION, WRITER_BEARER);
        }
    }

    /** A request without any token: {@code given().spec(TestTokens.anonymous())}. */
    public static RequestSpecification anonymous() {
        return new RequestSpecBuilder().addHeader(ANONYMOUS, "true").build();
    }

    private static String resource(String name) {
        try (InputStream in = TestTokens.class.getResourceAsStream("/test-tokens/" + name)) {
            if (in == null) {
                throw new IllegalStateException("test-tokens/" + name + " is missing from test-support");
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
