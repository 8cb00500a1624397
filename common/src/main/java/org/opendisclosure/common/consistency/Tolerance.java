package org.opendisclosure.common.consistency;

import java.math.BigDecimal;
import org.opendisclosure.common.problem.ProblemException;

/** The {@code tolerance} query parameter: how far apart (in 万元) two figures may be before a rule fails; exact (0) by default. */
public final class Tolerance {

    public static final String PARAM = "tolerance";
    static final BigDecimal MAX = new BigDecimal("1000000");

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
