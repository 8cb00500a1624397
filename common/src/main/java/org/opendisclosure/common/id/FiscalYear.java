package org.opendisclosure.common.id;

import org.opendisclosure.common.problem.ProblemException;

/** A fiscal (calendar) year the suite accepts: 2000 to 2100. */
public final class FiscalYear {

    public static final int MIN = 2000;
    public static final int MAX = 2100;

    private FiscalYear() {
    }

    public static int parse(String field, String raw) {
        if (raw == null || !raw.trim().matches("\\d{1,9}")) {
            throw ProblemException.invalid(field, "must be a year between " + MIN + " and " + MAX + ", was \"" + raw + "\"");
        }
        int year = Integer.parseInt(raw.trim());
        if (year < MIN || year > MAX) {
            throw ProblemException.invalid(field, "must be a year between " + MIN + " and " + MAX + ", was " + year);
        }
        return year;
    }
}
