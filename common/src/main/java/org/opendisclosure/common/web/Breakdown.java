package org.opendisclosure.common.web;

import java.util.Locale;
import org.opendisclosure.common.problem.ProblemException;

/**
 * The two shapes of every drill-down across departments, chosen by {@code by}: one row per item
 * value with its sums over the departments ({@code item}, the default), or one row per department
 * and item as published ({@code department}).
 */
public enum Breakdown {
    ITEM, DEPARTMENT;

    public static final String PARAM = "by";

    public static Breakdown parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return ITEM;
        }
        return switch (raw.trim().toLowerCase(Locale.ROOT)) {
            case "item" -> ITEM;
            case "department" -> DEPARTMENT;
            default -> throw ProblemException.invalid(PARAM, "must be item or department, was \"" + raw + "\"");
        };
    }

    /** How the API spells it. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
