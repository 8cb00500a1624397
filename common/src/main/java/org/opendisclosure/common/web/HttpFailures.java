package org.opendisclosure.common.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.opendisclosure.common.problem.Problem;
import org.opendisclosure.common.problem.ProblemResponses;
import org.opendisclosure.common.problem.ProblemType;

/**
 * Errors of the HTTP layer, below the JAX-RS exception mappers, as the suite's problem+json:
 * a request Vert.x cannot route (a missing or malformed Host, a path that does not decode), a
 * body over the limit, a request line or headers too long. Without this they leave as Quarkus's
 * text page or an empty body.
 * <p>
 * Netty answers a request line or header block over its own limits with a bare status before
 * any handler runs, and Quarkus offers no hook for that answer. So Netty's limits are set well
 * above ours (META-INF/microprofile-config.properties) and ours are enforced here, first of all:
 * only a request beyond Netty's still gets its bare 414 or 431. Likewise Quarkus answers a URI that
 * does not parse with an empty 400 before any handler, unless started with
 * {@code -Dvertx.disableURIValidation=true} (the suite's launchers and tests are): the same check is
 * made here, first, as a problem. A request line in raw UTF-8 (as curl sends {@code ?name=组织}) is
 * taken as if its bytes outside ASCII had been percent-encoded.
 */
@ApplicationScoped
public class HttpFailures {

    private static final Logger LOG = Logger.getLogger(HttpFailures.class);

    /** Before every other filter, the body limit's included. */
    static final int PRIORITY = 10_000;

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final ProblemResponses problems;
    private final long maxUriLength;
    private final long maxHeaderSize;

    public HttpFailures(HttpLimits limits, ProblemResponses problems) {
        this.problems = problems;
        this.maxUriLength = limits.maxUriLength();
        this.maxHeaderSize = limits.maxHeaderSize().asLongValue();
    }

    void register(@Observes Filters filters) {
        filters.register(this::limits, PRIORITY);
    }

    void register(@Observes Router router) {
        // Failure handlers run in route order: this one before Quarkus's own, which is last.
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failed);
    }

    private void limits(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        String encoded = percentEncodedUtf8(request.uri());
        if (encoded == null) {
            end(rc, 400, ProblemType.INVALID_INPUT, "The request URI holds bytes that are not UTF-8: percent-encode the "
                    + "UTF-8 bytes of each character outside ASCII", List.of(new Problem.FieldError("uri", "not UTF-8")));
            return;
        }
        if (!encoded.equals(request.uri())) {
            // Routed again as if sent percent-encoded; this filter sees it once more, then in ASCII only.
            rc.reroute(request.method(), encoded);
            return;
        }
        if (!wellFormed(request.uri())) {
            end(rc, 400, ProblemType.INVALID_INPUT, "The request URI is not well-formed: a character outside what a URI allows "
                    + "is not percent-encoded, or a % is not followed by two hex digits",
                    List.of(new Problem.FieldError("uri", "not a well-formed URI")));
            return;
        }
        if (request.uri().length() > maxUriLength) {
            end(rc, 414, ProblemType.URI_TOO_LONG, "The request URI has " + request.uri().length() + " characters; at most "
                    + maxUriLength + " are accepted", List.of(new Problem.FieldError("uri", "longer than " + maxUriLength + " characters")));
            return;
        }
        long size = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            // As sent: "name: value\r\n".
            size += header.getKey().length() + header.getValue().length() + 4;
        }
        if (size > maxHeaderSize) {
            end(rc, 431, ProblemType.HEADERS_TOO_LARGE, "The request headers have " + size + " bytes; at most " + maxHeaderSize
                    + " are accepted", List.of(new Problem.FieldError("headers", "larger than " + maxHeaderSize + " bytes")));
            return;
        }
        rc.next();
    }

    /**
     * The URI with every byte outside ASCII percent-encoded, as a browser sends it: curl and other
     * clients send the UTF-8 of {@code ?name=组织} as it is, and Netty reads the request line byte
     * for byte (a char 0x80–0xFF each). Null when those bytes are not UTF-8, which no encoding can mend.
     */
    static String percentEncodedUtf8(String uri) {
        if (uri == null) {
            return null;
        }
        int first = 0;
        while (first < uri.length() && uri.charAt(first) < 0x80) {
            first++;
        }
        if (first == uri.length()) {
            return uri;
        }
        byte[] bytes = new byte[uri.length()];
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c > 0xff) {
                return null;
            }
            bytes[i] = (byte) c;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            return null;
        }
        StringBuilder encoded = new StringBuilder(uri.length() * 3);
        for (byte b : bytes) {
            if (b >= 0) {
                encoded.append((char) b);
            } else {
                encoded.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
            }
        }
        return encoded.toString();
    }

    /**
     * The check Quarkus makes before any handler (and answers with an empty 400) unless the JVM runs
     * with {@code -Dvertx.disableURIValidation=true}, as the suite's launchers start it: made here
     * instead, first of all, so that the answer is a problem.
     */
    private static boolean wellFormed(String uri) {
        if (uri == null) {
            return false;
        }
        try {
            new URI(uri);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private void failed(RoutingContext rc) {
        if (rc.response().headWritten()) {
            // Part of an answer has left: nothing to replace it with, and the client must not take it as whole.
            rc.request().connection().close();
            return;
        }
        int status = rc.statusCode();
        Throwable failure = rc.failure();
        if (status < 400) {
            status = 500;
        }
        String message = failure == null || failure.getMessage() == null ? "" : failure.getMessage();
        switch (status) {
            case 400 -> {
                if (message.contains("'Host'") || message.toLowerCase().contains("host header")) {
                    end(rc, 400, ProblemType.INVALID_INPUT, "The Host header is missing or not a host name with an optional port",
                            List.of(new Problem.FieldError("Host", "missing or malformed")));
                } else {
                    end(rc, 400, ProblemType.INVALID_INPUT, "The request is not well-formed: its path, query or headers cannot be read",
                            List.of(new Problem.FieldError("request", "not well-formed")));
                }
            }
            case 413 -> end(rc, 413, ProblemType.PAYLOAD_TOO_LARGE, "The body is larger than the limit of this endpoint",
                    List.of(new Problem.FieldError("body", "too large")));
            case 414 -> end(rc, 414, ProblemType.URI_TOO_LONG, "The request URI is too long", null);
            case 431 -> end(rc, 431, ProblemType.HEADERS_TOO_LARGE, "The request headers are too large", null);
            default -> {
                if (status < 500) {
                    ProblemType type = ProblemType.forStatus(status);
                    end(rc, status, type, type.title(), null);
                } else {
                    String reference = UUID.randomUUID().toString();
                    LOG.errorf(failure, "Unexpected error %s on %s", reference, rc.request().path());
                    end(rc, 500, ProblemType.INTERNAL_ERROR,
                            "An unexpected error occurred. Quote reference " + reference + " when reporting it.", null);
                }
            }
        }
    }

    private void end(RoutingContext rc, int status, ProblemType type, String detail, List<Problem.FieldError> errors) {
        boolean close = status == 413 || status == 414 || status == 431 || (status == 400 && !rc.request().isEnded());
        problems.end(rc.response(), status, type, detail, safePath(rc), errors, close);
    }

    /** The path, when there is a sane one to show: a refused request's may be what is wrong with it. */
    static String safePath(RoutingContext rc) {
        String path = rc.request().path();
        if (path == null || path.length() > 512 || !path.startsWith("/")) {
            return null;
        }
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) < 0x21 || path.charAt(i) > 0x7e) {
                return null;
            }
        }
        return path;
    }
}
