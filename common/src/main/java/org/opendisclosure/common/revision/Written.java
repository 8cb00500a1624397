package org.opendisclosure.common.revision;

/**
 * What a write did: the representation now current (null when the client asked for a minimal
 * answer, which spares building it), its revision number, whether the resource was created by
 * it, and whether it added a revision (re-sending the same document adds none).
 */
public record Written<T>(T view, int revision, boolean created, boolean revised) {
}
