package org.opendisclosure.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Builds problem+json responses. The body is serialised here, not by a message body writer, so
 * the media type is exactly {@code application/problem+json} whatever the client asked for.
 */
@ApplicationScoped
public class ProblemResponses {

    /** When a client is told to ask again after a 503: whatever is unavailable is expected back shortly. */
    public static final String RETRY_AFTER_SECONDS = "5";

    private final ObjectMapper objectMapper;

    public ProblemResponses(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public Response build(ProblemType type, String detail, String instance, List<Problem.FieldError> errors) {
        return build(type.status(), type, detail, instance, errors);
    }

    public Response build(int status, ProblemType type, String detail, String instance, List<Problem.FieldError> errors) {
        Response.ResponseBuilder response = Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(bytes(new Problem(type.uri(), type.title(), status, detail, instance, errors)));
        if (status == 503) {
            response.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        return response.build();
    }

    /**
     * The same problem from a filter of the HTTP layer, before Quarkus REST has the request: a 503
     * with Retry-After, as above.
     *
     * @param close whether the connection closes after it (what is left of the request cannot be
     *              trusted to be read as the start of the next one)
     */
    public void end(HttpServerResponse response, int status, ProblemType type, String detail, String instance,
                    List<Problem.FieldError> errors, boolean close) {
        response.setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (status == 503) {
            response.putHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        if (close) {
            response.putHeader("Connection", "close");
        }
        response.end(Buffer.buffer(bytes(new Problem(type.uri(), type.title(), status, detail, instance, errors))));
    }

    public byte[] bytes(Problem problem) {
        try {
            return objectMapper.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem body could not be serialised", e);
        }
    }
}
