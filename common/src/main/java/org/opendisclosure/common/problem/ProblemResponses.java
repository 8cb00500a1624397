package org.opendisclosure.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Builds problem+json responses. The body is serialised here, not by a message body writer, so
 * the media type is exactly {@code application/problem+json} whatever the client asked for.
 */
@ApplicationScoped
public class ProblemResponses {

    private final ObjectMapper objectMapper;

    public ProblemResponses(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public Response build(ProblemType type, String detail, String instance, List<Problem.FieldError> errors) {
        return build(type.status(), type, detail, instance, errors);
    }

    public Response build(int status, ProblemType type, String detail, String instance, List<Problem.FieldError> errors) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(bytes(new Problem(type.uri(), type.title(), status, detail, instance, errors)))
                .build();
    }

    public byte[] bytes(Problem problem) {
        try {
            return objectMapper.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem body could not be serialised", e);
        }
    }
}
