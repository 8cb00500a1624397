package org.opendisclosure.parser;

import java.util.List;
import java.util.function.IntFunction;

/**
 * The text could not be read as a disclosure document: names the 1-based line, what the parser
 * expected there and what it found instead, so that whoever prepared the text can fix it there.
 * A document read whole carries every problem found in it, in reading order; {@link #line()},
 * {@link #expected()} and {@link #found()} are those of the first.
 */
public class UnreadableDocumentException extends RuntimeException {
    private final List<Problem> problems;

    /**
     * One thing that could not be read.
     *
     * @param line     the 1-based line
     * @param part     the part (1 to 9) it is in, or 0 when it is of the document as a whole (its title)
     * @param expected what should have been there
     * @param found    what is there instead
     * @param location where the line is in the original file, e.g. "page 3" or "table 2, row 4, cell 1"
     *                 (a Word or PDF document is read into lines first, and its user sees pages and
     *                 tables, not those lines); null for a text document
     */
    public record Problem(int line, int part, String expected, String found, String location) {

        public Problem(int line, int part, String expected, String found) {
            this(line, part, expected, found, null);
        }

        /** The problem as found by the reader of part {@code number}, which did not know its part. */
        Problem inPart(int number) {
            return part == 0 ? new Problem(line, number, expected, found, location) : this;
        }

        /** The problem, placed in the original file by the place of its line (null leaves it unplaced). */
        Problem locatedBy(IntFunction<String> place) {
            return new Problem(line, part, expected, found, place.apply(line));
        }

        String message() {
            return "line " + line + ": expected " + expected + ", found " + found;
        }
    }

    public UnreadableDocumentException(int line, String expected, String found) {
        this(List.of(new Problem(line, 0, expected, found)));
    }

    /** @param problems at least one, the first being the one to name first */
    public UnreadableDocumentException(List<Problem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    private static String message(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an unreadable document has at least one problem");
        }
        String first = problems.get(0).message();
        return problems.size() == 1 ? first : first + " (and " + (problems.size() - 1) + " more problems)";
    }

    /** Every problem found, in reading order. */
    public List<Problem> problems() {
        return problems;
    }

    public int line() {
        return problems.get(0).line();
    }

    public String expected() {
        return problems.get(0).expected();
    }

    public String found() {
        return problems.get(0).found();
    }

    /** Where the first problem's line is in the original file; null for a text document. */
    public String location() {
        return problems.get(0).location();
    }

    /** The same problems, each placed in the original file by the place of its line. */
    public UnreadableDocumentException locatedBy(IntFunction<String> place) {
        UnreadableDocumentException located = new UnreadableDocumentException(
                problems.stream().map(problem -> problem.locatedBy(place)).toList());
        located.setStackTrace(getStackTrace());
        return located;
    }
}
