package org.opendisclosure.gateway.service;

import jakarta.ws.rs.core.EntityTag;
import java.nio.ByteBuffer;
import java.util.Map;
import org.opendisclosure.gateway.parts.Part;

/**
 * A composed disclosure, ready to send: its bytes, their strong ETag, what it holds and the
 * ETags of the documents it was made of;
 * {@code composedAt} ({@link System#nanoTime()}) tells its age, for refreshing it ahead of expiry,
 * and {@code directJson} holds the same bytes outside the heap, for the event loop to write to
 * sockets as they are (read through {@link ByteBuffer#duplicate()} only, never changed).
 */
public record ComposedDisclosure(byte[] json, EntityTag etag, boolean found, boolean complete,
                                 Map<Part.Document, String> partEtags, long composedAt, ByteBuffer directJson) {

    /** @param partEtags the ETag each stored document had as it was read, for a whole write on condition to pass on */
    public ComposedDisclosure(byte[] json, EntityTag etag, boolean found, boolean complete, Map<Part.Document, String> partEtags) {
        this(json, etag, found, complete, Map.copyOf(partEtags), System.nanoTime(),
                ByteBuffer.allocateDirect(json.length).put(json).flip());
    }
}
