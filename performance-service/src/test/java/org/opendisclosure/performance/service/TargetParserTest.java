package org.opendisclosure.performance.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.opendisclosure.performance.model.Comparison;
import org.opendisclosure.performance.model.ParsedTarget;

class TargetParserTest {

    @ParameterizedTest(name = "{0} is {1} {2} {3}")
    @CsvSource(nullValues = "-", value = {
            // the kinds the fixture publishes
            "≥95, GE, 95, -",
            "≥039件, GE, 39, 件",
            "≥015个, GE, 15, 个",
            "≥04次, GE, 4, 次",
            "100, EQ, 100, -",
            "0, EQ, 0, -",
            "2部, EQ, 2, 部",
            "12部, EQ, 12, 部",
            "15个, EQ, 15, 个",
            // other shapes of the same kind
            "≤5%, LE, 5, %",
            "＜5％, LT, 5, %",
            ">0.5万元, GT, 0.5, 万元",
            "=100.00, EQ, 100.00, -",
            "≥ 90 %, GE, 90, %",
            "<=3天, LE, 3, 天"})
    void readsComparisonNumberAndUnit(String target, Comparison comparison, String value, String unit) {
        ParsedTarget parsed = TargetParser.parse(target);
        assertThat(parsed).isNotNull();
        assertThat(parsed.comparison()).isEqualTo(comparison);
        assertThat(parsed.value()).isEqualTo(new BigDecimal(value));
        assertThat(parsed.unit()).isEqualTo(unit);
    }

    @ParameterizedTest
    @ValueSource(strings = {"每月发放", "全县所有单位", "逐年改善", "有效改善", "全县209个行政村", "年底", "",
            "个别发放、“七一”前和春节集中发放", "≥", "95-100", "1,000", "≥95且≤100", "100 percent of all units"})
    void leavesEverythingElseUnparsed(String target) {
        assertThat(TargetParser.parse(target)).isNull();
    }

    @Test
    void noTargetHasNoParsedForm() {
        assertThat(TargetParser.parse(null)).isNull();
    }

    @Test
    void theNumberKeepsItsPublishedDecimalsButNotLeadingZeros() {
        assertThat(TargetParser.parse("≥039件").value().toPlainString()).isEqualTo("39");
        assertThat(TargetParser.parse("100.00").value().toPlainString()).isEqualTo("100.00");
    }
}
