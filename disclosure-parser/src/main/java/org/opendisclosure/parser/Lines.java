package org.opendisclosure.parser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The lines of a text export, numbered from 1 as an editor shows them. In the Word text export a
 * table cell starts a line with a TAB; every other non-blank line is prose or a cell continued.
 */
final class Lines {
    private static final Pattern INVISIBLE = Pattern.compile("[\\uFEFF\\u200B\\u200C\\u200D\\u2060\\u00AD\\f]");
    private static final Pattern NON_BREAKING = Pattern.compile("[\\u00A0\\u2007\\u202F]");
    private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\u3000\\u2000-\\u200A]+$");
    private final List<String> lines;
    private final boolean emptyCellsUnseen;

    private Lines(List<String> lines, boolean emptyCellsUnseen) {
        this.lines = lines;
        this.emptyCellsUnseen = emptyCellsUnseen;
    }

    /**
     * The lines of a text as any export writes it: CRLF, CR or LF line ends; a byte-order mark (at
     * the start or where texts were joined) and zero-width characters dropped; non-breaking
     * spaces read as spaces; spaces (not TABs, which mark cells) at the end of a line dropped.
     * Word's page breaks (form feeds) are dropped too. None of this changes the line numbers.
     */
    static Lines of(String text) {
        return of(text, false);
    }

    /**
     * @param emptyCellsUnseen whether the text was rebuilt from where text stands on a page (a
     *                         PDF), where an empty cell is nothing at all, so that a row may lack
     *                         the empty cells it ends with
     */
    static Lines of(String text, boolean emptyCellsUnseen) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        List<String> split = new ArrayList<>(Arrays.asList(unified.split("\n", -1)));
        // The line break that ends the last line does not start another one.
        if (split.size() > 1 && split.get(split.size() - 1).isEmpty()) {
            split.remove(split.size() - 1);
        }
        List<String> cleaned = new ArrayList<>(split.size());
        for (String line : split) {
            cleaned.add(clean(line));
        }
        return new Lines(List.copyOf(cleaned), emptyCellsUnseen);
    }

    private static String clean(String line) {
        String text = INVISIBLE.matcher(line).replaceAll("");
        text = NON_BREAKING.matcher(text).replaceAll(" ");
        return TRAILING_SPACE.matcher(text).replaceFirst("");
    }

    boolean emptyCellsUnseen() {
        return emptyCellsUnseen;
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
