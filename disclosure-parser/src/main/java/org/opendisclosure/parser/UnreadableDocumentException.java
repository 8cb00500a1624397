package org.opendisclosure.parser;

/**
 * The text could not be read as a disclosure document: names the 1-based line, what the parser
 * expected there and what it found instead, so that whoever prepared the text can fix it there.
 */
public class UnreadableDocumentException extends RuntimeException {
    private final int line;
    private final String expected;
    private final String found;

    public UnreadableDocumentException(int line, String expected, String found) {
        super("line " + line + ": expected " + expected + ", found " + found);
        this.line = line;
        this.expected = expected;
        this.found = found;
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
}
