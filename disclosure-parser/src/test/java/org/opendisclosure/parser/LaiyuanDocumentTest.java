package org.opendisclosure.parser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * {@link LaiyuanDocument}: a 事业单位 of another county with a table of contents, other headings,
 * grouped figures, no operating expenses, no project tables, no procurement, a planned purchase and
 * footnotes.
 */
class LaiyuanDocumentTest {
    private static final ParsedDisclosure PARSED = new DisclosureParser().parse(LaiyuanDocument.TEXT);
    private static final JsonNode DOCUMENT = PARSED.document();
    private static final String CONTENTS = LaiyuanDocument.TEXT.substring(LaiyuanDocument.TEXT.indexOf("目　　录"),
            LaiyuanDocument.TEXT.indexOf("按照《预算法》"));

    @Test
    void findsTheDepartmentAndYearInATitleOverTwoLinesWith年度() {
        assertThat(PARSED.departmentName()).isEqualTo("涞源县机关事务服务中心");
        assertThat(PARSED.divisionName()).isEqualTo("涞源县");
        assertThat(PARSED.fiscalYear()).isEqualTo(2020);
        assertThat(PARSED.departmentCode()).as("no procurement table and no project codes").isNull();
    }

    @Test
    void theTableOfContentsIsNotTheBody() {
        String withoutContents = LaiyuanDocument.TEXT.replace(CONTENTS, "");

        assertThat(new DisclosureParser().parse(withoutContents).document()).isEqualTo(DOCUMENT);
        assertThat(DOCUMENT.get("organization").get("duties").get("items")).hasSize(3);
    }

    @Test
    void aTableOfContentsWithoutPageNumbersOrWithThemOnLinesOfTheirOwnIsNotTheBodyEither() {
        String bare = CONTENTS.replaceAll("…+\\d+", "").replaceAll("\n6\n", "\n");
        String numbersBelow = CONTENTS.replaceAll("…+(\\d+)", "\n\n$1\n");

        assertThat(new DisclosureParser().parse(LaiyuanDocument.TEXT.replace(CONTENTS, bare)).document()).isEqualTo(DOCUMENT);
        assertThat(new DisclosureParser().parse(LaiyuanDocument.TEXT.replace(CONTENTS, numbersBelow)).document()).isEqualTo(DOCUMENT);
    }

    @Test
    void readsTheUnitTablePassingOverTheFootnoteUnderIt() {
        JsonNode units = DOCUMENT.get("organization").get("units");
        assertThat(units).hasSize(1);
        assertThat(units.get(0).get("nature").asText()).isEqualTo("事业");
        assertThat(DOCUMENT.get("organization").get("duties").get("basisDocument").asText()).isEqualTo("涞编〔2019〕8号");
    }

    @Test
    void readsFiguresWithThousandsSeparatorsAndZerosWithoutTheirUnit() {
        JsonNode revenue = DOCUMENT.get("summary").get("revenue");
        assertThat(revenue.get("total").decimalValue()).isEqualByComparingTo("1234.56");
        assertThat(revenue.get("governmentFund").decimalValue()).as("基金预算收入0，").isEqualByComparingTo("0");
        JsonNode expenditure = DOCUMENT.get("summary").get("expenditure");
        assertThat(expenditure.get("total").decimalValue()).as("1，234.56 with a full-width comma").isEqualByComparingTo("1234.56");
        assertThat(expenditure.get("basic").decimalValue()).isEqualByComparingTo("1034.56");
        assertThat(expenditure.get("personnel").decimalValue().toPlainString()).isEqualTo("1000.00");
        assertThat(expenditure.get("other").decimalValue()).as("其他支出0。").isEqualByComparingTo("0");
    }

    @Test
    void aChangeStatedAsNoneIsZero() {
        JsonNode change = DOCUMENT.get("summary").get("changeFromLastYear");
        assertThat(change.get("total").get("amount").decimalValue()).as("与上年持平").isEqualByComparingTo("0");
        assertThat(change.get("total").get("reason").isNull()).isTrue();
        assertThat(change.get("basic").get("amount").decimalValue()).as("基本支出与上年相比无变化").isEqualByComparingTo("0");
        assertThat(change.get("project").isNull()).as("not mentioned").isTrue();
    }

    @Test
    void aUnitWithoutOperatingExpensesHasATotalOf0AndNoItemsAndSaysWhy() {
        JsonNode operating = DOCUMENT.get("operatingExpenses");
        assertThat(operating.get("total").decimalValue()).isEqualByComparingTo("0");
        assertThat(operating.get("items")).isEmpty();
        assertThat(operating.get("statement").asText()).isEqualTo("本部门为事业单位，不涉及机关运行经费。");
    }

    @Test
    void readsTheThreePublicTableWithItsTotalFirstAndDashesForNothing() {
        JsonNode threePublic = DOCUMENT.get("threePublicExpenses");
        assertThat(threePublic.get("total").get("currentYear").decimalValue()).isEqualByComparingTo("2.50");
        assertThat(threePublic.get("rows")).extracting(row -> row.get("category").asText())
                .containsExactly("RECEPTION", "VEHICLE_OPERATION", "VEHICLE_PURCHASE", "OUTBOUND_TRAVEL");
        JsonNode purchase = threePublic.get("rows").get(2);
        assertThat(purchase.get("previousYear").decimalValue()).as("—: nothing budgeted").isEqualByComparingTo("0");
        assertThat(purchase.get("change").isNull()).as("— is no change figure").isTrue();
        JsonNode outbound = threePublic.get("rows").get(3);
        assertThat(outbound.get("previousYear").decimalValue()).as("-").isEqualByComparingTo("0");
        assertThat(outbound.get("currentYear").decimalValue()).as("an empty cell").isEqualByComparingTo("0");
        assertThat(threePublic.get("rows").get(1).get("change").decimalValue().toPlainString()).isEqualTo("0.00");
    }

    @Test
    void goalsWithoutSafeguardsAndAPartThatSaysItHasNoProjectTables() {
        JsonNode performance = DOCUMENT.get("performance");
        assertThat(performance.get("departmentGoals").get("overall")).hasSize(2);
        assertThat(performance.get("departmentGoals").get("itemized")).hasSize(2);
        assertThat(performance.get("departmentGoals").get("safeguards")).isEmpty();
        assertThat(performance.get("projects")).isEmpty();
    }

    @Test
    void noProjectTablesSaidOnTheLineAfterTheCaptionOrNotSaidAtAll() {
        String below = LaiyuanDocument.TEXT.replace("预算项目绩效目标：无", "预算项目绩效目标：\n\n本部门无预算项目绩效目标。");
        String unsaid = LaiyuanDocument.TEXT.replace("预算项目绩效目标：无\n", "");

        assertThat(new DisclosureParser().parse(below).document()).isEqualTo(DOCUMENT);
        assertThat(new DisclosureParser().parse(unsaid).document()).isEqualTo(DOCUMENT);
    }

    @Test
    void noProcurementIsTheNoneForm() {
        JsonNode procurement = DOCUMENT.get("procurement");
        assertThat(procurement.get("hasProcurement").asBoolean()).isFalse();
        assertThat(procurement.get("statement").asText()).isEqualTo("本部门无政府采购预算。");
        assertThat(procurement.get("lines")).isEmpty();

        String bare = LaiyuanDocument.TEXT.replace("本部门无政府采购预算。", "无");
        assertThat(new DisclosureParser().parse(bare).document().get("procurement").get("hasProcurement").asBoolean()).isFalse();
    }

    @Test
    void aPlannedPurchaseInASentenceIsItemised() {
        JsonNode planned = DOCUMENT.get("assets").get("plannedPurchases");
        assertThat(planned.get("none").asBoolean()).isFalse();
        assertThat(planned.get("statement").asText()).isEqualTo("我单位2020年度拟购置办公电脑2台，预算金额1.2万元。");
        assertThat(planned.get("items")).hasSize(1);
        assertThat(planned.get("items").get(0).get("name").asText()).isEqualTo("办公电脑");
        assertThat(planned.get("items").get(0).get("quantity").asInt()).isEqualTo(2);
        assertThat(planned.get("items").get(0).get("amount").decimalValue()).isEqualByComparingTo("1.2");
    }

    @Test
    void theAssetsKeepTheFootnoteUnderTheirTableAfterTheStatement() {
        JsonNode assets = DOCUMENT.get("assets");
        assertThat(assets.get("statement").asText())
                .isEqualTo("涞源县机关事务服务中心2019年末固定资产总值356.8万元。\n注：房屋为县直机关集中办公区分摊面积。");
        assertThat(assets.get("buildings").get("area").decimalValue().toPlainString()).as("1,200.00").isEqualTo("1200.00");
        assertThat(assets.get("highValueEquipment").get("count").isNull()).isTrue();
        assertThat(assets.get("asOf").asText()).isEqualTo("2019-12-31");
    }

    @Test
    void readsTheGlossaryAndTheNotes() {
        assertThat(DOCUMENT.get("glossary")).hasSize(2);
        assertThat(DOCUMENT.get("otherNotes").asText()).isEqualTo("无其他需说明的事项。");
    }
}
