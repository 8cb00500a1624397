package org.opendisclosure.common.consistency;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the findings of one check of a document. Arithmetic is exact ({@link BigDecimal});
 * two figures differ only when they differ by more than the tolerance the client asked for.
 * An empty cell (null) counts as zero in a sum: published tables leave zero cells blank.
 */
public final class Findings {

    private final BigDecimal tolerance;
    private final List<Finding> found = new ArrayList<>();

    public Findings(BigDecimal tolerance) {
        this.tolerance = tolerance == null ? BigDecimal.ZERO : tolerance;
    }

    public BigDecimal tolerance() {
        return tolerance;
    }

    public List<Finding> list() {
        return List.copyOf(found);
    }

    /** What was found, as a service answers it for one department's part of a year. */
    public FindingsReport report(String departmentId, int fiscalYear) {
        return FindingsReport.of(departmentId, fiscalYear, tolerance, list());
    }

    public static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    /** Whether two figures differ by more than the tolerance. */
    public boolean differs(BigDecimal expected, BigDecimal actual) {
        return orZero(actual).subtract(orZero(expected)).abs().compareTo(tolerance) > 0;
    }

    /**
     * The stated figure must equal the sum of the parts; the figures of the finding are the stated
     * one first, then the parts in the order given.
     *
     * @return whether the rule held
     */
    public boolean sum(Rule rule, Location where, String statedName, BigDecimal stated, Map<String, BigDecimal> parts) {
        BigDecimal expected = BigDecimal.ZERO;
        for (BigDecimal part : parts.values()) {
            expected = expected.add(orZero(part));
        }
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        figures.put(statedName, stated);
        figures.putAll(parts);
        return equal(rule, where, figures, expected, stated);
    }

    /**
     * The published figure must equal what the rule computes from the others.
     *
     * @return whether the rule held
     */
    public boolean equal(Rule rule, Location where, Map<String, BigDecimal> figures, BigDecimal expected, BigDecimal actual) {
        return equal(rule, where, figures, expected, actual, null, null);
    }

    /**
     * As {@link #equal(Rule, Location, Map, BigDecimal, BigDecimal)}, with a note appended to the
     * messages when the rule can tell more than the difference (e.g. that only the sign is wrong).
     */
    public boolean equal(Rule rule, Location where, Map<String, BigDecimal> figures, BigDecimal expected, BigDecimal actual,
                         String noteZh, String noteEn) {
        if (!differs(expected, actual)) {
            return true;
        }
        BigDecimal difference = orZero(actual).subtract(orZero(expected));
        String shownActual = actual == null ? "（空）" : actual.toPlainString();
        String zh = label(where) + "：公布为 " + shownActual + "，按“" + rule.descriptionZh() + "”应为 "
                + expected.toPlainString() + "（相差 " + difference.toPlainString() + "）";
        String en = label(where) + ": published " + (actual == null ? "(empty)" : actual.toPlainString())
                + ", but \"" + rule.descriptionEn() + "\" gives " + expected.toPlainString()
                + " (difference " + difference.toPlainString() + ")";
        if (noteZh != null) {
            zh += "；" + noteZh;
        }
        if (noteEn != null) {
            en += "; " + noteEn;
        }
        found.add(new Finding(rule.id(), rule.severity(), where, figures, expected.toPlainString(),
                actual == null ? null : actual.toPlainString(), difference, zh, en));
        return false;
    }

    /** A failed rule that is not arithmetic (a missing reason, an unknown name, a wrong prefix). */
    public void fail(Rule rule, Location where, Map<String, BigDecimal> figures, String expected, String actual,
                     String messageZh, String messageEn) {
        found.add(new Finding(rule.id(), rule.severity(), where, figures, expected, actual, null,
                label(where) + "：" + messageZh, label(where) + ": " + messageEn));
    }

    private static String label(Location where) {
        StringBuilder label = new StringBuilder(where.part());
        if (where.projectCode() != null) {
            label.append(" [").append(where.projectCode()).append(']');
        }
        if (where.row() != null) {
            label.append(" “").append(where.row()).append('”');
        }
        return label.append(' ').append(where.path()).toString();
    }
}
