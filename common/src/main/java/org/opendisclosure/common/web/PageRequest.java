package org.opendisclosure.common.web;

import java.util.function.Consumer;
import org.opendisclosure.common.problem.ProblemException;

/**
 * A requested page. Pages count from 1, as people count them in a portal or a spreadsheet. Or,
 * for a download, the whole list: every matching row handed to {@code rows} in the list's order
 * as the database gives it, none kept (see {@link #whole(Consumer)}).
 */
public record PageRequest(int page, int size, Consumer<Object> rows) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 1000;

    public PageRequest(int page, int size) {
        this(page, size, null);
    }

    /**
     * Every row of the list, each given to {@code rows} as it is read (a query reading it as a stream
     * answers a page with no items); a list that cannot stream may give its rows as one page instead.
     */
    public static PageRequest whole(Consumer<Object> rows) {
        return new PageRequest(1, Integer.MAX_VALUE, rows);
    }

    public boolean isWhole() {
        return rows != null;
    }

    public int offset() {
        return (page - 1) * size;
    }

    /** Parses the raw query parameters so that a bad value is a 400 naming it, not a 404. */
    public static PageRequest parse(String page, String size) {
        int p = parseInt("page", page, 1, 1, Integer.MAX_VALUE / MAX_SIZE);
        int s = parseInt("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        return new PageRequest(p, s);
    }

    public static int parseInt(String name, String raw, int defaultValue, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value < min || value > max) {
                throw ProblemException.invalid(name, "must be between " + min + " and " + max + ", was " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, "must be a whole number, was \"" + raw + "\"");
        }
    }
}
