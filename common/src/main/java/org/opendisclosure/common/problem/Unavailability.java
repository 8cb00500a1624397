package org.opendisclosure.common.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure says the database cannot be used right now (down, restarting, refusing
 * connections, no connection to be had in time) rather than that the request or the code is at
 * fault. Read from the JDBC exceptions in the chain, so it holds whatever wrapped them (Hibernate,
 * Agroal, the transaction manager) and needs no database code here.
 */
public final class Unavailability {

    private static final int MAX_DEPTH = 32;

    private Unavailability() {
    }

    public static boolean ofDatabase(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < MAX_DEPTH; t = t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && unavailable(sql)) {
                return true;
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
