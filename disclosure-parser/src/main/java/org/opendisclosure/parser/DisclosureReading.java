package org.opendisclosure.parser;

import java.util.List;
import java.util.Optional;

/**
 * What could be read of a document: the disclosure with the parts read whole (a part with any
 * problem is absent from its document), and every problem found, in reading order.
 *
 * @param disclosure who published it, for which year, and the parts read whole
 * @param problems   every line that could not be read; empty when the whole document was read
 * @param lines      where each part whose heading was found was read, in the document's order
 */
public record DisclosureReading(ParsedDisclosure disclosure, List<UnreadableDocumentException.Problem> problems,
                                List<PartLines> lines) {

    public DisclosureReading {
        problems = List.copyOf(problems);
        lines = List.copyOf(lines);
    }

    /** Where part {@code number} (1 to 9) was read, if its heading was found. */
    public Optional<PartLines> linesOf(int number) {
        return lines.stream().filter(part -> part.part() == number).findFirst();
    }

    /** Whether every part was read whole. */
    public boolean complete() {
        return problems.isEmpty();
    }

    /** Whether part {@code number} (1 to 9) was read whole. */
    public boolean readWhole(int number) {
        return problemsOf(number).isEmpty();
    }

    /** The problems of part {@code number} (1 to 9). */
    public List<UnreadableDocumentException.Problem> problemsOf(int number) {
        return problems.stream().filter(problem -> problem.part() == number).toList();
    }
}
