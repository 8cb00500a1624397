package org.opendisclosure.parser.source;

import java.util.ArrayList;
import java.util.List;

/**
 * A document turned into the parser's text form (the Word text export: prose lines, table cells on
 * lines starting with a TAB, a blank line after each table row), and for each line where in the
 * original file it came from, so that an error about a line can point into the file the user has.
 */
public final class SourceText {
    private final DocumentFormat format;
    private final String text;
    private final List<String> locations;

    private SourceText(DocumentFormat format, String text, List<String> locations) {
        this.format = format;
        this.text = text;
        this.locations = locations;
    }

    /** A text document: its lines are the places, so no location is kept beside them. */
    static SourceText ofText(String text) {
        return new SourceText(DocumentFormat.TEXT, text, List.of());
    }

    public DocumentFormat format() {
        return format;
    }

    /** The text for {@link org.opendisclosure.parser.DisclosureParser#parse(String)}. */
    public String text() {
        return text;
    }

    /**
     * @param line a 1-based line of {@link #text()}, as an {@link org.opendisclosure.parser.UnreadableDocumentException} names it
     * @return where that line is in the original file (e.g. "page 3", "table 2, row 4, cell 1"), or null for a text document
     */
    public String location(int line) {
        if (locations.isEmpty() || line < 1) {
            return null;
        }
        // The parser names the line after the last one when the document ends too soon.
        return locations.get(Math.min(line, locations.size()) - 1);
    }

    /** Collects the lines of a converted document with their places. */
    static final class Builder {
        private final DocumentFormat format;
        private final StringBuilder text = new StringBuilder();
        private final List<String> locations = new ArrayList<>();

        Builder(DocumentFormat format) {
            this.format = format;
        }

        /** Adds the text as one line or more (a line break in it starts another line from the same place). */
        Builder line(String line, String location) {
            for (String part : line.split("\r\n|[\r\n\u000B\u2028\u2029]", -1)) {
                text.append(part).append('\n');
                locations.add(location);
            }
            return this;
        }

        /** A table cell: its first line starts with a TAB, further lines of it (its other paragraphs) do not. */
        Builder cell(String content, String location) {
            return line("\t" + content, location);
        }

        /** The blank line that ends a table row in the text export. */
        Builder endRow(String location) {
            return line("", location);
        }

        SourceText build() {
            return new SourceText(format, text.toString(), List.copyOf(locations));
        }
    }
}
