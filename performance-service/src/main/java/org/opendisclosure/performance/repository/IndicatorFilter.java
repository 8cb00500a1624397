package org.opendisclosure.performance.repository;

import java.math.BigDecimal;
import org.opendisclosure.performance.model.Comparison;
import org.opendisclosure.store.Conditions;

/**
 * Selects the projects that have at least one indicator row meeting every condition given: its
 * 一级 or 二级指标 is the category, and its parsed target has the comparison, a value in the
 * range and the unit. All conditions hold for the same row, so "满意度指标 with a target of at
 * least 95" means one satisfaction indicator aiming at 95 or more.
 */
public record IndicatorFilter(String category, Comparison comparison, BigDecimal minTarget, BigDecimal maxTarget, String unit) {

    public static final IndicatorFilter NONE = new IndicatorFilter(null, null, null, null, null);

    /** The condition on project {@code p}, added to {@code conditions} when any of this filter's is given. */
    Conditions narrow(Conditions conditions) {
        return conditions.exists("ProjectEntity q join q.indicators i", Conditions.of("q = p")
                .and("(i.level1 = :category or i.level2 = :category)", "category", category)
                .and("i.targetComparison = :comparison", "comparison", comparison)
                .and("i.targetValue >= :minTarget", "minTarget", minTarget)
                .and("i.targetValue <= :maxTarget", "maxTarget", maxTarget)
                .and("i.targetUnit = :unit", "unit", unit));
    }
}
