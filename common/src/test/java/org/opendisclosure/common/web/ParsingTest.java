package org.opendisclosure.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendisclosure.common.problem.ProblemException;

class ParsingTest {

    @Test
    void pagesCountFromOneWithBoundedSizes() {
        assertThat(PageRequest.parse(null, null)).isEqualTo(new PageRequest(1, PageRequest.DEFAULT_SIZE));
        assertThat(PageRequest.parse("3", "20").offset()).isEqualTo(40);
        assertThatThrownBy(() -> PageRequest.parse("0", null)).isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).errors().get(0).field()).isEqualTo("page"));
        assertThatThrownBy(() -> PageRequest.parse(null, "1001")).isInstanceOf(ProblemException.class)
                .hasMessageContaining("size");
        assertThatThrownBy(() -> PageRequest.parse("two", null)).hasMessageContaining("whole number");
    }

    @Test
    void sortKeysComeFromAWhitelistAndNeverReachTheQueryRaw() {
        Map<String, String> allowed = Map.of("total", "r.total", "name", "d.name");
        assertThat(SortOrder.parse("-total", "name", allowed).clause()).isEqualTo("r.total desc nulls last");
        assertThat(SortOrder.parse(null, "name", allowed).clause()).isEqualTo("d.name asc nulls last");
        assertThat(SortOrder.parse("+name", "name", allowed).descending()).isFalse();
        assertThatThrownBy(() -> SortOrder.parse("r.total; drop table budget", "name", allowed))
                .isInstanceOf(ProblemException.class).hasMessageContaining("unknown sort key");
    }

    @Test
    void aRevisionNumberHasOneSpellingOnly() {
        assertThat(Params.revision("1")).isEqualTo(1);
        assertThat(Params.revision("2147483647")).isEqualTo(Integer.MAX_VALUE);
        for (String other : new String[] {" 1", "1 ", "1\u0000", "\t1", "01", "+1", "0", "-1", "", "2147483648", "1e3"}) {
            assertThatThrownBy(() -> Params.revision(other)).isInstanceOf(ProblemException.class)
                    .satisfies(e -> assertThat(((ProblemException) e).errors().get(0).field()).isEqualTo("revision"));
        }
    }

    @Test
    void divisionPrefixesAreDigitsOnly() {
        assertThat(Params.divisionPrefix(" 1306 ")).isEqualTo("1306");
        assertThat(Params.divisionPrefix("")).isNull();
        assertThatThrownBy(() -> Params.divisionPrefix("13%")).hasMessageContaining("division");
        assertThatThrownBy(() -> Params.divisionPrefix("1234567890123")).hasMessageContaining("division");
    }

    @Test
    void decimalBoundsKeepTheirDigits() {
        assertThat(Params.decimal("minAmount", "0.050")).isEqualTo(new BigDecimal("0.050"));
        assertThat(Params.decimal("minAmount", null)).isNull();
        assertThatThrownBy(() -> Params.decimal("minAmount", "1,5")).hasMessageContaining("minAmount");
    }
}
