package org.opendisclosure.common.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.opendisclosure.common.problem.Problem;
import org.opendisclosure.common.problem.ProblemResponses;
import org.opendisclosure.common.problem.ProblemType;

/**
 * Turns away a body over {@code suite.http.max-body-size} from its declared length, before it is
 * read, with the suite's problem+json rather than the HTTP layer's bare 413.
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
        filters.register(rc -> {
            String declared = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            long length = parse(declared);
            if (length > limit) {
                ProblemType type = ProblemType.PAYLOAD_TOO_LARGE;
                String detail = "The body has " + length + " bytes; at most " + limit + " are accepted";
                byte[] body = problems.bytes(new Problem(type.uri(), type.title(), type.status(), detail, rc.request().path(),
                        List.of(new Problem.FieldError("body", "larger than " + limit + " bytes"))));
                rc.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(io.vertx.core.buffer.Buffer.buffer(body));
                return;
            }
            rc.next();
        }, 1000);
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
