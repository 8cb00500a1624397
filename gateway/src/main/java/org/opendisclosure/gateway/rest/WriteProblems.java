package org.opendisclosure.gateway.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.opendisclosure.common.problem.Problem;
import org.opendisclosure.common.problem.ProblemType;
import org.opendisclosure.gateway.service.WriteReport;

/** The answers of a whole-disclosure write (a PUT or an import) that a service kept from completing. */
@ApplicationScoped
class WriteProblems {

    // ProblemType.SERVICE_UNAVAILABLE's URI, spelled out because annotations (the 503 schema) need a constant.
    static final String NOT_VALIDATED_TYPE = "urn:budget-disclosure:problem:service-unavailable";
    static final String PARTIALLY_WRITTEN_TYPE = "urn:budget-disclosure:problem:partially-written";
    // Long enough for a circuit opened by a failing service to let it be tried again.
    private static final String RETRY_AFTER_SECONDS = "5";

    private final ObjectMapper objectMapper;

    WriteProblems(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    Response notValidated(List<WriteReport.Unvalidated> documents, String what, String instance) {
        String which = String.join("; ", documents.stream()
                .map(d -> String.join(", ", d.keys()) + ": " + d.reason()).toList());
        ObjectNode problem = problem(NOT_VALIDATED_TYPE, ProblemType.SERVICE_UNAVAILABLE.title(),
                "Nothing was written: not every part could be validated (" + which + "). Send the " + what + " again shortly.",
                instance);
        problem.set("unvalidated", objectMapper.valueToTree(documents));
        return unavailable(problem);
    }

    Response partiallyWritten(WriteReport report, String what, String instance) {
        List<String> stored = report.parts().stream().filter(p -> !WriteReport.FAILED.equals(p.status()))
                .flatMap(p -> p.keys().stream()).toList();
        String failed = String.join("; ", report.parts().stream().filter(p -> WriteReport.FAILED.equals(p.status()))
                .map(p -> String.join(", ", p.keys()) + ": " + p.reason()).toList());
        ObjectNode problem = problem(PARTIALLY_WRITTEN_TYPE, "Partially written",
                "Stored: " + (stored.isEmpty() ? "none" : String.join(", ", stored)) + ". Not stored: " + failed
                        + ". Send the same " + what + " again to store the rest; the stored parts will be reported unchanged.",
                instance);
        problem.setAll((ObjectNode) objectMapper.valueToTree(report));
        return unavailable(problem);
    }

    byte[] bytes(Object body) {
        try {
            return objectMapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a write's answer could not be serialised", e);
        }
    }

    private ObjectNode problem(String type, String title, String detail, String instance) {
        ObjectNode problem = objectMapper.createObjectNode();
        problem.put("type", type);
        problem.put("title", title);
        problem.put("status", 503);
        problem.put("detail", detail);
        problem.put("instance", instance);
        return problem;
    }

    private Response unavailable(ObjectNode problem) {
        return Response.status(503)
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .entity(bytes(problem))
                .build();
    }
}
