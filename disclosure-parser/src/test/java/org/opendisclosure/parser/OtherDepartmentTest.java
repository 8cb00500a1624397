package org.opendisclosure.parser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * A document of the same family with another shape, written here as the Word export lays it out:
 * another department and division, two units, no procurement, three projects with other indicator
 * categories, a change stated with 减少, full-width digits, empty cells, cells over several lines,
 * ASCII commas and other colons in the headings.
 */
class OtherDepartmentTest {
    private static final ParsedDisclosure PARSED = new DisclosureParser().parse(QuyangDocument.TEXT);
    private static final JsonNode DOCUMENT = PARSED.document();

    @Test
    void namesTheOtherDepartmentWithTheCodeOfItsProjects() {
        assertThat(PARSED.departmentName()).isEqualTo("中共曲阳县委宣传部");
        assertThat(PARSED.divisionName()).isEqualTo("曲阳县");
        assertThat(PARSED.departmentCode()).as("no procurement table: the prefix of the project codes").isEqualTo("301");
        assertThat(PARSED.fiscalYear()).isEqualTo(2020);
        assertThat(DOCUMENT.get("organization").get("divisionName").asText()).isEqualTo("曲阳县");
    }

    @Test
    void readsBothUnitsWithTheCodesOfTheProjectUnitsOfTheSameName() {
        JsonNode organization = DOCUMENT.get("organization");
        assertThat(organization.get("duties").get("basisDocument").asText()).isEqualTo("曲办字〔2019〕12号");
        assertThat(organization.get("duties").get("items")).hasSize(2);
        JsonNode units = organization.get("units");
        assertThat(units).hasSize(2);
        assertThat(units.get(0).get("code").asText()).isEqualTo("301001");
        assertThat(units.get(1).get("sequence").asInt()).isEqualTo(2);
        assertThat(units.get(1).get("name").asText()).as("a name over two lines").isEqualTo("曲阳县融媒体中心");
        assertThat(units.get(1).get("code").asText()).isEqualTo("301002");
        assertThat(units.get(1).get("rank").asText()).isEqualTo("副科级");
    }

    @Test
    void aUnitNoProjectNamesHasNoCode() {
        String renamed = QuyangDocument.TEXT.replace("\t301002曲阳县融媒体中心", "\t301002曲阳县新闻中心");

        JsonNode units = new DisclosureParser().parse(renamed).document().get("organization").get("units");

        assertThat(units.get(0).get("code").asText()).isEqualTo("301001");
        assertThat(units.get(1).get("code").isNull()).isTrue();
    }

    @Test
    void readsTheSummaryWithFullWidthDigitsAndADecrease() {
        JsonNode summary = DOCUMENT.get("summary");
        assertThat(summary.get("revenue").get("total").decimalValue()).isEqualByComparingTo("320.50");
        assertThat(summary.get("revenue").get("governmentFund").decimalValue()).isEqualByComparingTo("20");
        assertThat(summary.get("expenditure").get("personnel").decimalValue()).isEqualByComparingTo("180.1");
        assertThat(summary.get("expenditure").get("projectDescription").asText()).isEqualTo("宣传文化活动经费等");
        JsonNode change = summary.get("changeFromLastYear");
        assertThat(change.get("total").get("amount").decimalValue()).isEqualByComparingTo("-15.8");
        assertThat(change.get("basic").get("amount").decimalValue()).isEqualByComparingTo("4.2");
        assertThat(change.get("basic").get("reason").asText()).isEqualTo("人员调入");
        assertThat(change.get("project").get("amount").decimalValue()).isEqualByComparingTo("-20");
        assertThat(change.get("project").get("reason").asText()).isEqualTo("一次性项目结束");
        assertThat(change.get("other").isNull()).isTrue();
    }

    @Test
    void readsOperatingExpensesWrittenWithAsciiCommas() {
        JsonNode operating = DOCUMENT.get("operatingExpenses");
        assertThat(operating.get("total").decimalValue()).isEqualByComparingTo("20.2");
        assertThat(operating.get("items")).hasSize(2);
        assertThat(operating.get("items").get(1).get("name").asText()).isEqualTo("差旅费");
        assertThat(operating.get("items").get(1).get("amount").decimalValue()).isEqualByComparingTo("8.2");
    }

    @Test
    void readsTheThreePublicTableWithNegativeChangesAndACombinedVehicleRow() {
        JsonNode threePublic = DOCUMENT.get("threePublicExpenses");
        assertThat(threePublic.get("rows")).hasSize(3);
        JsonNode vehicles = threePublic.get("rows").get(1);
        assertThat(vehicles.get("category").asText()).isEqualTo("VEHICLE_PURCHASE_AND_OPERATION");
        assertThat(vehicles.get("previousYear").decimalValue()).isEqualByComparingTo("3.5");
        assertThat(vehicles.get("change").decimalValue()).isEqualByComparingTo("-0.5");
        JsonNode total = threePublic.get("total");
        assertThat(total.get("currentYear").decimalValue()).isEqualByComparingTo("4");
        assertThat(total.get("reason").isNull()).as("an empty 变化原因 cell").isTrue();
    }

    @Test
    void readsThreeProjectsWithTheirBudgetsAndSpendingPlans() {
        JsonNode projects = DOCUMENT.get("performance").get("projects");
        assertThat(projects).hasSize(3);
        JsonNode first = projects.get(0);
        assertThat(first.get("code").asText()).isEqualTo("301-0101-LLX-0001");
        assertThat(first.get("unit").get("code").asText()).isEqualTo("301001");
        assertThat(first.get("budget").get("otherFunds").isNull()).isTrue();
        assertThat(first.get("spendingPlan").get("endOfMarch").isNull()).as("an empty spending-plan cell").isTrue();
        assertThat(first.get("spendingPlan").get("endOfJune").decimalValue().toPlainString()).isEqualTo("50.00");
        assertThat(first.get("goals")).hasSize(2);
        JsonNode second = projects.get(1);
        assertThat(second.get("budget").get("total").decimalValue().toPlainString()).as("published ７０．00").isEqualTo("70.00");
        assertThat(second.get("budget").get("otherFunds").decimalValue()).isEqualByComparingTo("10");
        assertThat(second.get("unit").get("name").asText()).isEqualTo("曲阳县融媒体中心");
    }

    @Test
    void indicatorRowsTakeTheirCategoriesFromTheRowAboveWhateverTheCategories() {
        JsonNode indicators = DOCUMENT.get("performance").get("projects").get(0).get("indicators");

        assertThat(indicators).extracting(row -> row.get("level1").asText() + "/" + row.get("level2").asText()).containsExactly(
                "产出指标/数量指标", "产出指标/时效指标", "成本指标/经济成本指标", "效益指标/经济效益指标", "效益指标/生态效益指标",
                "效益指标/可持续影响指标");
        assertThat(indicators.get(2).get("target").asText()).isEqualTo("≤30万元");
        assertThat(indicators.get(5).get("basis").isNull()).isTrue();
    }

    @Test
    void cellsOverSeveralLinesAndRowsSplitByBlankLinesAreJoined() {
        JsonNode second = DOCUMENT.get("performance").get("projects").get(1).get("indicators").get(0);
        assertThat(second.get("level3").asText()).isEqualTo("新闻作品传播力");
        assertThat(second.get("description").asText()).isEqualTo("全年新闻作品在省级以上媒体刊发数量");

        JsonNode third = DOCUMENT.get("performance").get("projects").get(2).get("indicators");
        assertThat(third).hasSize(2);
        assertThat(third.get(0).get("target").asText()).isEqualTo("≥039件");
        assertThat(third.get(0).get("basis").isNull()).as("the cell Word put after blank lines").isTrue();
        assertThat(third.get(1).get("level1").asText()).isEqualTo("满意度指标");
    }

    @Test
    void aDepartmentWithoutProcurementHasAnEmptyProcurementPart() {
        JsonNode procurement = DOCUMENT.get("procurement");
        assertThat(procurement.get("hasProcurement").asBoolean()).isFalse();
        assertThat(procurement.get("statement").asText()).isEqualTo("我部门2020年度无政府采购预算。");
        assertThat(procurement.get("statedTotal").isNull()).isTrue();
        assertThat(procurement.get("totalRow").isNull()).isTrue();
        assertThat(procurement.get("lines")).isEmpty();
    }

    @Test
    void readsTheAssetsWithDashesAsNoFigure() {
        JsonNode assets = DOCUMENT.get("assets");
        assertThat(assets.get("asOf").asText()).isEqualTo("2019-12-31");
        assertThat(assets.get("totalFixedAssets").decimalValue()).isEqualByComparingTo("120.5");
        assertThat(assets.get("buildings").get("officeArea").decimalValue().toPlainString()).isEqualTo("300.00");
        assertThat(assets.get("vehicles").get("count").isNull()).isTrue();
        assertThat(assets.get("vehicles").get("value").isNull()).isTrue();
        assertThat(assets.get("highValueEquipment").get("count").asInt()).isEqualTo(1);
        assertThat(assets.get("plannedPurchases").get("none").asBoolean()).isTrue();
        assertThat(assets.get("statement").asText()).isEqualTo("中共曲阳县委宣传部2019年末固定资产总值120.5万元。");
    }

    @Test
    void readsTheGlossaryAndTheNotes() {
        assertThat(DOCUMENT.get("glossary")).hasSize(2);
        assertThat(DOCUMENT.get("glossary").get(1).get("term").asText()).isEqualTo("项目支出");
        assertThat(DOCUMENT.get("glossary").get(1).get("definition").asText())
                .isEqualTo("指在基本支出之外为完成特定行政任务所发生的支出。\n包括宣传文化活动经费。");
        assertThat(DOCUMENT.get("otherNotes").asText()).isEqualTo("无");
    }

    @Test
    void findsTheDepartmentOnATitleLineOfItsOwnOrInTheIntroduction() {
        String oneLine = QuyangDocument.TEXT.replace("中共曲阳县委宣传部\n2020年部门预算信息公开", "中共曲阳县委宣传部2020年部门预算信息公开");
        String introductionOnly = QuyangDocument.TEXT.replace("中共曲阳县委宣传部\n2020年部门预算信息公开", "\n2020年部门预算信息公开");

        assertThat(new DisclosureParser().parse(oneLine).departmentName()).isEqualTo("中共曲阳县委宣传部");
        assertThat(new DisclosureParser().parse(introductionOnly).departmentName()).isEqualTo("中共曲阳县委宣传部");
    }

    @Test
    void aGlossaryThatSaysNoneIsEmpty() {
        int start = QuyangDocument.TEXT.indexOf("1、基本支出");
        int end = QuyangDocument.TEXT.indexOf("第九部分");
        String none = QuyangDocument.TEXT.substring(0, start) + "无\n\n" + QuyangDocument.TEXT.substring(end);

        assertThat(new DisclosureParser().parse(none).document().get("glossary")).isEmpty();
    }
}
