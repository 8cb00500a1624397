package org.opendisclosure.store;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.function.Supplier;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.common.problem.Unavailability;
import org.opendisclosure.common.revision.Written;

/**
 * The write protocol every revisioned resource follows, inside the caller's transaction and
 * after it has locked the resource's head row: check the client's precondition against the
 * current representation; if the document is the one already current, change nothing; otherwise
 * append a revision. A lost race to create the resource is a 409, not a 500; a database that
 * went away under the write is neither: that is a 503, and the client may send the same again.
 */
public final class RevisionedWrite {

    private RevisionedWrite() {
    }

    /**
     * @param current     gives the current representation, or null when the resource does not exist yet;
     *                    asked for only when the answer or the precondition needs it
     * @param currentHash the current revision's content hash, or null when the resource does not exist yet
     * @param revision    the current revision's number (0 when the resource does not exist yet)
     * @param newHash     the hash of the document being written
     * @param minimal     whether the answer carries no representation (the client asked for none)
     * @param append      persists the new revision (and the head row when new) and returns its
     *                    representation, or null when {@code minimal}
     * @param what        names the resource in the conflict message, e.g. "the 2020 budget of 130624-203"
     */
    public static <V> Written<V> write(EntityManager entityManager, Supplier<V> current, String currentHash, int revision,
                                       String newHash, Precondition<V> precondition, boolean minimal, Supplier<V> append,
                                       String what) {
        precondition.check(current);
        if (revision > 0 && newHash.equals(currentHash)) {
            return new Written<>(minimal ? null : current.get(), revision, false);
        }
        try {
            V written = append.get();
            entityManager.flush();
            return new Written<>(written, revision + 1, true);
        } catch (PersistenceException e) {
            if (Unavailability.ofDatabase(e)) {
                throw e;
            }
            throw ProblemException.conflict(capitalised(what) + " was written by another request at the same time; retry");
        }
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
