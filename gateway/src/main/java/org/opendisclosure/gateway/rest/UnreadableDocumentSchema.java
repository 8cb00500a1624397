package org.opendisclosure.gateway.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendisclosure.gateway.service.DocumentProblem;

/** The 422 of an import, for the OpenAPI document (the gateway builds it as a JSON tree). */
@Schema(name = "UnreadableDocumentProblem", requiredProperties = {"type", "title", "status", "detail"},
        description = "RFC 9457 problem details of a document that cannot be imported. Either the text could not be read as a "
                + "disclosure (problems says where and why for each problem found, line, expected and found for the first; location, where "
                + "in a Word or PDF file), "
                + "or it was read but a service refuses a part of what "
                + "it says (errors names the fields of the read disclosure). Nothing was stored.")
record UnreadableDocumentSchema(
        @Schema(description = "URI identifying the kind of problem", enumeration = WriteProblems.UNREADABLE_TYPE) String type,
        String title,
        @Schema(description = "HTTP status code, 422") int status,
        @Schema(description = "What could not be read, for a human, e.g. line 2975: expected …, found …") String detail,
        @Schema(description = "The request path") String instance,
        @Schema(description = "The 1-based line of the document that could not be read (the first of problems)") Integer line,
        @Schema(description = "What the line should have been (the first of problems)") String expected,
        @Schema(description = "What the line is (shortened; the first of problems)") String found,
        @Schema(description = "Where the line is in the original file, for a Word or PDF document (whose text the line "
                + "numbers count): e.g. \"page 3\", \"table 2, row 4, cell 1\" or \"paragraph 57\"; absent for a text "
                + "(the first of problems)") String location,
        @Schema(description = "Every problem found in the document, in reading order: each part is read on its own, and a "
                + "table read on past a bad row, so that all can be fixed at once")
        List<DocumentProblem> problems,
        @Schema(description = "Fields of the read disclosure a service refuses, e.g. a part's key, then the path in it")
        List<RefusedField> errors) {

    @Schema(name = "RefusedField", requiredProperties = {"field", "message"})
    record RefusedField(@Schema(description = "JSON path in the read disclosure") String field, String message) {
    }
}
