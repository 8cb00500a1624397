package org.opendisclosure.gateway.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.opendisclosure.common.problem.Problem;
import org.opendisclosure.common.problem.ProblemResponses;
import org.opendisclosure.common.problem.ProblemType;
import org.opendisclosure.common.web.Representations;
import org.opendisclosure.gateway.service.DocumentProblem;
import org.opendisclosure.gateway.service.WriteReport;
import org.opendisclosure.parser.UnreadableDocumentException;

/**
 * The problems of a whole-disclosure write (a PUT or an import) that carry more than {@link Problem}
 * has: a document that cannot be read (its line), or services that kept the write from completing.
 */
@ApplicationScoped
class WriteProblems {

    // ProblemType.SERVICE_UNAVAILABLE's URI, spelled out because annotations (the 503 schema) need a constant.
    static final String NOT_VALIDATED_TYPE = "urn:budget-disclosure:problem:service-unavailable";
    static final String PARTIALLY_WRITTEN_TYPE = "urn:budget-disclosure:problem:partially-written";
    // ProblemType.UNPROCESSABLE_DOCUMENT's URI, a constant for the same reason.
    static final String UNREADABLE_TYPE = "urn:budget-disclosure:problem:unprocessable-document";
    /** How many lines the detail names; problems has them all. */
    private static final int MAX_LINES = 20;
    // Long enough for a circuit opened by a failing service to let it be tried again.

    private final ObjectMapper objectMapper;
    private final Representations representations;

    WriteProblems(ObjectMapper objectMapper, Representations representations) {
        this.objectMapper = objectMapper;
        this.representations = representations;
    }

    /**
     * 422: the document is not a disclosure this suite can read: every problem found (problems), the
     * first also at the top (line, expected, found, and for a Word or PDF file its location) as for a
     * document with one.
     */
    Response unreadable(UnreadableDocumentException e, String instance) {
        List<DocumentProblem> found = e.problems().stream().map(DocumentProblem::of).toList();
        ObjectNode problem = problem(UNREADABLE_TYPE, ProblemType.UNPROCESSABLE_DOCUMENT.title(), 422,
                detail(found) + "; nothing was stored", instance);
        problem.put("line", found.get(0).line());
        problem.put("expected", found.get(0).expected());
        problem.put("found", found.get(0).found());
        if (found.get(0).location() != null) {
            problem.put("location", found.get(0).location());
        }
        problem.set("problems", objectMapper.valueToTree(found));
        return Response.status(422).type(Problem.MEDIA_TYPE).entity(representations.json(problem)).build();
    }

    /** The first problem as a sentence, after the lines of all when there are several. */
    private static String detail(List<DocumentProblem> problems) {
        DocumentProblem first = problems.get(0);
        String sentence = "line " + first.line() + ": expected " + first.expected() + ", found " + first.found();
        if (problems.size() == 1) {
            return sentence;
        }
        // Several problems may be at one line (parts missing at the end of a truncated document).
        List<String> distinct = problems.stream().map(p -> String.valueOf(p.line())).distinct().toList();
        List<String> lines = distinct.stream().limit(MAX_LINES).toList();
        return problems.size() + " problems, at " + (distinct.size() == 1 ? "line " : "lines ") + String.join(", ", lines)
                + (distinct.size() > MAX_LINES ? ", …" : "")
                + " (see problems); the first: " + sentence;
    }

    Response notValidated(List<WriteReport.Unvalidated> documents, String what, String instance) {
        String which = String.join("; ", documents.stream()
                .map(d -> String.join(", ", d.keys()) + ": " + d.reason()).toList());
        ObjectNode problem = problem(NOT_VALIDATED_TYPE, ProblemType.SERVICE_UNAVAILABLE.title(), 503,
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
        String detail = failed.isEmpty()
                ? "Every part is stored, but the write could not be recorded as completed, so the disclosure reads as incomplete. "
                        + "Send the same " + what + " again; the stored parts will be reported unchanged."
                : "Stored: " + (stored.isEmpty() ? "none" : String.join(", ", stored)) + ". Not stored: " + failed
                        + ". Send the same " + what + " again to store the rest; the stored parts will be reported unchanged.";
        ObjectNode problem = problem(PARTIALLY_WRITTEN_TYPE, "Partially written", 503, detail, instance);
        problem.setAll((ObjectNode) objectMapper.valueToTree(report));
        return unavailable(problem);
    }

    /** 503 before anything is written: the document could not be kept as received, so nothing read from it is stored. */
    Response sourceNotKept(String reason, String instance) {
        return unavailable(problem(NOT_VALIDATED_TYPE, ProblemType.SERVICE_UNAVAILABLE.title(), 503,
                "Nothing was written: the document could not be kept as received (" + reason + "), and no part is stored "
                        + "without its source. Send the document again shortly.", instance));
    }

    /** 503 after every part is written: the import could not be recorded; sending the document again records it. */
    Response notRecorded(WriteReport report, String reason, String instance) {
        ObjectNode problem = problem(PARTIALLY_WRITTEN_TYPE, "Partially written", 503,
                "Every part is stored and the document is kept, but the import could not be recorded (" + reason + "). Send "
                        + "the same document again: the stored parts will be reported unchanged and the import recorded.",
                instance);
        problem.setAll((ObjectNode) objectMapper.valueToTree(report));
        return unavailable(problem);
    }

    private ObjectNode problem(String type, String title, int status, String detail, String instance) {
        ObjectNode problem = objectMapper.createObjectNode();
        problem.put("type", type);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", instance);
        return problem;
    }

    private Response unavailable(ObjectNode problem) {
        return Response.status(503)
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.RETRY_AFTER, ProblemResponses.RETRY_AFTER_SECONDS)
                .entity(representations.json(problem))
                .build();
    }
}
