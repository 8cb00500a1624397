package org.opendisclosure.store;

import java.util.function.Supplier;

/**
 * A check of the client's condition ({@code If-Match}) against the current representation, run
 * inside the write's transaction after the row lock is taken, so no other write can slip between.
 */
@FunctionalInterface
public interface Precondition<T> {

    /**
     * @param current gives the current representation, or null when the resource does not exist
     *                yet; asked for only by a condition that needs it, as building it reads every row
     */
    void check(Supplier<T> current);
}
