package org.opendisclosure.parser;

import java.util.List;

/**
 * One table cell: its first line and the lines it runs over. Word breaks a long cell into lines
 * anywhere, even inside a word (办 / 公 / 费), so the text joins them without a separator.
 */
record Cell(int line, List<String> lines) {

    String text() {
        StringBuilder text = new StringBuilder();
        for (String part : lines) {
            text.append(part.strip());
        }
        return text.toString();
    }

    /** The text, or null for an empty cell. */
    String textOrNull() {
        String text = text();
        return text.isEmpty() ? null : text;
    }

    /** The non-blank lines of the cell, each stripped: paragraphs where the cell holds several. */
    List<String> paragraphs() {
        return lines.stream().map(String::strip).filter(part -> !part.isEmpty()).toList();
    }

    boolean isBlank() {
        return text().isEmpty();
    }
}
