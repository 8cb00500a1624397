package org.opendisclosure.parser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a line of an export is read as: invisible characters dropped, odd spaces made plain, none left at its end. */
class LinesTest {

    @Test
    void aPlainLineIsReadAsItIs() {
        assertThat(Lines.clean("\t公务接待费\t0.05\t0.25")).isEqualTo("\t公务接待费\t0.05\t0.25");
        assertThat(Lines.clean("")).isEmpty();
    }

    @Test
    void invisibleCharactersAreDroppedAndNonBreakingSpacesReadAsSpaces() {
        assertThat(Lines.clean("\uFEFF第一部分\u200B 部门\u00AD 职责\f")).isEqualTo("第一部分 部门 职责");
        assertThat(Lines.clean("合\u00A0计\u2007万元\u202F")).isEqualTo("合 计 万元");
        assertThat(Lines.clean("\u2060\u200C\u200D")).isEmpty();
    }

    @Test
    void spacesAtTheEndAreDroppedButTabsThatMarkEmptyCellsStay() {
        assertThat(Lines.clean("预算数  \u3000\u2003 ")).isEqualTo("预算数");
        assertThat(Lines.clean("\t8529.41\t\t")).isEqualTo("\t8529.41\t\t");
        assertThat(Lines.clean("\t \u00A0")).isEqualTo("\t");
        assertThat(Lines.clean("  中间  空格  ")).isEqualTo("  中间  空格");
        assertThat(Lines.clean("\u3000\u3000")).isEmpty();
    }
}
