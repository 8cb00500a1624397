package org.opendisclosure.gateway.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendisclosure.gateway.parts.Part;
import org.opendisclosure.parser.UnreadableDocumentException;

/** One thing of a published document that could not be read, where it is and why. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "DocumentProblem", requiredProperties = {"line", "expected", "found"})
public record DocumentProblem(
        @Schema(description = "The 1-based line of the document, as an editor counts them") int line,
        @Schema(description = "The key of the part it is in (organization … otherNotes); absent when it is of the document "
                + "as a whole (its title)") String part,
        @Schema(description = "What should have been there, e.g. the figure of 一般公共预算收入 as an amount in 万元 such as 8529.41")
        String expected,
        @Schema(description = "What is there instead (shortened)") String found,
        @Schema(description = "Where the line is in the original file, for a Word or PDF document (whose text the line "
                + "numbers count): e.g. \"page 3\", \"table 2, row 4, cell 1\" or \"paragraph 57\"; absent for a text")
        String location) {

    private static final int MAX_FOUND = 120;

    public static DocumentProblem of(UnreadableDocumentException.Problem problem) {
        String found = problem.found();
        return new DocumentProblem(problem.line(), problem.part() == 0 ? null : Part.values()[problem.part() - 1].key(),
                problem.expected(), found != null && found.length() > MAX_FOUND ? found.substring(0, MAX_FOUND) + "…" : found,
                problem.location());
    }
}
