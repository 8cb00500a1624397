package org.opendisclosure.gateway.service;

import jakarta.ws.rs.core.EntityTag;
import java.nio.ByteBuffer;

/**
 * A composed disclosure, ready to send: its bytes, their strong ETag, and what it holds;
 * {@code composedAt} ({@link System#nanoTime()}) tells its age, for refreshing it ahead of expiry,
 * and {@code directJson} holds the same bytes outside the heap, for the event loop to write to
 * sockets as they are (read through {@link ByteBuffer#duplicate()} only, never changed).
 */
public record ComposedDisclosure(byte[] json, EntityTag etag, boolean found, boolean complete, long composedAt,
                                 ByteBuffer directJson) {

    public ComposedDisclosure(byte[] json, EntityTag etag, boolean found, boolean complete) {
        this(json, etag, found, complete, System.nanoTime(), ByteBuffer.allocateDirect(json.length).put(json).flip());
    }
}
