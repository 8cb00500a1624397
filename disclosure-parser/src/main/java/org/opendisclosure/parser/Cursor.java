package org.opendisclosure.parser;

import java.util.ArrayList;
import java.util.List;

/**
 * A reading position in a range of lines (one part of the document). Reading never passes the end
 * of the range, so a reader cannot run into the next part. It also keeps the problems its reader
 * found and read past (a bad row, a bad sentence), so that one problem does not hide the next.
 */
final class Cursor {
    private static final int QUOTE_LENGTH = 60;

    private final Lines lines;
    private final int first;
    private final int last;
    private int next;
    private final List<UnreadableDocumentException.Problem> problems = new ArrayList<>();

    /** The lines first to last inclusive; an empty range has last = first - 1. */
    Cursor(Lines lines, int first, int last) {
        this.lines = lines;
        this.first = first;
        this.last = last;
        this.next = first;
    }

    /** Whether a table row may lack the empty cells it ends with (see {@link Lines#of(String, boolean)}). */
    boolean emptyCellsUnseen() {
        return lines.emptyCellsUnseen();
    }

    int first() {
        return first;
    }

    boolean atEnd() {
        return next > last;
    }

    /** The number of the next line. */
    int line() {
        return next;
    }

    String peek() {
        return lines.text(next);
    }

    String take() {
        return lines.text(next++);
    }

    void skipBlank() {
        while (!atEnd() && Lines.isBlank(peek())) {
            next++;
        }
    }

    int mark() {
        return next;
    }

    void reset(int mark) {
        next = mark;
    }

    /** Whether nothing but blank lines is left in the whole document: the text was cut here. */
    boolean atEndOfDocument() {
        int mark = mark();
        skipBlank();
        boolean end = atEnd() && last == lines.count();
        reset(mark);
        return end;
    }

    /**
     * The error for finding something other than what was expected at the next non-blank line:
     * that line, or the heading of the next part when this one has ended, or the last line when
     * the document has.
     */
    UnreadableDocumentException unexpected(String expected) {
        skipBlank();
        if (!atEnd()) {
            return new UnreadableDocumentException(next, expected, quote(peek()));
        }
        if (last < lines.count()) {
            return new UnreadableDocumentException(last + 1, expected, quote(lines.text(last + 1)));
        }
        return new UnreadableDocumentException(lines.count(), expected, "end of document");
    }

    /** Fails unless only blank lines are left in the range: nothing of a part may go unread. */
    void requireEnd(String part) {
        skipBlank();
        if (!atEnd()) {
            throw unexpected("the end of " + part);
        }
    }

    /** Notes what could not be read, for a reader that goes on with what comes next. */
    void record(UnreadableDocumentException problem) {
        problems.addAll(problem.problems());
    }

    /** The problems recorded so far, in reading order. */
    List<UnreadableDocumentException.Problem> problems() {
        return List.copyOf(problems);
    }

    /** A line as an error message shows it. */
    static String quote(String line) {
        String text = line.strip();
        if (text.isEmpty()) {
            return Lines.isCell(line) ? "an empty table cell" : "a blank line";
        }
        if (text.codePointCount(0, text.length()) <= QUOTE_LENGTH) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, QUOTE_LENGTH)) + "…";
    }
}
