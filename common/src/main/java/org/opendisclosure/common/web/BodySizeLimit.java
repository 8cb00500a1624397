package org.opendisclosure.common.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.impl.RoutingContextInternal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.opendisclosure.common.problem.Problem;
import org.opendisclosure.common.problem.ProblemResponses;
import org.opendisclosure.common.problem.ProblemType;

/**
 * Holds a request body to {@code suite.http.max-body-size} with the suite's problem+json rather
 * than the HTTP layer's bare 413. A declared length over it is turned away before anything is
 * read. A body without one (chunked) is read here, up to the limit and no further, and handed to
 * the endpoint whole: Quarkus's own {@code quarkus.http.limits.max-body-size} (set to the same
 * value) would cut such a body only once the endpoint streams it, with an empty 413.
 */
@ApplicationScoped
public class BodySizeLimit {

    private final long limit;
    private final ProblemResponses problems;

    public BodySizeLimit(HttpLimits limits, ProblemResponses problems) {
        this.limit = limits.maxBodySize().asLongValue();
        this.problems = problems;
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, 1000);
    }

    private void handle(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        String declared = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        long length = parse(declared);
        if (length > limit) {
            tooLarge(rc, "The body has " + length + " bytes; at most " + limit + " are accepted");
            return;
        }
        if (declared == null && request.headers().contains(HttpHeaders.TRANSFER_ENCODING) && !request.isEnded()) {
            readChunked(rc);
            return;
        }
        rc.next();
    }

    /** The whole body, as the endpoint then reads it (Quarkus REST takes a body already read), or a 413 once it passes the limit. */
    private void readChunked(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        Buffer body = Buffer.buffer();
        boolean[] refused = {false};
        request.handler(chunk -> {
            if (refused[0]) {
                return;
            }
            if (body.length() + (long) chunk.length() > limit) {
                refused[0] = true;
                tooLarge(rc, "The body has more than " + limit + " bytes; at most " + limit + " are accepted");
                return;
            }
            body.appendBuffer(chunk);
        });
        request.exceptionHandler(failure -> {
            if (!refused[0]) {
                refused[0] = true;
                rc.fail(400, failure);
            }
        });
        request.endHandler(end -> {
            if (!refused[0]) {
                ((RoutingContextInternal) rc).setBody(body);
                rc.next();
            }
        });
        request.resume();
    }

    private void tooLarge(RoutingContext rc, String detail) {
        // The rest of the body is not read: the connection closes once the answer is out.
        problems.end(rc.response(), 413, ProblemType.PAYLOAD_TOO_LARGE, detail, rc.request().path(),
                List.of(new Problem.FieldError("body", "larger than " + limit + " bytes")), true);
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
