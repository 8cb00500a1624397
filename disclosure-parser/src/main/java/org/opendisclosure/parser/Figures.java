package org.opendisclosure.parser;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Published figures, read exactly: "17.60" stays 17.60 (a BigDecimal with the published digits),
 * full-width digits and points (107．57) read as ASCII, and a cell published empty or as — has no
 * figure (null), never 0. The whole cell must be the figure: digits with at most one point,
 * thousands separators only in groups of three (12,345.60), and a sign only in a column of changes.
 * Anything else (1e400, 8529.41.3, 85 29, 12,34.5) is refused rather than read as some other number.
 */
final class Figures {
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(?:\\.\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(?:[,，]\\d{3})+(?:\\.\\d+)?");
    /** A well-formed amount without a sign, as prose states one before 万元. */
    static final String AMOUNT = "\\d{1,3}(?:[,，]\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
    private static final Pattern UNSIGNED = Pattern.compile(AMOUNT);
    private static final Pattern NO_FIGURE = Pattern.compile("[—–―\\-－]+");

    private Figures() {
    }

    /**
     * Full-width digits, points and minus signs as ASCII, one character for one, so that a position
     * found in the normalised text is the same position in the published one.
     */
    static String normalize(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '０' && c <= '９') {
                chars[i] = (char) ('0' + (c - '０'));
            } else if (c == '．') {
                chars[i] = '.';
            } else if (c == '－') {
                chars[i] = '-';
            }
        }
        return new String(chars);
    }

    /** The figure in a cell, or null when the cell is empty or says —; a figure with a sign is refused. */
    static BigDecimal optional(Cell cell, String expected) {
        return parse(cell.text(), cell.line(), expected);
    }

    /** The figure in a cell of changes, which may be negative (-0.7 stays -0.7), or null when empty or —. */
    static BigDecimal signed(Cell cell, String expected) {
        return parse(cell.text(), cell.line(), expected, true);
    }

    /** Whether a figure stated in prose (before 万元) is a well-formed amount: it is read only then. */
    static boolean isAmount(String normalized) {
        return UNSIGNED.matcher(normalized).matches();
    }

    /** The figure in a cell that must have one. */
    static BigDecimal required(Cell cell, String expected) {
        BigDecimal figure = optional(cell, expected);
        if (figure == null) {
            throw new UnreadableDocumentException(cell.line(), expected, cell.isBlank() ? "an empty cell" : cell.text());
        }
        return figure;
    }

    /**
     * The figure in a cell where the document needs one but an empty cell or — can only mean
     * nothing budgeted: 0 then (the “三公” table's budget columns).
     */
    static BigDecimal zeroIfNone(Cell cell, String expected) {
        BigDecimal figure = optional(cell, expected);
        return figure == null ? BigDecimal.ZERO : figure;
    }

    /** A number as published with thousands separators (1,234.56 or 1，234.56) without them. */
    static String ungrouped(String number) {
        return number.replace(",", "").replace("，", "");
    }

    /** A percentage cell (100.00, or 100.00%), or null when empty or —. */
    static BigDecimal percent(Cell cell, String expected) {
        String text = cell.text();
        if (text.endsWith("%") || text.endsWith("％")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        return parse(text, cell.line(), expected);
    }

    /** A whole number such as a count of vehicles, or null when empty or —. */
    static Integer count(Cell cell, String expected) {
        BigDecimal figure = optional(cell, expected);
        if (figure == null) {
            return null;
        }
        try {
            return figure.intValueExact();
        } catch (ArithmeticException notWhole) {
            throw new UnreadableDocumentException(cell.line(), expected, cell.text());
        }
    }

    static BigDecimal parse(String published, int line, String expected) {
        return parse(published, line, expected, false);
    }

    private static BigDecimal parse(String published, int line, String expected, boolean signed) {
        String text = normalize(published).strip();
        if (text.isEmpty() || NO_FIGURE.matcher(text).matches()) {
            return null;
        }
        if (GROUPED.matcher(text).matches()) {
            text = ungrouped(text);
        }
        if (!NUMBER.matcher(text).matches()) {
            throw new UnreadableDocumentException(line, expected, Cursor.quote(published));
        }
        if (!signed && (text.startsWith("-") || text.startsWith("+"))) {
            // Kept as published, it would be a sign the column cannot have; dropped, another figure than published.
            throw new UnreadableDocumentException(line, expected + ", which has no sign", Cursor.quote(published));
        }
        return new BigDecimal(text);
    }
}
