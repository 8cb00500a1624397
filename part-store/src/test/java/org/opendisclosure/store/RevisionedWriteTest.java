package org.opendisclosure.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.common.problem.ProblemType;

class RevisionedWriteTest {

    /** An entity manager whose flush fails as Hibernate's does, with the JDBC failure as its cause. */
    private static EntityManager flushFailingWith(SQLException cause) {
        return (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(), new Class<?>[] {EntityManager.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("flush")) {
                        throw new PersistenceException("could not execute batch", cause);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static void write(EntityManager entityManager) {
        RevisionedWrite.write(entityManager, () -> "current", "old", 1, "new", current -> { }, false, () -> "written",
                "the 2020 budget of 130624-203");
    }

    @Test
    void aWriteThatLosesARaceIsAConflict() {
        EntityManager raced = flushFailingWith(new SQLException("duplicate key value violates unique constraint", "23505"));

        assertThatThrownBy(() -> write(raced)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.type()).isEqualTo(ProblemType.CONFLICT));
    }

    @Test
    void aWriteWhoseDatabaseDiedUnderItIsNoConflict() {
        // What a backend says when PostgreSQL's postmaster is killed during the write: the client is to
        // be told 503 (try again), not 409 (someone else wrote it).
        EntityManager crashed = flushFailingWith(new SQLException("FATAL: terminating connection due to unexpected postmaster exit",
                "57P01"));

        assertThatThrownBy(() -> write(crashed)).isInstanceOf(PersistenceException.class).isNotInstanceOf(ProblemException.class);
    }
}
