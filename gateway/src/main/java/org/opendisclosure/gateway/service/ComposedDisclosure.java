package org.opendisclosure.gateway.service;

import jakarta.ws.rs.core.EntityTag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.zip.GZIPOutputStream;
import org.opendisclosure.gateway.parts.Part;

/**
 * A composed disclosure, ready to send: its bytes, their strong ETag, what it holds and the
 * ETags of the documents it was made of;
 * {@code composedAt} ({@link System#nanoTime()}) tells its age, for refreshing it ahead of expiry,
 * and {@code directJson} holds the same bytes outside the heap, for the event loop to write to
 * sockets as they are (read through {@link ByteBuffer#duplicate()} only, never changed).
 */
public record ComposedDisclosure(byte[] json, EntityTag etag, boolean found, boolean complete,
                                 Map<Part.Document, String> partEtags, long composedAt, ByteBuffer directJson, Gzipped gzipped) {

    /** @param partEtags the ETag each stored document had as it was read, for a whole write on condition to pass on */
    public ComposedDisclosure(byte[] json, EntityTag etag, boolean found, boolean complete, Map<Part.Document, String> partEtags) {
        this(json, etag, found, complete, Map.copyOf(partEtags), System.nanoTime(),
                ByteBuffer.allocateDirect(json.length).put(json).flip(), new Gzipped(json, etag));
    }

    /**
     * Whether a conditional header names the tag of either representation under the condition
     * (If-Match's or If-None-Match's): a client that read it gzipped read the same disclosure.
     */
    public boolean namedBy(String header, BiPredicate<String, EntityTag> condition) {
        return condition.test(header, etag) || condition.test(header, gzipped.etag());
    }

    /**
     * The same JSON gzipped, made once on the first read that asks for it and then sent as it is,
     * so a client that accepts gzip costs no more than one that does not; its own strong ETag, as
     * a representation of its own. Made lazily: most composed disclosures (a year's list, the
     * checks of a write) are never sent to a client at all.
     */
    public static final class Gzipped {
        private final byte[] json;
        private final EntityTag etag;
        private volatile ByteBuffer bytes;

        Gzipped(byte[] json, EntityTag identity) {
            this.json = json;
            this.etag = new EntityTag(identity.getValue() + "-gzip");
        }

        public EntityTag etag() {
            return etag;
        }

        /** Read through {@link ByteBuffer#duplicate()} only. */
        public ByteBuffer bytes() {
            ByteBuffer made = bytes;
            if (made == null) {
                ByteArrayOutputStream out = new ByteArrayOutputStream(json.length / 4);
                try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
                    gzip.write(json);
                } catch (IOException e) {
                    throw new UncheckedIOException("gzip of bytes in memory", e);
                }
                byte[] compressed = out.toByteArray();
                made = ByteBuffer.allocateDirect(compressed.length).put(compressed).flip();
                bytes = made;
            }
            return made;
        }
    }
}
