package org.opendisclosure.performance.service;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opendisclosure.performance.model.Comparison;
import org.opendisclosure.performance.model.ParsedTarget;

/**
 * Reads a published 指标值 as comparison, number and unit, so that analysts can filter on it,
 * while the text itself is kept as published. Only the plain shapes are read: an optional
 * comparison sign, a number, and optionally a short unit right after it (≥95, ≥039件, ≤5%, 2部,
 * 100). Anything else (每月发放, 全县209个行政村, 逐年改善, a sentence) has no parsed form: guessing
 * a number out of prose would put figures in front of analysts that nobody published.
 */
public final class TargetParser {

    private static final Map<String, Comparison> SIGNS = Map.ofEntries(
            Map.entry("≥", Comparison.GE), Map.entry("≧", Comparison.GE), Map.entry(">=", Comparison.GE), Map.entry("＞＝", Comparison.GE),
            Map.entry(">", Comparison.GT), Map.entry("＞", Comparison.GT),
            Map.entry("≤", Comparison.LE), Map.entry("≦", Comparison.LE), Map.entry("<=", Comparison.LE), Map.entry("＜＝", Comparison.LE),
            Map.entry("<", Comparison.LT), Map.entry("＜", Comparison.LT),
            Map.entry("=", Comparison.EQ), Map.entry("＝", Comparison.EQ));

    // The unit is a short word of letters (件, 部, 个, 次, 万元, km) or a per-cent/per-mille sign;
    // more than four letters is prose, not a unit.
    private static final Pattern SHAPE = Pattern.compile(
            "(≥|≧|>=|＞＝|≤|≦|<=|＜＝|>|＞|<|＜|=|＝)?\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(%|％|‰|\\p{L}{1,4})?");

    private TargetParser() {
    }

    /** The parsed form of a target, or null when it is not of the shape comparison-number-unit. */
    public static ParsedTarget parse(String target) {
        if (target == null) {
            return null;
        }
        Matcher m = SHAPE.matcher(target.strip());
        if (!m.matches()) {
            return null;
        }
        Comparison comparison = m.group(1) == null ? Comparison.EQ : SIGNS.get(m.group(1));
        String unit = m.group(3) == null ? null : m.group(3).equals("％") ? "%" : m.group(3);
        return new ParsedTarget(comparison, new BigDecimal(m.group(2)), unit);
    }
}
