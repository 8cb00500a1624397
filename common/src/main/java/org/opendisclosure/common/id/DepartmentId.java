package org.opendisclosure.common.id;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opendisclosure.common.problem.ProblemException;

/**
 * A department, identified by its administrative division code (6 digits for a county, 9 or 12
 * below it) and the department code the finance bureau gave it, written {@code 130624-203}.
 * Only that spelling is accepted: an id with a space, a tab or a NUL around it would otherwise
 * name the same department under a second key (a cache's, a log's, a client's bookmark).
 */
public record DepartmentId(String divisionCode, String code) {

    public static final String PATTERN = "^(\\d{6}|\\d{9}|\\d{12})-([0-9A-Za-z]{1,20})$";
    private static final Pattern SYNTAX = Pattern.compile(PATTERN);

    public static DepartmentId parse(String field, String raw) {
        Matcher m = raw == null ? null : SYNTAX.matcher(raw);
        if (m == null || !m.matches()) {
            throw ProblemException.invalid(field, "must be a division code and a department code joined by '-', "
                    + "e.g. 130624-203, with nothing around them, was " + Printable.quoted(raw));
        }
        return new DepartmentId(m.group(1), m.group(2));
    }

    @Override
    public String toString() {
        return divisionCode + "-" + code;
    }
}
