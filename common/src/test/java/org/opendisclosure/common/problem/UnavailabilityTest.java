package org.opendisclosure.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class UnavailabilityTest {

    @Test
    void aCommitThatMetADeadServerIsUnavailabilityWhereverTheJdbcFailureHangs() {
        SQLException crashed = new SQLException("FATAL: terminating connection due to unexpected postmaster exit", "57P01");
        // As the transaction manager throws it: the JDBC failure suppressed in the rollback, not its cause.
        Exception rollback = new Exception("Could not commit transaction.");
        rollback.addSuppressed(crashed);
        RuntimeException wrapped = new RuntimeException("Error invoking subclass method", rollback);

        assertThat(Unavailability.ofDatabase(wrapped)).isTrue();
        assertThat(Unavailability.ofDatabase(new RuntimeException(new SQLException("syntax error", "42601")))).isFalse();
        assertThat(Unavailability.ofDatabase(null)).isFalse();
    }
}
