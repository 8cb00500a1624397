package org.opendisclosure.performance.rest;

import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.common.web.Params;
import org.opendisclosure.performance.model.Comparison;
import org.opendisclosure.performance.repository.IndicatorFilter;

/** The indicator filters both project lists take, as a {@code @BeanParam}; a bad one is a 400 naming it. */
public class IndicatorParams {

    @QueryParam("indicatorCategory")
    @Parameter(description = "An indicator category (一级 or 二级指标), exactly, e.g. 满意度指标 or 社会效益指标")
    String indicatorCategory;

    @QueryParam("targetComparison")
    @Parameter(description = "Only indicators whose parsed target has this comparison (GE ≥, GT >, LE ≤, LT <, EQ =)",
            schema = @Schema(enumeration = {"GE", "GT", "LE", "LT", "EQ"}))
    String targetComparison;

    @QueryParam("minTarget")
    @Parameter(description = "Only indicators whose parsed target value is at least this")
    String minTarget;

    @QueryParam("maxTarget")
    @Parameter(description = "Only indicators whose parsed target value is at most this")
    String maxTarget;

    @QueryParam("targetUnit")
    @Parameter(description = "Only indicators whose parsed target has this unit, e.g. % or 件")
    String targetUnit;

    public IndicatorFilter indicators() {
        BigDecimal min = Params.decimal("minTarget", minTarget);
        BigDecimal max = Params.decimal("maxTarget", maxTarget);
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw ProblemException.invalid("minTarget", "must not be larger than maxTarget (" + max.toPlainString() + ")");
        }
        return new IndicatorFilter(Params.fragment("indicatorCategory", indicatorCategory), comparison(), min, max,
                Params.fragment("targetUnit", targetUnit));
    }

    private Comparison comparison() {
        if (targetComparison == null || targetComparison.isBlank()) {
            return null;
        }
        try {
            return Comparison.valueOf(targetComparison.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("targetComparison", "must be one of " + Arrays.toString(Comparison.values())
                    + ", was \"" + targetComparison + "\"");
        }
    }
}
