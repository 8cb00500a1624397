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

    /** One pass over the line, as each import reads every line of its document (three regular expressions a line cost more). */
    static String clean(String line) {
        StringBuilder cleaned = null;
        int length = line.length();
        for (int i = 0; i < length; i++) {
            char c = line.charAt(i);
            boolean invisible = isInvisible(c);
            boolean nonBreaking = !invisible && isNonBreaking(c);
            if ((invisible || nonBreaking) && cleaned == null) {
                cleaned = new StringBuilder(length).append(line, 0, i);
            }
            if (cleaned != null && !invisible) {
                cleaned.append(nonBreaking ? ' ' : c);
            }
        }
        CharSequence text = cleaned == null ? line : cleaned;
        int end = text.length();
        while (end > 0 && isTrailingSpace(text.charAt(end - 1))) {
            end--;
        }
        return cleaned == null ? line.substring(0, end) : cleaned.substring(0, end);
    }

    /** A byte-order mark, a zero-width character, a soft hyphen or a form feed (Word's page break). */
    private static boolean isInvisible(char c) {
        return c == '\uFEFF' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\u00AD' || c == '\f';
    }

    private static boolean isNonBreaking(char c) {
        return c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }

    /** A space, an ideographic space or one of the typographic spaces; not a TAB, which marks a cell. */
    private static boolean isTrailingSpace(char c) {
        return c == ' ' || c == '\u3000' || (c >= '\u2000' && c <= '\u200A');
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
