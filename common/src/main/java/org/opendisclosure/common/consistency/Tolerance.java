package org.opendisclosure.common.consistency;

import java.math.BigDecimal;
import org.opendisclosure.common.id.Printable;
import org.opendisclosure.common.problem.ProblemException;

/** The {@code tolerance} query parameter: how far apart (in 万元) two figures may be before a rule fails; exact (0) by default. */
public final class Tolerance {

    public static final String PARAM = "tolerance";
    /** For {@code @Schema(maximum = …)}: annotations need a constant string. */
    public static final String MAXIMUM = "1000000";
    /** One description of the parameter for every endpoint that takes it, so the merged OpenAPI document says it once. */
    public static final String DESCRIPTION = "How far apart (in 万元) two figures may be before a consistency rule fails, from 0 to "
            + MAXIMUM + "; 0 (exact) when absent. E.g. 0.01 forgives rounding to the 分 of 万元. Percentages, areas (m²) and texts are always compared exactly.";
    static final BigDecimal MAX = new BigDecimal(MAXIMUM);
    /** Amounts are published to at most 6 decimals (Amount); a finer tolerance forgives nothing more. */
    static final int MAX_DECIMALS = 6;
    // Longer than any number with 7 integer digits and 6 decimals needs; keeps 1e-10000 from being expanded at all.
    private static final int MAX_LENGTH = 32;

    private Tolerance() {
    }

    public static BigDecimal parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return BigDecimal.ZERO;
        }
        String given = raw.trim();
        BigDecimal value;
        try {
            if (given.length() > MAX_LENGTH) {
                throw new NumberFormatException();
            }
            value = new BigDecimal(given);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(PARAM, "must be a decimal number of 万元 such as 0.01, was " + Printable.quoted(raw));
        }
        if (value.signum() < 0 || value.compareTo(MAX) > 0) {
            throw ProblemException.invalid(PARAM, "must be between 0 and " + MAX.toPlainString() + ", was " + given);
        }
        // 1e-10000 is within range but is no tolerance: exact comparison of 6-decimal amounts already forgives nothing.
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > MAX_DECIMALS) {
            throw ProblemException.invalid(PARAM, "must have at most " + MAX_DECIMALS + " decimals (amounts have no more), was " + given);
        }
        // The digits as given (0.40 stays 0.40), but 1e2 as 100: a scale below 0 prints as an exponent.
        return value.scale() < 0 ? value.setScale(0) : value;
    }
}
