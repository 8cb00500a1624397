package org.opendisclosure.store;

/**
 * A check of the client's condition ({@code If-Match}) against the current representation, run
 * inside the write's transaction after the row lock is taken, so no other write can slip between.
 */
@FunctionalInterface
public interface Precondition<T> {

    /** @param current the current representation, or null when the resource does not exist yet */
    void check(T current);
}
