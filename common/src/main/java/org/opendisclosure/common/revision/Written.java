package org.opendisclosure.common.revision;

/**
 * What a write did: the representation now current, whether the resource was created by it, and
 * whether it added a revision (re-sending the same document adds none).
 */
public record Written<T>(T view, boolean created, boolean revised) {
}
