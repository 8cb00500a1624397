package org.opendisclosure.parser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The lines of a text export, numbered from 1 as an editor shows them. In the Word text export a
 * table cell starts a line with a TAB; every other non-blank line is prose or a cell continued.
 */
final class Lines {
    private final List<String> lines;

    private Lines(List<String> lines) {
        this.lines = lines;
    }

    static Lines of(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        if (unified.startsWith("\uFEFF")) {
            unified = unified.substring(1);
        }
        List<String> split = new ArrayList<>(Arrays.asList(unified.split("\n", -1)));
        // The line break that ends the last line does not start another one.
        if (split.size() > 1 && split.get(split.size() - 1).isEmpty()) {
            split.remove(split.size() - 1);
        }
        return new Lines(List.copyOf(split));
    }

    int count() {
        return lines.size();
    }

    String text(int number) {
        return lines.get(number - 1);
    }

    static boolean isCell(String line) {
        return line.startsWith("\t");
    }

    /** Blank, and not an empty table cell (a lone TAB). */
    static boolean isBlank(String line) {
        return !isCell(line) && line.isBlank();
    }
}
