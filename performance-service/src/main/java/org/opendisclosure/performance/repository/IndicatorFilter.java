package org.opendisclosure.performance.repository;

import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import org.opendisclosure.performance.model.Comparison;

/**
 * Selects the projects that have at least one indicator row meeting every condition given: its
 * 一级 or 二级指标 is the category, and its parsed target has the comparison, a value in the
 * range and the unit. All conditions hold for the same row, so "满意度指标 with a target of at
 * least 95" means one satisfaction indicator aiming at 95 or more.
 */
public record IndicatorFilter(String category, Comparison comparison, BigDecimal minTarget, BigDecimal maxTarget, String unit) {

    public static final IndicatorFilter NONE = new IndicatorFilter(null, null, null, null, null);

    boolean isEmpty() {
        return category == null && comparison == null && minTarget == null && maxTarget == null && unit == null;
    }

    /** The condition on project {@code p}, or nothing when no condition is given. */
    String where() {
        if (isEmpty()) {
            return "";
        }
        return " and exists (select 1 from ProjectEntity q join q.indicators i where q = p"
                + (category == null ? "" : " and (i.level1 = :category or i.level2 = :category)")
                + (comparison == null ? "" : " and i.targetComparison = :comparison")
                + (minTarget == null ? "" : " and i.targetValue >= :minTarget")
                + (maxTarget == null ? "" : " and i.targetValue <= :maxTarget")
                + (unit == null ? "" : " and i.targetUnit = :unit")
                + ")";
    }

    void bind(TypedQuery<?> query) {
        if (category != null) {
            query.setParameter("category", category);
        }
        if (comparison != null) {
            query.setParameter("comparison", comparison);
        }
        if (minTarget != null) {
            query.setParameter("minTarget", minTarget);
        }
        if (maxTarget != null) {
            query.setParameter("maxTarget", maxTarget);
        }
        if (unit != null) {
            query.setParameter("unit", unit);
        }
    }
}
