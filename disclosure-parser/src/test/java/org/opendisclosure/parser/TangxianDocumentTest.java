package org.opendisclosure.parser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * {@link TangxianDocument}: the year before the name in the title, a table of contents without page
 * numbers, a decrease of 项目支出 only, a “三公” table in another order, goals under （一）/（二）, a
 * procurement table with another header layout and a footnote row, and a table of planned purchases.
 */
class TangxianDocumentTest {
    private static final ParsedDisclosure PARSED = new DisclosureParser().parse(TangxianDocument.TEXT);
    private static final JsonNode DOCUMENT = PARSED.document();

    @Test
    void findsTheDepartmentAfterTheYearInTheTitleAndItsCodeFromTheProjects() {
        assertThat(PARSED.departmentName()).isEqualTo("唐县教育局");
        assertThat(PARSED.divisionName()).isEqualTo("唐县");
        assertThat(PARSED.fiscalYear()).isEqualTo(2020);
        assertThat(PARSED.departmentCode()).as("the procurement table names no code: the prefix of the project codes").isEqualTo("402");
    }

    @Test
    void readsTheUnitTableWithACodeColumn() {
        JsonNode units = DOCUMENT.get("organization").get("units");
        assertThat(units).hasSize(2);
        assertThat(units.get(1).get("code").asText()).isEqualTo("402002");
        assertThat(units.get(1).get("rank").asText()).isEqualTo("股级");
    }

    @Test
    void aDecreaseOfTheProjectsAlone() {
        JsonNode change = DOCUMENT.get("summary").get("changeFromLastYear");
        assertThat(change.get("total").get("amount").decimalValue()).isEqualByComparingTo("-120.5");
        assertThat(change.get("basic").isNull()).isTrue();
        assertThat(change.get("project").get("amount").decimalValue()).isEqualByComparingTo("-120.5");
        assertThat(change.get("project").get("reason").asText()).isEqualTo("部分校舍维修项目已完工");
        assertThat(DOCUMENT.get("summary").get("revenue").get("total").decimalValue()).isEqualByComparingTo("5621.35");
    }

    @Test
    void aChangeOfTheBasicExpenditureAloneWithoutATotal() {
        String basicOnly = TangxianDocument.TEXT.replace("较上年减少120.5万元，主要是项目支出减少120.5万元，原因是部分校舍维修项目已完工。",
                "其中基本支出增加30万元，主要是人员工资调标。");

        JsonNode change = new DisclosureParser().parse(basicOnly).document().get("summary").get("changeFromLastYear");

        assertThat(change.get("total").isNull()).isTrue();
        assertThat(change.get("basic").get("amount").decimalValue()).isEqualByComparingTo("30");
        assertThat(change.get("basic").get("reason").asText()).isEqualTo("人员工资调标");
        assertThat(change.get("project").isNull()).isTrue();
    }

    @Test
    void theChangeOfTheOperatingExpensesIsNoItem() {
        JsonNode operating = DOCUMENT.get("operatingExpenses");
        assertThat(operating.get("total").decimalValue()).isEqualByComparingTo("321.25");
        assertThat(operating.get("items")).extracting(item -> item.get("name").asText())
                .containsExactly("办公费", "印刷费", "差旅费", "会议费", "培训费");
        assertThat(operating.get("items").get(3).get("amount").decimalValue()).as("会议费0，").isEqualByComparingTo("0");
    }

    @Test
    void readsTheThreePublicRowsInTheirPublishedOrder() {
        JsonNode threePublic = DOCUMENT.get("threePublicExpenses");
        assertThat(threePublic.get("rows")).extracting(row -> row.get("category").asText()).containsExactly(
                "RECEPTION", "OUTBOUND_TRAVEL", "VEHICLE_PURCHASE_AND_OPERATION", "VEHICLE_PURCHASE", "VEHICLE_OPERATION");
        assertThat(threePublic.get("rows").get(1).get("currentYear").decimalValue().toPlainString()).isEqualTo("0.00");
        assertThat(threePublic.get("total").get("change").decimalValue()).isEqualByComparingTo("-2.30");
        assertThat(threePublic.get("total").get("reason").isNull()).isTrue();
    }

    @Test
    void goalsUnderBracketedHeadingsAndAProjectTableWithoutCaptionOrWithAFootnoteAfterIt() {
        JsonNode performance = DOCUMENT.get("performance");
        assertThat(performance.get("departmentGoals").get("overall")).containsExactly(
                com.fasterxml.jackson.databind.node.TextNode.valueOf("1、保障全县义务教育学校正常运转。"));
        assertThat(performance.get("departmentGoals").get("itemized")).hasSize(2);
        assertThat(performance.get("departmentGoals").get("safeguards")).isEmpty();
        JsonNode projects = performance.get("projects");
        assertThat(projects).hasSize(1);
        assertThat(projects.get(0).get("code").asText()).isEqualTo("402-0501-XSW-0001");
        assertThat(projects.get(0).get("indicators")).hasSize(3);
        assertThat(projects.get(0).get("indicators").get(1).get("level1").asText()).isEqualTo("产出指标");
    }

    @Test
    void readsAProcurementTableWhoseHeaderWordLaidOutOtherwise() {
        JsonNode procurement = DOCUMENT.get("procurement");
        assertThat(procurement.get("hasProcurement").asBoolean()).isTrue();
        assertThat(procurement.get("departmentName").asText()).isEqualTo("唐县教育局");
        assertThat(procurement.get("statedTotal").decimalValue()).as("1,250.6万元").isEqualByComparingTo("1250.6");
        assertThat(procurement.get("totalRow").get("label").asText()).isEqualTo("合　计");
        assertThat(procurement.get("totalRow").get("generalPublicBudget").decimalValue()).isEqualByComparingTo("1050.60");
        JsonNode lines = procurement.get("lines");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1).get("itemName").asText()).isEqualTo("多媒体教学设备");
        assertThat(lines.get(1).get("quantity").decimalValue()).isEqualByComparingTo("60");
        assertThat(lines.get(0).get("governmentFund").decimalValue()).isEqualByComparingTo("200");
    }

    @Test
    void theFootnoteOfTheProcurementTableIsKeptAfterTheStatement() {
        assertThat(DOCUMENT.get("procurement").get("statement").asText())
                .isEqualTo("我局2020年度政府采购预算1,250.6万元，详细如下：\n注：本表金额单位为万元。");
    }

    @Test
    void aStatementOfNoneAboveAnEmptyTableIsTheNoneForm() {
        int first = TangxianDocument.TEXT.indexOf("\t合　计");
        int end = TangxianDocument.TEXT.indexOf("\t注：本表金额单位为万元。");
        String empty = (TangxianDocument.TEXT.substring(0, first) + TangxianDocument.TEXT.substring(end)).replace("我局2020年度政府采购预算1,250.6万元，详细如下：", "我局2020年度无政府采购预算。");

        JsonNode procurement = new DisclosureParser().parse(empty).document().get("procurement");

        assertThat(procurement.get("hasProcurement").asBoolean()).isFalse();
        assertThat(procurement.get("lines")).isEmpty();
        assertThat(procurement.get("totalRow").isNull()).isTrue();
        assertThat(procurement.get("statement").asText()).isEqualTo("我局2020年度无政府采购预算。\n注：本表金额单位为万元。");
    }

    @Test
    void readsPlannedPurchasesFromTheirTableAfterTheAssetsTable() {
        JsonNode assets = DOCUMENT.get("assets");
        assertThat(assets.get("totalFixedAssets").decimalValue()).isEqualByComparingTo("12356.78");
        assertThat(assets.get("otherFixedAssets").decimalValue()).isEqualByComparingTo("2340.28");
        assertThat(assets.get("statement").asText()).isEqualTo("唐县教育局2019年末固定资产总值12,356.78万元。");
        JsonNode planned = assets.get("plannedPurchases");
        assertThat(planned.get("none").asBoolean()).isFalse();
        assertThat(planned.get("statement").asText()).isEqualTo("我局2020年度拟购置资产如下：");
        assertThat(planned.get("items")).hasSize(2);
        assertThat(planned.get("items").get(0).get("name").asText()).isEqualTo("台式计算机");
        assertThat(planned.get("items").get(0).get("quantity").asInt()).as("10台").isEqualTo(10);
        assertThat(planned.get("items").get(1).get("amount").decimalValue().toPlainString()).isEqualTo("3.60");
    }

    @Test
    void aTableOfPlannedPurchasesBeforeTheAssetsTableIsReadToo() {
        int start = TangxianDocument.TEXT.indexOf("\t拟购置资产明细表");
        int end = TangxianDocument.TEXT.indexOf("第八部分：");
        String purchases = TangxianDocument.TEXT.substring(start, end);
        String withoutPurchases = TangxianDocument.TEXT.replace(purchases, "\n");
        int assetsTable = withoutPurchases.indexOf("\t唐县教育局固定资产占用情况表");
        String before = withoutPurchases.substring(0, assetsTable) + purchases + withoutPurchases.substring(assetsTable);

        assertThat(new DisclosureParser().parse(before).document()).isEqualTo(DOCUMENT);
    }

    @Test
    void readsTheGlossaryAndTheNotes() {
        assertThat(DOCUMENT.get("glossary").get(1).get("term").asText()).isEqualTo("“三公”经费");
        assertThat(DOCUMENT.get("otherNotes").asText()).isEqualTo("无");
    }
}
