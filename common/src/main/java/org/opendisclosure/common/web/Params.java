package org.opendisclosure.common.web;

import org.opendisclosure.common.problem.ProblemException;

/** Parsing of raw query and path parameters the services share, so a bad one is a 400 that names it. */
public final class Params {

    private Params() {
    }

    /** A division code or its prefix (13 for 河北省, 1306 for 保定市, 130624 for 阜平县), or null if absent. */
    public static String divisionPrefix(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.trim();
        if (!value.matches("\\d{1,12}")) {
            throw ProblemException.invalid("division", "must be a division code or its prefix, 1 to 12 digits, was \"" + raw + "\"");
        }
        return value;
    }

    /** A search fragment of at most 100 characters, or null if absent. */
    public static String fragment(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.length() > 100) {
            throw ProblemException.invalid(name, "must be at most 100 characters");
        }
        return raw.trim();
    }

    /**
     * A revision number, from 1, in its one spelling: like a department's id, {@code " 1"}, {@code "1%00"}
     * or {@code "01"} is no other name for revision 1.
     */
    public static int revision(String raw) {
        if (raw == null || !raw.matches("[1-9][0-9]{0,9}")) {
            throw ProblemException.invalid("revision", "must be a revision number from 1, digits only, was \"" + raw + "\"");
        }
        return PageRequest.parseInt("revision", raw, -1, 1, Integer.MAX_VALUE);
    }

    /** An optional decimal bound such as {@code minAmount}, or null if absent. */
    public static java.math.BigDecimal decimal(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return new java.math.BigDecimal(raw.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, "must be a decimal number, was \"" + raw + "\"");
        }
    }
}
