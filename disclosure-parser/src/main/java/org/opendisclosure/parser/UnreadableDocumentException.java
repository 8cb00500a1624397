package org.opendisclosure.parser;

/**
 * The text could not be read as a disclosure document: names the 1-based line, what the parser
 * expected there and what it found instead, so that whoever prepared the text can fix it there.
 */
public class UnreadableDocumentException extends RuntimeException {
    private final int line;
    private final String expected;
    private final String found;
    private final String location;

    public UnreadableDocumentException(int line, String expected, String found) {
        this(line, expected, found, null);
    }

    private UnreadableDocumentException(int line, String expected, String found, String location) {
        super("line " + line + ": expected " + expected + ", found " + found);
        this.line = line;
        this.expected = expected;
        this.found = found;
        this.location = location;
    }

    /**
     * The same error, also naming where the line is in the original file (a Word or PDF document
     * is read into lines first, and its user sees pages and tables, not those lines).
     */
    public UnreadableDocumentException locatedAt(String location) {
        UnreadableDocumentException located = new UnreadableDocumentException(line, expected, found, location);
        located.setStackTrace(getStackTrace());
        return located;
    }

    public int line() {
        return line;
    }

    public String expected() {
        return expected;
    }

    public String found() {
        return found;
    }

    /** Where the line is in the original file, e.g. "page 3" or "table 2, row 4, cell 1"; null for a text document. */
    public String location() {
        return location;
    }
}
