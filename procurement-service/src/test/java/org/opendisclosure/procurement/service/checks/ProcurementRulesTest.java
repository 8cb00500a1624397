package org.opendisclosure.procurement.service.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.opendisclosure.common.consistency.Finding;
import org.opendisclosure.common.consistency.Findings;
import org.opendisclosure.common.consistency.Location;
import org.opendisclosure.common.consistency.Rule;
import org.opendisclosure.common.consistency.Severity;
import org.opendisclosure.procurement.model.ProcurementDocument;
import org.opendisclosure.testing.ExactJson;

/** Each rule of part 六 on one small document that holds and one that breaks it, and the published fixture. */
class ProcurementRulesTest {

    private static final String FIRST = "党建专项经费 / 办公消耗用品及类似物品";

    /**
     * Two lines and a 合计 row that add up in every way: 151 × 0.01 = 1.51, 112 × 0.02 = 2.24,
     * 1.51 + 2.24 = 3.75 = the stated total, and every amount is funded by 一般公共预算拨款.
     */
    private static ObjectNode consistent() {
        return (ObjectNode) ExactJson.parse("""
                {"hasProcurement": true, "departmentName": "中共阜平县委组织部",
                 "statement": "我部门2020年度政府采购预算3.75万元，详细如下：", "statedTotal": 3.75,
                 "totalRow": {"label": "合计", "amount": 3.75, "departmentBudget": 3.75, "generalPublicBudget": 3.75,
                              "governmentFund": null, "fiscalSpecialAccount": null, "otherSources": null, "otherChannels": null},
                 "lines": [
                   {"projectName": "党建专项经费", "economicClass": "办公费", "itemName": "办公消耗用品及类似物品",
                    "catalogueCode": "A09", "unit": "件", "quantity": 151, "unitPrice": 0.01, "amount": 1.51,
                    "departmentBudget": 1.51, "generalPublicBudget": 1.51, "governmentFund": null,
                    "fiscalSpecialAccount": null, "otherSources": null, "otherChannels": null},
                   {"projectName": "党建专项经费", "economicClass": "印刷费", "itemName": "印刷品",
                    "catalogueCode": "A0802", "unit": "册", "quantity": 112, "unitPrice": 0.02, "amount": 2.24,
                    "departmentBudget": 2.24, "generalPublicBudget": 2.24, "governmentFund": null,
                    "fiscalSpecialAccount": null, "otherSources": null, "otherChannels": null}
                 ]}
                """);
    }

    private static ObjectNode consistent(Consumer<ObjectNode> change) {
        ObjectNode doc = consistent();
        change.accept(doc);
        return doc;
    }

    private static ObjectNode line(ObjectNode doc, int index) {
        return (ObjectNode) doc.get("lines").get(index);
    }

    private static ObjectNode totalRow(ObjectNode doc) {
        return (ObjectNode) doc.get("totalRow");
    }

    private static List<Finding> check(ObjectNode json) {
        return check(json, BigDecimal.ZERO);
    }

    private static List<Finding> check(ObjectNode json, BigDecimal tolerance) {
        ProcurementDocument document;
        try {
            document = ExactJson.MAPPER.treeToValue(json, ProcurementDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
        Findings findings = new Findings(tolerance);
        ProcurementRules.check(document, findings);
        return findings.list();
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /** Figures in the order given: name, value, name, value …; a null value is an empty cell. */
    private static Map<String, BigDecimal> figures(Object... namesAndValues) {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            figures.put((String) namesAndValues[i], namesAndValues[i + 1] == null ? null : d((String) namesAndValues[i + 1]));
        }
        return figures;
    }

    private static void assertFinding(Finding finding, Rule rule, String path, String row, Map<String, BigDecimal> figures,
                                      String expected, String actual, String difference) {
        assertThat(finding.rule()).isEqualTo(rule.id());
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.location()).isEqualTo(new Location("procurement", path, row, null));
        assertThat(finding.figures()).containsExactlyEntriesOf(figures);
        assertThat(finding.expected()).isEqualTo(expected);
        assertThat(finding.actual()).isEqualTo(actual);
        assertThat(finding.difference()).isEqualByComparingTo(difference);
        assertThat(finding.messageZh()).contains(rule.descriptionZh(), path, expected, actual);
        assertThat(finding.messageEn()).contains(rule.descriptionEn(), path, expected, actual);
    }

    @Test
    void theCatalogueHasEveryRuleOnceWithStableIds() {
        assertThat(ProcurementRules.CATALOGUE).extracting(Rule::id).containsExactly(
                "procurement.line-amount", "procurement.total", "procurement.stated-total", "procurement.line-funding",
                "procurement.line-department-budget");
        assertThat(ProcurementRules.CATALOGUE).allSatisfy(rule -> {
            assertThat(rule.severity()).isEqualTo(Severity.ERROR);
            assertThat(rule.parts()).containsExactly("procurement");
            assertThat(rule.descriptionZh()).contains("=");
            assertThat(rule.descriptionEn()).contains("=");
        });
    }

    @Test
    void aDocumentThatAddsUpHasNoFinding() {
        assertThat(check(consistent())).isEmpty();
        // Several funding columns, other channels and a product with trailing zeros (178.5 × 0.02 = 3.570) hold as well.
        assertThat(check(consistent(d -> {
            line(d, 0).put("generalPublicBudget", d("1.01")).put("governmentFund", d("0.2"))
                    .put("fiscalSpecialAccount", d("0.2")).put("otherSources", d("0.1"));
            line(d, 1).put("quantity", d("178.5")).put("amount", d("3.57")).put("departmentBudget", d("3.07"))
                    .put("generalPublicBudget", d("3.07")).put("otherChannels", d("0.5"));
            totalRow(d).put("amount", d("5.08")).put("departmentBudget", d("4.58")).put("generalPublicBudget", d("4.58"))
                    .put("otherChannels", d("0.5"));
            d.put("statedTotal", d("5.08"));
        }))).isEmpty();
    }

    @Test
    void lineAmountIsQuantityTimesUnitPrice() {
        List<Finding> found = check(consistent(d -> line(d, 0).put("quantity", d("152"))));
        assertThat(found).hasSize(1);
        assertFinding(found.get(0), ProcurementRules.LINE_AMOUNT, "lines[0].amount", FIRST,
                figures("amount", "1.51", "quantity", "152", "unitPrice", "0.01"), "1.52", "1.51", "-0.01");

        // The computed amount is shown without the zeros the multiplication adds.
        found = check(consistent(d -> line(d, 1).put("quantity", d("178.5"))));
        assertThat(found).hasSize(1);
        assertFinding(found.get(0), ProcurementRules.LINE_AMOUNT, "lines[1].amount", "党建专项经费 / 印刷品",
                figures("amount", "2.24", "quantity", "178.5", "unitPrice", "0.02"), "3.57", "2.24", "-1.33");
    }

    @Test
    void lineAmountIsNotCheckedWithoutBothQuantityAndUnitPrice() {
        assertThat(check(consistent(d -> line(d, 0).putNull("unitPrice").put("quantity", d("9999"))))).isEmpty();
        assertThat(check(consistent(d -> line(d, 0).putNull("quantity").put("unitPrice", d("9999"))))).isEmpty();
    }

    @Test
    void theTotalRowAmountIsTheSumOfTheLines() {
        // The second line is 2.25 throughout (no unit price to check it by), so only the 合计 row disagrees.
        List<Finding> found = check(consistent(d -> line(d, 1).putNull("quantity").putNull("unitPrice")
                .put("amount", d("2.25")).put("departmentBudget", d("2.25")).put("generalPublicBudget", d("2.25"))));
        assertThat(found).hasSize(1);
        assertFinding(found.get(0), ProcurementRules.TOTAL, "totalRow.amount", "合计",
                figures("totalRow.amount", "3.75", "lines[0].amount", "1.51", "lines[1].amount", "2.25"), "3.76", "3.75", "-0.01");
    }

    @Test
    void aTotalRowWithoutAnAmountOrNoTotalRowHasNoTotalToCheck() {
        assertThat(check(consistent(d -> d.remove("totalRow")))).isEmpty();
        assertThat(check(consistent(d -> {
            totalRow(d).putNull("amount");
            d.put("statedTotal", d("1000"));
        }))).isEmpty();
    }

    @Test
    void theStatedTotalIsTheTotalRowAmount() {
        List<Finding> found = check(consistent(d -> d.put("statedTotal", d("3.57"))));
        assertThat(found).hasSize(1);
        assertFinding(found.get(0), ProcurementRules.STATED_TOTAL, "statedTotal", null,
                figures("statedTotal", "3.57", "totalRow.amount", "3.75"), "3.75", "3.57", "-0.18");
    }

    @Test
    void noStatedTotalHasNothingToCompare() {
        assertThat(check(consistent(d -> d.putNull("statedTotal")))).isEmpty();
    }

    @Test
    void aLinesAmountIsItsDepartmentBudgetPlusOtherChannels() {
        List<Finding> found = check(consistent(d -> line(d, 0).put("departmentBudget", d("1.41")).put("generalPublicBudget", d("1.41"))));
        assertThat(found).hasSize(1);
        assertFinding(found.get(0), ProcurementRules.LINE_FUNDING, "lines[0].amount", FIRST,
                figures("amount", "1.51", "departmentBudget", "1.41", "otherChannels", null), "1.41", "1.51", "0.10");

        found = check(consistent(d -> line(d, 0).put("otherChannels", d("0.1"))));
        assertThat(found).hasSize(1);
        assertFinding(found.get(0), ProcurementRules.LINE_FUNDING, "lines[0].amount", FIRST,
                figures("amount", "1.51", "departmentBudget", "1.51", "otherChannels", "0.1"), "1.61", "1.51", "-0.10");
    }

    @Test
    void theTotalRowsAmountIsItsDepartmentBudgetPlusOtherChannels() {
        List<Finding> found = check(consistent(d -> totalRow(d).put("departmentBudget", d("3.57")).put("generalPublicBudget", d("3.57"))));
        assertThat(found).hasSize(1);
        assertFinding(found.get(0), ProcurementRules.LINE_FUNDING, "totalRow.amount", "合计",
                figures("amount", "3.75", "departmentBudget", "3.57", "otherChannels", null), "3.57", "3.75", "0.18");
    }

    @Test
    void withoutFundingColumnsThereIsNoFundingToCheck() {
        assertThat(check(consistent(d -> {
            for (ObjectNode row : List.of(line(d, 0), line(d, 1), totalRow(d))) {
                row.putNull("departmentBudget").putNull("generalPublicBudget").putNull("otherChannels");
            }
        }))).isEmpty();
    }

    @Test
    void aLinesDepartmentBudgetIsTheSumOfItsSources() {
        List<Finding> found = check(consistent(d -> line(d, 1).put("generalPublicBudget", d("2.04")).put("otherSources", d("0.02"))));
        assertThat(found).hasSize(1);
        assertFinding(found.get(0), ProcurementRules.LINE_DEPARTMENT_BUDGET, "lines[1].departmentBudget", "党建专项经费 / 印刷品",
                figures("departmentBudget", "2.24", "generalPublicBudget", "2.04", "governmentFund", null,
                        "fiscalSpecialAccount", null, "otherSources", "0.02"), "2.06", "2.24", "0.18");
    }

    @Test
    void theTotalRowsDepartmentBudgetIsTheSumOfItsSources() {
        List<Finding> found = check(consistent(d -> totalRow(d).put("generalPublicBudget", d("3.57"))));
        assertThat(found).hasSize(1);
        assertFinding(found.get(0), ProcurementRules.LINE_DEPARTMENT_BUDGET, "totalRow.departmentBudget", "合计",
                figures("departmentBudget", "3.75", "generalPublicBudget", "3.57", "governmentFund", null,
                        "fiscalSpecialAccount", null, "otherSources", null), "3.57", "3.75", "0.18");
    }

    @Test
    void aBlankDepartmentBudgetOrBlankSourcesHaveNothingToCheck() {
        // A blank 当年部门预算安排资金 is not compared with its sources, nor blank sources with it.
        assertThat(check(consistent(d -> line(d, 0).putNull("departmentBudget").put("otherChannels", d("1.51"))))).isEmpty();
        assertThat(check(consistent(d -> line(d, 0).putNull("generalPublicBudget")))).isEmpty();
    }

    @Test
    void aWrongSourceColumnOfALineIsReportedOnceOnlyByThatLine() {
        // The 合计 row's columns are not checked against the lines' columns: 2.04 ≠ 2.24 is the line's finding alone.
        List<Finding> found = check(consistent(d -> line(d, 1).put("generalPublicBudget", d("2.04"))));
        assertThat(found).extracting(Finding::rule, f -> f.location().path())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("procurement.line-department-budget", "lines[1].departmentBudget"));
    }

    @Test
    void findingsComeInDocumentOrder() {
        List<Finding> found = check(consistent(d -> {
            line(d, 1).put("quantity", d("100")).put("otherChannels", d("0.01")).put("generalPublicBudget", d("2"));
            line(d, 0).put("fiscalSpecialAccount", d("0.5"));
            totalRow(d).put("generalPublicBudget", d("3"));
            d.put("statedTotal", d("3.7"));
        }));
        assertThat(found).extracting(f -> f.rule() + " " + f.location().path()).containsExactly(
                "procurement.stated-total statedTotal",
                "procurement.line-department-budget totalRow.departmentBudget",
                "procurement.line-department-budget lines[0].departmentBudget",
                "procurement.line-amount lines[1].amount",
                "procurement.line-funding lines[1].amount",
                "procurement.line-department-budget lines[1].departmentBudget");
    }

    @Test
    void aToleranceForgivesDifferencesUpToIt() {
        ObjectNode doc = consistent(d -> d.put("statedTotal", d("3.57")));
        assertThat(check(doc, d("0.18"))).isEmpty();
        assertThat(check(doc, d("0.17"))).hasSize(1);
    }

    @Test
    void aDepartmentWithoutProcurementHasNothingToCheck() {
        assertThat(check((ObjectNode) ExactJson.parse("""
                {"hasProcurement": false, "departmentName": "无采购局", "statement": "本部门2020年度无政府采购预算。",
                 "statedTotal": 5, "totalRow": {"label": "合计", "amount": 1, "departmentBudget": 2, "generalPublicBudget": 3},
                 "lines": []}
                """))).isEmpty();
    }

    /** The published fixture: one typo, 1061 under 一般公共预算拨款 where 1.61 was meant, and nothing else. */
    @Test
    void thePublishedFixtureHasExactlyOneFinding() {
        List<Finding> found = check((ObjectNode) ExactJson.resource("/sample/130624-203/2020/procurement.json"));
        assertThat(found).hasSize(1);
        Finding finding = found.get(0);
        assertFinding(finding, ProcurementRules.LINE_DEPARTMENT_BUDGET, "lines[2].departmentBudget", FIRST,
                figures("departmentBudget", "1.61", "generalPublicBudget", "1061", "governmentFund", null,
                        "fiscalSpecialAccount", null, "otherSources", null), "1061", "1.61", "-1059.39");
        assertThat(finding.difference().toPlainString()).isEqualTo("-1059.39");
        assertThat(finding.messageZh()).isEqualTo("procurement “党建专项经费 / 办公消耗用品及类似物品” lines[2].departmentBudget："
                + "公布为 1.61，按“当年部门预算安排资金 = 一般公共预算拨款 + 基金预算拨款 + 财政专户核拨 + 其他来源收入”应为 1061（相差 -1059.39）");
    }
}
