package org.opendisclosure.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemTypeTest {

    @Test
    void typesAreStableUrnsPerStatus() {
        assertThat(ProblemType.forStatus(412).uri()).isEqualTo("urn:budget-disclosure:problem:precondition-failed");
        assertThat(ProblemType.forStatus(413)).isEqualTo(ProblemType.PAYLOAD_TOO_LARGE);
        assertThat(ProblemType.forStatus(418)).isEqualTo(ProblemType.INVALID_INPUT);
        assertThat(ProblemType.forStatus(502)).isEqualTo(ProblemType.INTERNAL_ERROR);
    }

    @Test
    void jsonPathsReadLikeTheDocument() {
        List<JsonMappingException.Reference> path = List.of(
                new JsonMappingException.Reference(null, "operatingExpenses"),
                new JsonMappingException.Reference(null, "items"),
                new JsonMappingException.Reference(null, 3),
                new JsonMappingException.Reference(null, "amount"));
        assertThat(ProblemMappers.jsonPath(path)).isEqualTo("operatingExpenses.items[3].amount");
    }
}
