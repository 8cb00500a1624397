package org.opendisclosure.common.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.opendisclosure.common.problem.Problem;
import org.opendisclosure.common.problem.ProblemResponses;
import org.opendisclosure.common.problem.ProblemType;

/**
 * Holds a request body to {@code suite.http.max-body-size} with the suite's problem+json rather
 * than the HTTP layer's bare 413. A declared length over it is turned away before anything is
 * read. A body without one (chunked) is read here up to the limit and no further: Quarkus's own
 * {@code quarkus.http.limits.max-body-size} (set to the same value) would only cut such a body
 * once the endpoint streams it, with an empty 413. Forms and multipart bodies are left to the
 * form reader, which applies that same limit and answers through the exception mappers.
 */
@ApplicationScoped
public class BodySizeLimit {

    private final long limit;
    private final ProblemResponses problems;
    private final BodyHandler chunked;

    public BodySizeLimit(HttpLimits limits, ProblemResponses problems) {
        this.limit = limits.maxBodySize().asLongValue();
        this.problems = problems;
        // Over the limit it fails the request with 413, which HttpFailures answers.
        this.chunked = BodyHandler.create(false).setBodyLimit(limit).setHandleFileUploads(false)
                .setMergeFormAttributes(false).setDeleteUploadedFilesOnEnd(true);
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, 1000);
    }

    private void handle(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        String declared = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        long length = parse(declared);
        if (length > limit) {
            ProblemType type = ProblemType.PAYLOAD_TOO_LARGE;
            String detail = "The body has " + length + " bytes; at most " + limit + " are accepted";
            byte[] body = problems.bytes(new Problem(type.uri(), type.title(), type.status(), detail, request.path(),
                    List.of(new Problem.FieldError("body", "larger than " + limit + " bytes"))));
            rc.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(io.vertx.core.buffer.Buffer.buffer(body));
            return;
        }
        if (declared == null && request.headers().contains(HttpHeaders.TRANSFER_ENCODING) && !isForm(request)) {
            chunked.handle(rc);
            return;
        }
        rc.next();
    }

    private static boolean isForm(HttpServerRequest request) {
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (type == null) {
            return false;
        }
        String lower = type.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("multipart/") || lower.startsWith("application/x-www-form-urlencoded");
    }

    private static long parse(String value) {
        if (value == null) {
            return -1;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
