package org.opendisclosure.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What cannot be read is rejected as a whole, naming the line and what was expected there. The
 * documents are the fixture, cut short or changed at one place.
 */
class MalformedDocumentTest {

    @Test
    void plainTextIsNoDisclosureAndIsRejectedAtLine1() {
        UnreadableDocumentException error = reject("Dear all,\nthe meeting is on Monday.\n");

        assertThat(error.line()).isEqualTo(1);
        assertThat(error.expected()).contains("部门预算信息公开");
        assertThat(error.found()).isEqualTo("Dear all,");
        assertThat(error.getMessage()).startsWith("line 1: expected a 部门预算信息公开 document").endsWith("found Dear all,");
    }

    @Test
    void aTitleWithoutThePartsIsNoDisclosure() {
        UnreadableDocumentException error = reject(withoutLine(6)); // 第一部分:部门职责及机构设置情况

        assertThat(error.line()).isEqualTo(1);
        assertThat(error.expected()).contains("第一部分");
    }

    @Test
    void aDocumentCutInsideAnIndicatorRowNamesItsLastLineAndTheRow() {
        UnreadableDocumentException error = reject(firstLines(2133)); // three of six cells of a row

        assertThat(error.line()).isEqualTo(2133);
        assertThat(error.expected()).isEqualTo("an indicator row of project 203-0401-YCN-E87G with 6 cells (一级指标 … 指标值确定依据)");
        assertThat(error.found()).isEqualTo("end of document");
    }

    @Test
    void aDocumentCutInsideAProjectTableNamesTheRowThatWasNext() {
        UnreadableDocumentException error = reject(firstLines(2103)); // after the 资金支出计划 figures

        assertThat(error.line()).isEqualTo(2103);
        assertThat(error.expected()).startsWith("the 绩效目标 row of project 203-0401-YCN-E87G");
        assertThat(error.found()).isEqualTo("end of document");
    }

    @Test
    void aDocumentCutAfterAPartNamesThePartThatWasNext() {
        UnreadableDocumentException error = reject(firstLines(2965)); // the last project table of 第五部分 is complete

        assertThat(error.line()).isEqualTo(2965);
        assertThat(error.expected()).isEqualTo("第六部分 (政府采购预算情况)");
        assertThat(error.found()).isEqualTo("end of document");
    }

    @Test
    void aDocumentCutAfterTheLastHeadingNamesTheMissingText() {
        UnreadableDocumentException error = reject(firstLines(3323)); // 第九部分：其他需说明的事项

        assertThat(error.line()).isEqualTo(3323);
        assertThat(error.expected()).startsWith("the text of 第九部分");
    }

    @Test
    void aWordInAFigureCellIsNamedWithItsColumnAndRow() {
        UnreadableDocumentException error = reject(withLine(3017, "\tabc")); // 合计 row, 政府采购金额 总计

        assertThat(error.line()).isEqualTo(3017);
        assertThat(error.expected()).isEqualTo("the 政府采购金额 总计 of the 合计 row (a figure in 万元)");
        assertThat(error.found()).isEqualTo("abc");
    }

    @Test
    void aWordInAProjectBudgetIsNamedWithItsProject() {
        UnreadableDocumentException error = reject(withLine(216, "\t十七万")); // 预算数 17.60

        assertThat(error.line()).isEqualTo(216);
        assertThat(error.expected()).isEqualTo("the 预算数 of project 203-0401-YXN-X52V (a figure in 万元)");
        assertThat(error.found()).isEqualTo("十七万");
    }

    @Test
    void withoutTheHeadingOfPart6TheProcurementStatementIsWherePart6WasExpected() {
        UnreadableDocumentException error = reject(withoutLine(2967)); // 第六部分：政府采购预算情况

        assertThat(error.line()).isEqualTo(2968);
        assertThat(error.expected()).isEqualTo("the heading of a project table (…绩效目标表) or 第六部分 (政府采购预算情况)");
        assertThat(error.found()).isEqualTo("我部门2020年度政府采购预算107.57万元，详细如下：");
    }

    @Test
    void withoutTheHeadingOfPart5ItsTextIsFoundWherePart4ShouldEnd() {
        UnreadableDocumentException error = reject(withoutLine(124)); // 第五部分：预算绩效信息

        assertThat(error.line()).isEqualTo(125);
        assertThat(error.expected()).isEqualTo("the end of 第四部分 (财政拨款“三公”经费预算情况)");
        assertThat(error.found()).isEqualTo("部门整体绩效目标 ：");
    }

    @Test
    void aProcurementLineWithoutItsLastCellsIsCounted() {
        List<String> lines = Resources.fixtureLines();
        lines.subList(3038, 3042).clear(); // lines 3039-3042: the four empty cells that end the first line

        UnreadableDocumentException error = reject(String.join("\n", lines));

        assertThat(error.line()).isEqualTo(3025);
        assertThat(error.expected()).isEqualTo("a procurement line with 14 cells (项目名称 … 其他渠道资金)");
        assertThat(error.found()).isEqualTo("10 cells");
    }

    @Test
    void aRowWordSplitByBlankLinesMustStillBeComplete() {
        // Word put the last cell of this indicator row (line 2806) after four blank lines; without it the row is short.
        UnreadableDocumentException error = reject(withoutLine(2806));

        assertThat(error.line()).isEqualTo(2796);
        assertThat(error.expected()).startsWith("an indicator row of project 203-0701-YXN-XWDC with 6 cells");
        assertThat(error.found()).isEqualTo("5 cells");
    }

    @Test
    void anUnknownThreePublicRowIsNamed() {
        UnreadableDocumentException error = reject(withLine(105, "\t会议费")); // was 公务接待费支出

        assertThat(error.line()).isEqualTo(105);
        assertThat(error.expected()).startsWith("a “三公” row");
        assertThat(error.found()).isEqualTo("会议费");
    }

    @Test
    void aProjectCodeUsedTwiceIsRejectedAtTheSecondTable() {
        UnreadableDocumentException error = reject(withLine(2077, "\t203-0401-YXN-X52V")); // the code of the first project

        assertThat(error.line()).isEqualTo(2073);
        assertThat(error.expected()).isEqualTo("a 项目编码 no earlier project has");
        assertThat(error.found()).isEqualTo("203-0401-YXN-X52V");
    }

    @Test
    void plannedPurchasesThatCannotBeItemisedAreRejectedNotDropped() {
        // The assets document needs the items of a plan that is not none; a range is no one amount of anything.
        UnreadableDocumentException error = reject(withLine(3272,
                "中共阜平县委组织部2019年末固定资产总值82.22万元。我部门2020年度拟购置部分办公设备，金额1.2至1.5万元。"));

        assertThat(error.line()).isEqualTo(3272);
        assertThat(error.expected()).contains("无拟购计划").contains("拟购置办公电脑2台");
        assertThat(error.found()).isEqualTo("我部门2020年度拟购置部分办公设备，金额1.2至1.5万元。");
    }

    @Test
    void operatingExpensesThatStateNeitherATotalNorNoneAreNamed() {
        UnreadableDocumentException error = reject(withLine(69, "中共阜平县委组织部机关运行经费详见附表。"));

        assertThat(error.line()).isEqualTo(69);
        assertThat(error.expected()).startsWith("the 机关运行经费 total");
        assertThat(error.found()).isEqualTo("中共阜平县委组织部机关运行经费详见附表。");
    }

    @Test
    void aSecondTotalRowOfTheThreePublicTableIsNamed() {
        UnreadableDocumentException error = reject(withLine(87, "\t合计")); // was 因公出国经费, before the 合计 row

        assertThat(error.line()).isEqualTo(111);
        assertThat(error.expected()).isEqualTo("one 合计 row in the “三公”经费 table");
        assertThat(error.found()).isEqualTo("a second 合计 row");
    }

    @Test
    void projectTablesAfterAStatementThatThereAreNoneAreRejected() {
        UnreadableDocumentException error = reject(withLine(203, "预算项目绩效目标：无"));

        assertThat(error.line()).isEqualTo(205);
        assertThat(error.expected()).contains("no project tables");
        assertThat(error.found()).startsWith("1、不忘初心、牢记使命办公经费绩效目标表");
    }

    @Test
    void aTableOfContentsWithoutABodyIsNoDisclosure() {
        String contents = "目录\n" + String.join("\n", java.util.stream.IntStream.rangeClosed(1, 9)
                .mapToObj(n -> "第" + "一二三四五六七八九".charAt(n - 1) + "部分 …………" + n).toList()) + "\n";
        UnreadableDocumentException error = reject(contents + withoutLine(6)); // the body's 第一部分

        assertThat(error.line()).isEqualTo(1);
        assertThat(error.expected()).contains("第一部分");
    }

    @Test
    void assetsWithoutAnyDateAreRejectedAtTheirHeader() {
        List<String> lines = Resources.fixtureLines();
        lines.set(3276 - 1, "\t"); // 截止时间：2019年12月31日
        lines.set(3272 - 1, "中共阜平县委组织部固定资产总值82.22万元。我部门2020年度无拟购计划。");

        UnreadableDocumentException error = reject(String.join("\n", lines));

        assertThat(error.line()).isEqualTo(3278);
        assertThat(error.expected()).startsWith("the 截止时间 of the 固定资产占用情况表");
    }

    @Test
    void aProcurementTableWithoutItsHeaderIsStillRejected() {
        String fixture = Resources.FIXTURE;
        String headless = fixture.substring(0, fixture.indexOf("\t政府采购项目来源")) + fixture.substring(fixture.indexOf("\t合　计"));

        UnreadableDocumentException error = reject(headless);

        assertThat(error.line()).isEqualTo(2976);
        assertThat(error.expected()).startsWith("the header of the 部门政府采购预算 table");
    }

    private static UnreadableDocumentException reject(String text) {
        Throwable thrown = catchThrowable(() -> new DisclosureParser().parse(text));
        assertThat(thrown).isInstanceOf(UnreadableDocumentException.class);
        return (UnreadableDocumentException) thrown;
    }

    private static String firstLines(int count) {
        return String.join("\n", Resources.fixtureLines().subList(0, count)) + "\n";
    }

    private static String withLine(int number, String text) {
        List<String> lines = Resources.fixtureLines();
        lines.set(number - 1, text);
        return String.join("\n", lines);
    }

    private static String withoutLine(int number) {
        List<String> lines = Resources.fixtureLines();
        lines.remove(number - 1);
        return String.join("\n", lines);
    }
}
