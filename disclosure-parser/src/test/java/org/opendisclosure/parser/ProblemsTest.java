package org.opendisclosure.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Nothing guessed, every problem named: a figure that is not a well-formed amount is refused with
 * its line instead of being read as another number, and each part is read on its own, so that one
 * problem does not hide the next. The documents are the fixture, changed at a few places.
 */
class ProblemsTest {
    /** 2020年预算收入8529.41万元，其中：一般公共预算收入8529.41万元，… (第二部分). */
    private static final int REVENUE = 58;
    /** The 政府采购金额 总计 1.51 of the first procurement line (第六部分). */
    private static final int PROCUREMENT_AMOUNT = 3036;
    /** The same column of the second procurement line, 2.24. */
    private static final int SECOND_PROCUREMENT_AMOUNT = 3051;
    /** The 价值 82.22 of the 固定资产总额 row (第七部分). */
    private static final int TOTAL_FIXED_ASSETS = 3284;
    /** The 预算数 17.60 of project 203-0401-YXN-X52V (第五部分). */
    private static final int PROJECT_BUDGET = 216;

    @ParameterizedTest
    @ValueSource(strings = {"1e400", "8529.41.3", "-8529.41", "12,34.5", "85 29", "8529.4l", "8529.", "１ｅ４００", "＋8529.41"})
    void aGarbledFigureInASentenceIsRefusedWithItsLineNotReadAsAnotherNumber(String garbled) {
        String text = withLine(REVENUE, line(REVENUE).replace("一般公共预算收入8529.41万元", "一般公共预算收入" + garbled + "万元"));

        UnreadableDocumentException error = reject(text);

        assertThat(error.problems()).hasSize(1);
        assertThat(error.line()).isEqualTo(REVENUE);
        assertThat(error.expected()).isEqualTo("the figure of 一般公共预算收入 as an amount in 万元 such as 8529.41");
        assertThat(error.found()).isEqualTo(garbled + "万元");
        assertThat(error.problems().get(0).part()).isEqualTo(2);
    }

    @Test
    void wellFormedAmountsInSentencesAreStillRead() {
        String text = withLine(REVENUE, line(REVENUE).replace("一般公共预算收入8529.41万元", "一般公共预算收入8,529.41万元"));

        JsonNode revenue = new DisclosureParser().parse(text).document().get("summary").get("revenue");

        assertThat(revenue.get("generalPublicBudget").decimalValue()).isEqualByComparingTo("8529.41");
    }

    @Test
    void aGarbledChangeIsRefusedRatherThanLeftOut() {
        String text = withLine(66, line(66).replace("较上年增加1549.15万元", "较上年增加1549.15.5万元"));

        UnreadableDocumentException error = reject(text);

        assertThat(error.line()).isEqualTo(66);
        assertThat(error.expected()).isEqualTo("the figure of 较上年增加 as an amount in 万元 such as 8529.41");
        assertThat(error.found()).isEqualTo("1549.15.5万元");
    }

    @Test
    void aGarbledProcurementTotalInTheStatementIsRefused() {
        String text = withLine(2969, line(2969).replace("107.57万元", "1e7.57万元"));

        UnreadableDocumentException error = reject(text);

        assertThat(error.line()).isEqualTo(2969);
        assertThat(error.expected()).isEqualTo("the figure of the 政府采购预算 total as an amount in 万元 such as 8529.41");
        assertThat(error.found()).isEqualTo("1e7.57万元");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e400", "17.60.3", "1,7.60", "17 60", "17.6O"})
    void aGarbledFigureInACellIsRefusedWithItsLineAndColumn(String garbled) {
        UnreadableDocumentException error = reject(withLine(PROJECT_BUDGET, "\t" + garbled));

        assertThat(error.line()).isEqualTo(PROJECT_BUDGET);
        assertThat(error.expected()).isEqualTo("the 预算数 of project 203-0401-YXN-X52V (a figure in 万元)");
        assertThat(error.found()).isEqualTo(garbled);
        assertThat(error.problems().get(0).part()).isEqualTo(5);
    }

    @Test
    void aNegativeFigureInAColumnWithoutSignsIsRefusedNotReadWithoutItsSign() {
        UnreadableDocumentException error = reject(withLine(PROJECT_BUDGET, "\t-17.60"));

        assertThat(error.line()).isEqualTo(PROJECT_BUDGET);
        assertThat(error.expected()).isEqualTo("the 预算数 of project 203-0401-YXN-X52V (a figure in 万元), which has no sign");
        assertThat(error.found()).isEqualTo("-17.60");
    }

    @Test
    void aNegativeChangeIsReadNegative() {
        JsonNode rows = new DisclosureParser().parse(withLine(108, "\t-0.2")).document().get("threePublicExpenses").get("rows");

        JsonNode reception = null;
        for (JsonNode row : rows) {
            if (row.get("category").asText().equals("RECEPTION")) {
                reception = row;
            }
        }
        assertThat(reception).isNotNull();
        assertThat(reception.get("change").decimalValue()).isEqualByComparingTo("-0.2");
    }

    @Test
    void groupedThousandsAreReadOnlyInGroupsOfThree() {
        String grouped = new DisclosureParser().parse(withLine(PROJECT_BUDGET, "\t1,017.60")).document()
                .at("/performance/projects/0/budget/total").decimalValue().toPlainString();

        assertThat(grouped).isEqualTo("1017.60");
        assertThat(reject(withLine(PROJECT_BUDGET, "\t10,17.60")).found()).isEqualTo("10,17.60");
    }

    @Test
    void threeGarbledFiguresInThreePartsAreThreeProblemsAndTheOtherPartsAreRead() {
        List<String> lines = Resources.fixtureLines();
        lines.set(REVENUE - 1, line(REVENUE).replace("一般公共预算收入8529.41万元", "一般公共预算收入8529.41.3万元"));
        lines.set(PROCUREMENT_AMOUNT - 1, "\t1e400");
        lines.set(TOTAL_FIXED_ASSETS - 1, "\t-82.22");
        String text = String.join("\n", lines);

        UnreadableDocumentException error = reject(text);
        assertThat(error.problems()).extracting(UnreadableDocumentException.Problem::line)
                .containsExactly(REVENUE, PROCUREMENT_AMOUNT, TOTAL_FIXED_ASSETS);
        assertThat(error.problems()).extracting(UnreadableDocumentException.Problem::part).containsExactly(2, 6, 7);
        assertThat(error.problems()).extracting(UnreadableDocumentException.Problem::found)
                .containsExactly("8529.41.3万元", "1e400", "-82.22");
        // The first keeps the single-problem semantics: its line, what was expected, what was found.
        assertThat(error.line()).isEqualTo(REVENUE);
        assertThat(error.getMessage()).startsWith("line 58: expected the figure of 一般公共预算收入").endsWith("(and 2 more problems)");

        DisclosureReading reading = new DisclosureParser().read(text);
        ObjectNode document = reading.disclosure().document();
        assertThat(reading.complete()).isFalse();
        assertThat(reading.problems()).isEqualTo(error.problems());
        assertThat(document.fieldNames()).toIterable()
                .containsExactly("organization", "operatingExpenses", "threePublicExpenses", "performance", "glossary", "otherNotes");
        assertThat(document.get("performance").get("projects")).hasSize(37);
        assertThat(reading.readWhole(3)).isTrue();
        assertThat(reading.readWhole(6)).isFalse();
        assertThat(reading.problemsOf(7)).extracting(UnreadableDocumentException.Problem::line).containsExactly(TOTAL_FIXED_ASSETS);
        // Without 第六部分 the department code is read from the project codes.
        assertThat(reading.disclosure().departmentCode()).isEqualTo("203");
    }

    @Test
    void badCellsInTwoRowsOfOneTableAreBothNamed() {
        List<String> lines = Resources.fixtureLines();
        lines.set(PROCUREMENT_AMOUNT - 1, "\t1.51.0");
        lines.set(SECOND_PROCUREMENT_AMOUNT - 1, "\t2.24万");

        UnreadableDocumentException error = reject(String.join("\n", lines));

        assertThat(error.problems()).extracting(UnreadableDocumentException.Problem::line)
                .containsExactly(PROCUREMENT_AMOUNT, SECOND_PROCUREMENT_AMOUNT);
        assertThat(error.problems().get(1).expected()).isEqualTo("the 政府采购金额 总计 of 印刷品 (a figure in 万元)");
    }

    @Test
    void aRowThatDoesNotFitTheHeaderIsNamedAndTheRowsAfterItAreStillRead() {
        List<String> lines = Resources.fixtureLines();
        lines.set(SECOND_PROCUREMENT_AMOUNT - 1, "\t2.24.0");
        lines.subList(3038, 3042).clear(); // lines 3039-3042: the four empty cells that end the first line

        DisclosureReading reading = new DisclosureParser().read(String.join("\n", lines));

        assertThat(reading.problems()).extracting(UnreadableDocumentException.Problem::found).containsExactly("10 cells", "2.24.0");
        assertThat(reading.problems()).extracting(UnreadableDocumentException.Problem::line)
                .containsExactly(3025, SECOND_PROCUREMENT_AMOUNT - 4);
        assertThat(reading.disclosure().document().has("procurement")).isFalse();
        assertThat(reading.disclosure().document().has("assets")).isTrue();
    }

    @Test
    void aProblemInOneProjectTableDoesNotHideOneInAnother() {
        List<String> lines = Resources.fixtureLines();
        lines.set(PROJECT_BUDGET - 1, "\t17.6.0");
        int secondProject = lines.indexOf("\t203-0401-YCN-E87G") + 1;
        int secondBudget = secondProject + 6; // 项目名称, name, blank, 预算规模及资金用途, 预算数, then the figure
        assertThat(lines.get(secondBudget - 2)).isEqualTo("\t预算数");
        lines.set(secondBudget - 1, "\tabc");

        DisclosureReading reading = new DisclosureParser().read(String.join("\n", lines));

        assertThat(reading.problems()).extracting(UnreadableDocumentException.Problem::line).containsExactly(PROJECT_BUDGET, secondBudget);
        assertThat(reading.disclosure().document().has("performance")).isFalse();
        assertThat(reading.disclosure().document().has("procurement")).isTrue();
    }

    @Test
    void aMissingHeadingIsNamedOnceAndThePartsAfterItAreStillRead() {
        List<String> lines = Resources.fixtureLines();
        lines.remove(124 - 1); // 第五部分：预算绩效信息

        DisclosureReading reading = new DisclosureParser().read(String.join("\n", lines));

        assertThat(reading.problems()).extracting(UnreadableDocumentException.Problem::part).containsOnly(4, 5);
        assertThat(reading.problems().get(0).expected()).isEqualTo("the end of 第四部分 (财政拨款“三公”经费预算情况)");
        assertThat(reading.disclosure().document().fieldNames()).toIterable()
                .containsExactly("organization", "summary", "operatingExpenses", "procurement", "assets", "glossary", "otherNotes");
    }

    @Test
    void anUnknownSentenceAmongTheSummaryIsNamedAndTheRestOfThePartStillChecked() {
        List<String> lines = Resources.fixtureLines();
        lines.set(55 - 1, "本部门预算经县人大审议通过。"); // the blank line under the heading, before any section
        lines.set(REVENUE - 1, line(REVENUE).replace("其他来源收入0万元", "其他来源收入0.0.1万元"));

        UnreadableDocumentException error = reject(String.join("\n", lines));

        assertThat(error.problems()).extracting(UnreadableDocumentException.Problem::line).containsExactly(55, REVENUE);
        assertThat(error.expected()).isEqualTo("a sentence on 预算收入, 支出预算 or 比上年增减");
    }

    @Test
    void theWholeFixtureReadsCompleteAndAsParsed() {
        DisclosureReading reading = new DisclosureParser().read(Resources.FIXTURE);

        assertThat(reading.complete()).isTrue();
        assertThat(reading.disclosure().document()).isEqualTo(new DisclosureParser().parse(Resources.FIXTURE).document());
    }

    private static UnreadableDocumentException reject(String text) {
        Throwable thrown = catchThrowable(() -> new DisclosureParser().parse(text));
        assertThat(thrown).isInstanceOf(UnreadableDocumentException.class);
        return (UnreadableDocumentException) thrown;
    }

    private static String line(int number) {
        return Resources.fixtureLines().get(number - 1);
    }

    private static String withLine(int number, String text) {
        List<String> lines = Resources.fixtureLines();
        lines.set(number - 1, text);
        return String.join("\n", lines);
    }
}
