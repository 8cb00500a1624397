package org.opendisclosure.common.id;

import org.opendisclosure.common.problem.ProblemException;

/** A fiscal (calendar) year the suite accepts: 2000 to 2100. */
public final class FiscalYear {

    public static final int MIN = 2000;
    public static final int MAX = 2100;

    private FiscalYear() {
    }

    public static int parse(String field, String raw) {
        // Four digits and nothing else: " 2020" or "02020" would be a second spelling of the same year.
        if (raw == null || !raw.matches("[1-9]\\d{3}")) {
            throw ProblemException.invalid(field, "must be a year between " + MIN + " and " + MAX + ", written with four digits, was "
                    + Printable.quoted(raw));
        }
        int year = Integer.parseInt(raw);
        if (year < MIN || year > MAX) {
            throw ProblemException.invalid(field, "must be a year between " + MIN + " and " + MAX + ", was " + year);
        }
        return year;
    }
}
