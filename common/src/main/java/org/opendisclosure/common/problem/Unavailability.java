package org.opendisclosure.common.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Whether a failure says the database cannot be used right now (down, restarting, refusing
 * connections, no connection to be had in time) rather than that the request or the code is at
 * fault. Read from the JDBC exceptions in the chain, so it holds whatever wrapped them (Hibernate,
 * Agroal, the transaction manager) and needs no database code here.
 */
public final class Unavailability {

    private static final int MAX_EXAMINED = 64;

    private Unavailability() {
    }

    /**
     * Causes and suppressed exceptions both: a transaction whose commit meets a dead server throws
     * a rollback exception whose JDBC failure is suppressed in it, not its cause.
     */
    public static boolean ofDatabase(Throwable failure) {
        Deque<Throwable> pending = new ArrayDeque<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        if (failure != null) {
            pending.push(failure);
        }
        while (!pending.isEmpty() && seen.size() < MAX_EXAMINED) {
            Throwable t = pending.pop();
            if (!seen.add(t)) {
                continue;
            }
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && unavailable(sql)) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                pending.push(suppressed);
            }
            if (t.getCause() != null) {
                pending.push(t.getCause());
            }
        }
        return false;
    }

    private static boolean unavailable(SQLException e) {
        String state = e.getSQLState();
        if (state != null) {
            // 08: connection exception; 57P01-57P03: the server is shutting down, crashed or not yet accepting
            // connections; 53300: too many connections.
            return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")
                    || state.equals("53300");
        }
        // Agroal gives up waiting for a connection without an SQL state.
        String message = e.getMessage();
        return message != null && message.startsWith("Acquisition timeout");
    }
}
