package org.opendisclosure.common.revision;

/**
 * What a write did: the representation now current (null when the client asked for a minimal
 * answer, which spares building it), its revision number, and whether it added a revision
 * (re-sending the same document adds none).
 */
public record Written<T>(T view, int revision, boolean revised) {

    /** Whether the write created the resource: it added the first revision. */
    public boolean created() {
        return revised && revision == 1;
    }
}
