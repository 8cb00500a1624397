package org.opendisclosure.common.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opendisclosure.common.problem.ProblemException;

class IdentifiersTest {

    @Test
    void departmentIdsJoinDivisionAndDepartmentCodes() {
        DepartmentId id = DepartmentId.parse("departmentId", "130624-203");
        assertThat(id.divisionCode()).isEqualTo("130624");
        assertThat(id.code()).isEqualTo("203");
        assertThat(id).hasToString("130624-203");
        assertThat(DepartmentId.parse("departmentId", "130624001-A7").divisionCode()).isEqualTo("130624001");
    }

    @Test
    void malformedDepartmentIdsNameTheField() {
        for (String bad : new String[]{"203", "13062-203", "130624-", "130624-20 3", "130624_203", "1306241-203",
                " 130624-203", "130624-203 ", "130624-203\u0000", "\t130624-203", "130624-203\n", "１３０６２４-203"}) {
            assertThatThrownBy(() -> DepartmentId.parse("departmentId", bad))
                    .isInstanceOf(ProblemException.class)
                    .satisfies(e -> assertThat(((ProblemException) e).errors().get(0).field()).isEqualTo("departmentId"));
        }
    }

    @Test
    void aNonCanonicalIdIsShownEscapedInTheMessage() {
        assertThatThrownBy(() -> DepartmentId.parse("departmentId", "130624-203\u0000"))
                .hasMessageContaining("\"130624-203\\u0000\"");
    }

    @Test
    void fiscalYearsRunFrom2000To2100() {
        assertThat(FiscalYear.parse("year", "2000")).isEqualTo(2000);
        assertThat(FiscalYear.parse("year", "2100")).isEqualTo(2100);
        assertThatThrownBy(() -> FiscalYear.parse("year", "1999")).hasMessageContaining("between 2000 and 2100");
        assertThatThrownBy(() -> FiscalYear.parse("year", "2101")).hasMessageContaining("2101");
        assertThatThrownBy(() -> FiscalYear.parse("year", "二〇二〇")).hasMessageContaining("year");
        assertThatThrownBy(() -> FiscalYear.parse("year", "99999999999")).hasMessageContaining("year");
        for (String otherSpelling : new String[]{" 2020", "2020 ", "02020", "2020\u0000", "+2020"}) {
            assertThatThrownBy(() -> FiscalYear.parse("year", otherSpelling)).isInstanceOf(ProblemException.class)
                    .hasMessageContaining("four digits");
        }
    }
}
