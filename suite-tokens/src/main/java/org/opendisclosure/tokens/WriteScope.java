package org.opendisclosure.tokens;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a token may write, as one value of its {@code scope} claim: {@code write:*} (every
 * department), {@code write:130624} (every department of the divisions whose code starts with
 * those digits: 2 a province, 4 a city, 6 a county, 9 or 12 below it) or {@code write:130624-203}
 * (that department only).
 */
public record WriteScope(String divisionPrefix, String department) {

    public static final String PREFIX = "write:";
    public static final WriteScope EVERY_DEPARTMENT = new WriteScope("", null);

    private static final Pattern SYNTAX = Pattern.compile("write:(?:(\\*)|(\\d{2}|\\d{4}|\\d{6}|\\d{9}|\\d{12})(?:-([0-9A-Za-z]{1,20}))?)");

    /** @throws IllegalArgumentException for anything but the three forms above */
    public static WriteScope parse(String scope) {
        Matcher m = SYNTAX.matcher(scope == null ? "" : scope);
        if (!m.matches()) {
            throw new IllegalArgumentException("a write scope is write:* , write:DIVISION (2, 4, 6, 9 or 12 digits) or "
                    + "write:DIVISION-CODE (one department, e.g. write:130624-203), not \"" + scope + "\"");
        }
        if (m.group(1) != null) {
            return EVERY_DEPARTMENT;
        }
        if (m.group(3) != null && m.group(2).length() < 6) {
            throw new IllegalArgumentException("a department's division code has 6, 9 or 12 digits, not \"" + scope + "\"");
        }
        return new WriteScope(m.group(2), m.group(3) == null ? null : m.group(2) + "-" + m.group(3));
    }

    /** Whether this scope covers the department of that division and code. */
    public boolean covers(String divisionCode, String code) {
        if (department != null) {
            return department.equals(divisionCode + "-" + code);
        }
        return divisionCode.startsWith(divisionPrefix);
    }

    @Override
    public String toString() {
        return PREFIX + (department != null ? department : divisionPrefix.isEmpty() ? "*" : divisionPrefix);
    }
}
