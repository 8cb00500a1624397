package org.opendisclosure.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/**
 * A Word or PDF document made from the text export drops a table row whose cells are all empty;
 * in a project table that is the row of a spending plan published without figures. Its absence
 * reads as the empty row; a figure that ran into the month cell instead is refused, not dropped.
 */
class SpendingPlanRowTest {
    private static final String PROJECT = "203-0401-YZN-TCHU";
    private static final String EMPTY_FIGURES = "\t12月底\n\n\t\n\t\n\t\n\t\n\t\n\n\t绩效目标";

    @Test
    void aPlanWithoutItsEmptyFiguresRowReadsAsWithIt() {
        String text = Resources.FIXTURE;
        int at = text.indexOf(EMPTY_FIGURES, text.indexOf(PROJECT));
        assertThat(at).as("the fixture's empty figures row of " + PROJECT).isPositive();
        String withoutRow = text.substring(0, at) + "\t12月底\n\n\t绩效目标" + text.substring(at + EMPTY_FIGURES.length());

        assertThat(new DisclosureParser().parse(withoutRow)).isEqualTo(new DisclosureParser().parse(text));
    }

    @Test
    void aFigureBesideItsMonthWithoutAFiguresRowIsRefused() {
        String text = Resources.FIXTURE;
        int at = text.indexOf(EMPTY_FIGURES, text.indexOf(PROJECT));
        String runTogether = text.substring(0, at) + "\t12月底100.00\n\n\t绩效目标" + text.substring(at + EMPTY_FIGURES.length());
        int line = (int) text.substring(0, at).lines().count() + 1;

        UnreadableDocumentException e = catchThrowableOfType(UnreadableDocumentException.class,
                () -> new DisclosureParser().parse(runTogether));

        assertThat(e.problems()).anySatisfy(problem -> {
            assertThat(problem.line()).isEqualTo(line);
            assertThat(problem.expected()).contains("the month alone").contains(PROJECT);
            assertThat(problem.found()).contains("12月底100.00");
        });
    }
}
