package org.opendisclosure.parser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** {@link QuyangDocument} with one part written as other documents of the family write it. */
class FamilyVariantsTest {
    private static final ObjectNode REFERENCE = new DisclosureParser().parse(QuyangDocument.TEXT).document();
    private static final String CHANGE = "本年度预算收支安排320.5万元，较上年减少15.8万元。其中:基本支出增加4.2万元，主要是人员调入；项目支出减少20万元，主要是一次性项目结束。";
    private static final String OPERATING = "中共曲阳县委宣传部机关运行经费安排20.2万元,其中办公费12万元,差旅费8.2万元。";
    private static final String PLAN = "我部门2020年度无拟购计划。";

    @Test
    void zerosWithoutTheirUnitAreZero() {
        String text = QuyangDocument.TEXT.replace("财政专户核拨收入0万元，其他来源收入0万元。", "财政专户核拨收入0，其他来源收入0。")
                .replace("其他支出0万元。", "其他支出0。");

        assertThat(new DisclosureParser().parse(text).document()).isEqualTo(REFERENCE);
    }

    @Test
    void noChangeOfTheTotalAndAChangeOfEachPartWithASentenceOfNoChangeInsideAReason() {
        JsonNode change = summaryChange("本年度预算收支安排320.5万元，与上年相比无变化。其中基本支出增加4.2万元，主要是人员调入，人员编制无变化；项目支出减少4.2万元，主要是一次性项目结束。");

        assertThat(change.get("total").get("amount").decimalValue()).isEqualByComparingTo("0");
        assertThat(change.get("basic").get("amount").decimalValue()).isEqualByComparingTo("4.2");
        assertThat(change.get("basic").get("reason").asText()).isEqualTo("人员调入，人员编制无变化");
        assertThat(change.get("project").get("amount").decimalValue()).isEqualByComparingTo("-4.2");
    }

    @Test
    void eachPartUnchangedSaidWithoutTheTotal() {
        JsonNode change = summaryChange("本年度预算收支安排320.5万元。其中基本支出与上年持平，项目支出较上年无增减变化。");

        assertThat(change.get("total").isNull()).isTrue();
        assertThat(change.get("basic").get("amount").decimalValue()).isEqualByComparingTo("0");
        assertThat(change.get("project").get("amount").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void roughlyUnchangedStatesNoFigure() {
        assertThat(summaryChange("本年度预算收支安排320.5万元，与上年基本持平。").isNull()).as("基本持平 is not 0").isTrue();
    }

    @Test
    void aDecreaseWithThousandsSeparators() {
        JsonNode change = summaryChange("本年度预算收支安排320.5万元，较上年减少1,015.8万元。");

        assertThat(change.get("total").get("amount").decimalValue()).isEqualByComparingTo("-1015.8");
    }

    @Test
    void operatingExpensesOfNoneOrOf0() {
        for (String none : new String[] {"无", "机关运行经费安排0万元。", "本单位为全额拨款事业单位，不涉及机关运行经费。"}) {
            JsonNode operating = new DisclosureParser().parse(QuyangDocument.TEXT.replace(OPERATING, none)).document().get("operatingExpenses");

            assertThat(operating.get("total").decimalValue()).as(none).isEqualByComparingTo("0");
            assertThat(operating.get("items")).as(none).isEmpty();
            assertThat(operating.get("statement").asText()).as(none).isEqualTo(none);
        }
    }

    @Test
    void aChangeAgainstLastYearInPart3IsNoItemButIsKeptInTheStatement() {
        String withChange = "中共曲阳县委宣传部机关运行经费安排20.2万元，较上年增加2万元，其中办公费12万元，差旅费8.2万元。";
        JsonNode operating = new DisclosureParser().parse(QuyangDocument.TEXT.replace(OPERATING, withChange)).document()
                .get("operatingExpenses");

        assertThat(operating.get("items")).extracting(item -> item.get("name").asText()).containsExactly("办公费", "差旅费");
        assertThat(operating.get("statement").asText()).isEqualTo(withChange);
    }

    @Test
    void projectTablesWithoutTheirCaptionAndGoalsUnderANumberedCaption() {
        String text = QuyangDocument.TEXT.replace("预算项目绩效目标：\n", "").replace("部门整体绩效目标：", "一、部门整体绩效目标")
                .replace("一、总体绩效目标", "（一）总体绩效目标").replace("二、分项绩效目标", "（二）分项绩效目标")
                .replace("三、工作保障措施", "（三）工作保障措施");

        assertThat(new DisclosureParser().parse(text).document().get("performance")).isEqualTo(REFERENCE.get("performance"));
    }

    @Test
    void goalsWithoutSafeguards() {
        String text = QuyangDocument.TEXT.replace("三、工作保障措施\n1、加强宣传队伍建设。\n", "");

        JsonNode goals = new DisclosureParser().parse(text).document().get("performance").get("departmentGoals");

        assertThat(goals.get("safeguards")).isEmpty();
        assertThat(goals.get("itemized")).hasSize(2);
    }

    @Test
    void severalPlannedPurchasesWithTheirAmountsInBrackets() {
        JsonNode planned = plannedPurchases("我部门2020年度拟购置公务用车一辆（12万元）、办公桌椅5套（0.8万元）。");

        assertThat(planned.get("none").asBoolean()).isFalse();
        assertThat(planned.get("items")).hasSize(2);
        assertThat(planned.get("items").get(0).get("name").asText()).isEqualTo("公务用车");
        assertThat(planned.get("items").get(0).get("quantity").asInt()).isEqualTo(1);
        assertThat(planned.get("items").get(0).get("amount").decimalValue()).isEqualByComparingTo("12");
        assertThat(planned.get("items").get(1).get("name").asText()).isEqualTo("办公桌椅");
        assertThat(planned.get("items").get(1).get("amount").decimalValue()).isEqualByComparingTo("0.8");
    }

    @Test
    void amountsInYuanAreReadInWanYuanExactlyAndAFigureThatFitsNoFieldIsNamedAsPublished() {
        String published = "2020年支出预算320.5万元，其中基本支出200.3万元，包括人员经费180.1万元和日常公用经费20.2万元；项目支出120.2万元，主要为宣传文化活动经费等；其他支出0万元。";
        String inYuan = "2020年支出预算3,205,000.00元，其中基本支出2,003,000元，包括人员经费1801000.5元和日常公用经费202,000元；"
                + "项目支出1,202,000.00元，主要为宣传文化活动经费等；其他支出0元。";
        JsonNode expenditure = new DisclosureParser().parse(QuyangDocument.TEXT.replace(published, inYuan)).document()
                .get("summary").get("expenditure");

        assertThat(expenditure.get("total").decimalValue()).isEqualByComparingTo("320.5");
        assertThat(expenditure.get("basic").decimalValue()).isEqualByComparingTo("200.3");
        assertThat(expenditure.get("personnel").decimalValue().toPlainString()).isEqualTo("180.10005");
        assertThat(expenditure.get("project").decimalValue()).isEqualByComparingTo("120.2");

        String unknown = QuyangDocument.TEXT.replace(published, inYuan.replace("其他支出0元。", "其他支出0元，预备费5,000.00元。"));
        UnreadableDocumentException error = org.assertj.core.api.Assertions.catchThrowableOfType(UnreadableDocumentException.class,
                () -> new DisclosureParser().parse(unknown));
        assertThat(error.problems()).extracting(UnreadableDocumentException.Problem::found).containsExactly("预备费5,000.00元");
    }

    @Test
    void aRateInYuanInsideASentenceInWanYuanIsNoFigureOfThePart() {
        String text = QuyangDocument.TEXT.replace("主要为宣传文化活动经费等", "主要为宣传文化活动经费、按每人每月500元标准发放的通讯补贴等")
                .replace("其中办公费12万元,差旅费8.2万元。", "其中办公费12万元,差旅费8.2万元（按每人每天180元）。");

        ObjectNode document = new DisclosureParser().parse(text).document();

        assertThat(document.get("summary").get("expenditure").get("projectDescription").asText())
                .isEqualTo("宣传文化活动经费、按每人每月500元标准发放的通讯补贴等");
        assertThat(document.get("operatingExpenses").get("items")).hasSize(2);
    }

    @Test
    void plannedPurchasesStatedByTheirAmountsWithoutCountsHaveNoQuantity() {
        JsonNode one = plannedPurchases("我部门2020年度拟购置部分办公设备，金额1.2万元。");
        JsonNode several = plannedPurchases("我部门2020年度拟购置办公桌椅2万元、打印机（预算0.35万元）。");

        assertThat(one.get("items")).extracting(item -> item.get("name").asText() + "=" + item.get("amount").decimalValue().toPlainString()
                + "×" + item.get("quantity")).containsExactly("部分办公设备=1.2×null");
        assertThat(several.get("items")).extracting(item -> item.get("name").asText() + "=" + item.get("amount").decimalValue().toPlainString()
                + "×" + item.get("quantity")).containsExactly("办公桌椅=2×null", "打印机=0.35×null");
    }

    @Test
    void severalPlannedPurchasesWithOneAmountForAllKeepItInTheStatement() {
        String sentence = "我部门2020年度计划购置办公电脑2台、打印机1台，预算金额1.5万元，资金来源为财政拨款。";

        JsonNode planned = plannedPurchases(sentence);

        assertThat(planned.get("statement").asText()).isEqualTo(sentence);
        assertThat(planned.get("items")).extracting(item -> item.get("name").asText() + "×" + item.get("quantity").asInt())
                .containsExactly("办公电脑×2", "打印机×1");
        assertThat(planned.get("items").get(0).get("amount").isNull()).isTrue();
    }

    @Test
    void footnotesArePassedOverWhereThePartHasNoFieldForThem() {
        String text = QuyangDocument.TEXT
                .replace("\t财政拨款\n\n\n第二部分", "\t财政拨款\n\n注：融媒体中心为公益二类事业单位。\n\n第二部分")
                .replace("其他支出0万元。\n", "其他支出0万元。\n\n注：支出按功能分类统计。\n")
                .replace("\t-0.7\n\t\n", "\t-0.7\n\t\n\n注：本表不含事业单位经费。\n")
                .replace("\t问卷调查\n\n\n第六部分", "\t问卷调查\n\n注：项目绩效目标表由项目单位填报。\n\n第六部分")
                .replace("包括宣传文化活动经费。\n", "包括宣传文化活动经费。\n\n注：以上名词按财政部口径解释。\n");

        assertThat(new DisclosureParser().parse(text).document()).isEqualTo(REFERENCE);
    }

    @Test
    void footnotesAreKeptWhereThePartHasAStatement() {
        String text = QuyangDocument.TEXT.replace("我部门2020年度无政府采购预算。", "我部门2020年度无政府采购预算。\n\n注：详见政府采购目录。")
                .replace(OPERATING, OPERATING + "\n\n注：机关运行经费为财政拨款安排的公用经费。")
                .replace("\t15.5\n", "\t15.5\n\n\t注：房屋面积单位为平方米，价值单位为万元。\n");

        JsonNode document = new DisclosureParser().parse(text).document();

        assertThat(document.get("procurement").get("statement").asText()).isEqualTo("我部门2020年度无政府采购预算。\n注：详见政府采购目录。");
        assertThat(document.get("operatingExpenses").get("statement").asText())
                .isEqualTo(OPERATING + "\n注：机关运行经费为财政拨款安排的公用经费。");
        assertThat(document.get("operatingExpenses").get("items")).hasSize(2);
        assertThat(document.get("assets").get("statement").asText())
                .isEqualTo("中共曲阳县委宣传部2019年末固定资产总值120.5万元。\n注：房屋面积单位为平方米，价值单位为万元。");
        assertThat(document.get("otherNotes")).isEqualTo(REFERENCE.get("otherNotes"));
    }

    @Test
    void withoutADateAboveTheAssetsTableTheAssetsAreAsAtTheYearEndTheStatementNames() {
        String text = QuyangDocument.TEXT.replace("\t 截止时间：2019年12月31日\n\n", "");

        JsonNode assets = new DisclosureParser().parse(text).document().get("assets");

        assertThat(assets.get("asOf").asText()).as("…2019年末固定资产总值120.5万元。").isEqualTo("2019-12-31");
        assertThat(assets.get("totalFixedAssets")).isEqualTo(REFERENCE.get("assets").get("totalFixedAssets"));
    }

    private static JsonNode summaryChange(String sentence) {
        return new DisclosureParser().parse(QuyangDocument.TEXT.replace(CHANGE, sentence)).document().get("summary").get("changeFromLastYear");
    }

    private static JsonNode plannedPurchases(String sentence) {
        return new DisclosureParser().parse(QuyangDocument.TEXT.replace(PLAN, sentence)).document().get("assets").get("plannedPurchases");
    }
}
