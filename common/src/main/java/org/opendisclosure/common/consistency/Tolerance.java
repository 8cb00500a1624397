package org.opendisclosure.common.consistency;

import java.math.BigDecimal;
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

    private Tolerance() {
    }

    public static BigDecimal parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return BigDecimal.ZERO;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(raw.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(PARAM, "must be a decimal number of 万元 such as 0.01, was \"" + raw + "\"");
        }
        if (value.signum() < 0 || value.compareTo(MAX) > 0) {
            throw ProblemException.invalid(PARAM, "must be between 0 and " + MAX.toPlainString() + ", was " + raw.trim());
        }
        return value;
    }
}
