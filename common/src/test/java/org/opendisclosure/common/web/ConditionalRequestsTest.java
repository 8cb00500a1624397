package org.opendisclosure.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.EntityTag;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConditionalRequestsTest {

    private final EntityTag current = Representations.etagOf("{\"a\":1}".getBytes(StandardCharsets.UTF_8));
    private final String quoted = "\"" + current.getValue() + "\"";

    @Test
    void ifNoneMatchComparesWeaklyAndAcceptsListsAndStar() {
        assertThat(ConditionalRequests.noneMatch(quoted, current)).isTrue();
        assertThat(ConditionalRequests.noneMatch("W/" + quoted, current)).isTrue();
        assertThat(ConditionalRequests.noneMatch("\"other\", " + quoted, current)).isTrue();
        assertThat(ConditionalRequests.noneMatch("*", current)).isTrue();
        assertThat(ConditionalRequests.noneMatch("\"other\"", current)).isFalse();
        assertThat(ConditionalRequests.noneMatch(null, current)).isFalse();
    }

    @Test
    void ifMatchComparesStrongly() {
        assertThat(ConditionalRequests.match(quoted, current)).isTrue();
        assertThat(ConditionalRequests.match("\"x\" , " + quoted, current)).isTrue();
        assertThat(ConditionalRequests.match("*", current)).isTrue();
        assertThat(ConditionalRequests.match("W/" + quoted, current)).isFalse();
        assertThat(ConditionalRequests.match("\"x\"", current)).isFalse();
    }

    @Test
    void theEtagDependsOnEveryByte() {
        EntityTag scaled = Representations.etagOf("{\"a\":1.0}".getBytes(StandardCharsets.UTF_8));
        assertThat(scaled).isNotEqualTo(current);
        assertThat(Representations.etagOf("{\"a\":1}".getBytes(StandardCharsets.UTF_8))).isEqualTo(current);
    }
}
