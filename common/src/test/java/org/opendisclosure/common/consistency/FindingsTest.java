package org.opendisclosure.common.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendisclosure.common.problem.ProblemException;

class FindingsTest {

    private static final Rule TOTAL = Rule.of("test.total", Severity.ERROR, "合计 = 各项之和", "total = sum of the items", "summary");

    private static Map<String, BigDecimal> items(String... values) {
        Map<String, BigDecimal> items = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            items.put("item" + i, values[i] == null ? null : new BigDecimal(values[i]));
        }
        return items;
    }

    @Test
    void aSumThatAddsUpFindsNothingAndEmptyCellsCountAsZero() {
        Findings findings = new Findings(BigDecimal.ZERO);
        assertThat(findings.sum(TOTAL, Location.of("summary", "total"), "total", new BigDecimal("8529.41"),
                items("750.38", "7779.03", null))).isTrue();
        assertThat(findings.list()).isEmpty();
    }

    @Test
    void aSumThatDoesNotAddUpIsOneFindingWithItsExactFigures() {
        Findings findings = new Findings(null);
        boolean held = findings.sum(TOTAL, Location.of("summary", "changeFromLastYear.total.amount").row("合计"),
                "total", new BigDecimal("1549.15"), items("204.12", "915.93", null));

        assertThat(held).isFalse();
        assertThat(findings.list()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("test.total");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.expected()).isEqualTo("1120.05");
            assertThat(f.actual()).isEqualTo("1549.15");
            assertThat(f.difference()).isEqualByComparingTo("429.10");
            assertThat(f.figures()).containsKeys("total", "item0", "item1", "item2");
            assertThat(f.figures().get("item2")).isNull();
            assertThat(f.messageEn()).contains("1549.15", "1120.05", "total = sum of the items", "合计");
            assertThat(f.messageZh()).contains("1549.15", "1120.05", "合计 = 各项之和");
        });
    }

    @Test
    void aToleranceSilencesDifferencesUpToItAndNoFurther() {
        Findings lenient = new Findings(new BigDecimal("0.01"));
        assertThat(lenient.equal(TOTAL, Location.of("summary", "x"), Map.of(), new BigDecimal("1.00"), new BigDecimal("1.01"))).isTrue();
        assertThat(lenient.equal(TOTAL, Location.of("summary", "x"), Map.of(), new BigDecimal("1.00"), new BigDecimal("0.98"))).isFalse();
        assertThat(lenient.list()).hasSize(1);
    }

    @Test
    void countsGoBySeverity() {
        Findings findings = new Findings(BigDecimal.ZERO);
        findings.equal(TOTAL, Location.of("summary", "a"), Map.of(), BigDecimal.ONE, BigDecimal.TEN);
        findings.fail(Rule.of("test.reason", Severity.WARNING, "有原因", "has a reason", "summary"),
                Location.of("summary", "b").project("203-1"), Map.of(), "a reason", "", "缺少原因", "no reason");
        FindingsReport report = FindingsReport.of("130624-203", 2020, BigDecimal.ZERO, findings.list());
        assertThat(report.counts()).isEqualTo(new FindingsReport.Counts(1, 1, 0));
        assertThat(report.findings().get(1).messageEn()).isEqualTo("summary [203-1] b: no reason");
    }

    @Test
    void toleranceParameterIsADecimalFromZero() {
        assertThat(Tolerance.parse(null)).isEqualByComparingTo("0");
        assertThat(Tolerance.parse(" 0.05 ")).isEqualByComparingTo("0.05");
        assertThat(Tolerance.parse("0.40").toString()).isEqualTo("0.40");
        assertThat(Tolerance.parse("1e2").toString()).isEqualTo("100");
        assertThat(Tolerance.parse("0.0000010").toString()).isEqualTo("0.0000010");
        // In range but finer than any amount, or too long to be read at all: refused before any digit is expanded.
        for (String bad : new String[]{"-1", "abc", "1e9", "1e-10000", "1e-9999", "0.0000001", "1e10000", "-1e10000",
                "1e999999999999", "0." + "0".repeat(40) + "1"}) {
            assertThatThrownBy(() -> Tolerance.parse(bad)).isInstanceOf(ProblemException.class)
                    .satisfies(e -> assertThat(((ProblemException) e).errors().get(0).field()).isEqualTo("tolerance"));
        }
    }
}
