package org.opendisclosure.gateway.rest;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Set;
import org.opendisclosure.common.problem.Problem;
import org.opendisclosure.common.problem.ProblemResponses;
import org.opendisclosure.common.problem.ProblemType;
import org.opendisclosure.gateway.config.GatewayConfig;

/**
 * CORS for a public data API: any web page may read; only the configured origins may write.
 * Writes from other origins are refused here too, not only left to the browser, because a
 * "simple" cross-origin request reaches the server without a preflight.
 */
@ApplicationScoped
public class CrossOrigin {

    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD);
    /** An HTTP method is a token (RFC 9110); anything else would make no method at all. */
    private static final java.util.regex.Pattern METHOD_TOKEN = java.util.regex.Pattern.compile("[A-Za-z]{1,20}");
    private static final String EXPOSED = "ETag, Location, Link, X-Total-Count, X-Disclosure-Complete, Retry-After, X-Request-Id";

    private final List<String> writeOrigins;
    private final ProblemResponses problems;

    public CrossOrigin(GatewayConfig config, ProblemResponses problems) {
        this.writeOrigins = config.cors().writeOrigins().orElse(List.of());
        this.problems = problems;
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, 2000);
    }

    private void handle(RoutingContext rc) {
        String origin = rc.request().getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            rc.next();
            return;
        }
        HttpServerResponse response = rc.response();
        String requested = rc.request().getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
        if (rc.request().method() == HttpMethod.OPTIONS && requested != null) {
            if (!METHOD_TOKEN.matcher(requested).matches()) {
                refuse(rc, 400, ProblemType.INVALID_INPUT, "Access-Control-Request-Method must name one HTTP method, such as PUT",
                        List.of(new Problem.FieldError("Access-Control-Request-Method", "not an HTTP method")));
                return;
            }
            HttpMethod method = HttpMethod.valueOf(requested.toUpperCase(java.util.Locale.ROOT));
            if (READS.contains(method)) {
                response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                        .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "GET, HEAD")
                        .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, "Accept, If-None-Match, Accept-Language");
            } else if (writeOrigins.contains(origin)) {
                response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin)
                        .putHeader(HttpHeaders.VARY, "Origin")
                        .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "GET, HEAD, PUT, POST")
                        .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, "Accept, Content-Type, If-Match, If-None-Match");
            }
            response.putHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "3600").setStatusCode(204).end();
            return;
        }
        if (READS.contains(rc.request().method())) {
            response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                    .putHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED);
            rc.next();
            return;
        }
        if (!writeOrigins.contains(origin)) {
            refuse(rc, 403, ProblemType.FORBIDDEN, "Web pages from " + origin + " may read this API but not write to it",
                    List.of(new Problem.FieldError("Origin", "not allowed to write: " + origin)));
            return;
        }
        response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin)
                .putHeader(HttpHeaders.VARY, "Origin")
                .putHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED);
        rc.next();
    }

    private void refuse(RoutingContext rc, int status, ProblemType type, String detail, List<Problem.FieldError> errors) {
        rc.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(io.vertx.core.buffer.Buffer.buffer(problems.bytes(new Problem(type.uri(), type.title(), status, detail,
                        rc.request().path(), errors))));
    }
}
