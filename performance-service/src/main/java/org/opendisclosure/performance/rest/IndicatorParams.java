package org.opendisclosure.performance.rest;

import java.math.BigDecimal;
import java.util.Arrays;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.common.web.Params;
import org.opendisclosure.performance.repository.IndicatorFilter;
import org.opendisclosure.performance.rest.dto.Comparison;

/** The indicator query parameters both project lists take, parsed so that a bad one is a 400 naming it. */
final class IndicatorParams {

    static final String CATEGORY = "An indicator category (一级 or 二级指标), exactly, e.g. 满意度指标 or 社会效益指标";
    static final String COMPARISON = "Only indicators whose parsed target has this comparison (GE ≥, GT >, LE ≤, LT <, EQ =)";
    static final String MIN_TARGET = "Only indicators whose parsed target value is at least this";
    static final String MAX_TARGET = "Only indicators whose parsed target value is at most this";
    static final String UNIT = "Only indicators whose parsed target has this unit, e.g. % or 件";

    private IndicatorParams() {
    }

    static IndicatorFilter parse(String category, String comparison, String minTarget, String maxTarget, String unit) {
        BigDecimal min = Params.decimal("minTarget", minTarget);
        BigDecimal max = Params.decimal("maxTarget", maxTarget);
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw ProblemException.invalid("minTarget", "must not be larger than maxTarget (" + max.toPlainString() + ")");
        }
        return new IndicatorFilter(Params.fragment("indicatorCategory", category), comparison(comparison), min, max,
                Params.fragment("targetUnit", unit));
    }

    private static Comparison comparison(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Comparison.valueOf(raw.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("targetComparison", "must be one of " + Arrays.toString(Comparison.values())
                    + ", was \"" + raw + "\"");
        }
    }
}
