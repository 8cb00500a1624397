package org.opendisclosure.documents.model;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What is known of a kept source without its bytes. */
@Schema(name = "Source", description = "A published document as it was received",
        requiredProperties = {"sha256", "mediaType", "size", "firstReceivedAt", "content"})
public record SourceView(
        @Schema(description = "SHA-256 of the bytes, 64 lowercase hex digits: the source's name", pattern = "^[0-9a-f]{64}$")
        String sha256,
        @Schema(description = "Told from the content, not from what the sender declared, e.g. application/pdf, or "
                + "text/plain;charset=UTF-8 for a text") String mediaType,
        @Schema(description = "Bytes") long size,
        @Schema(description = "When these bytes were first received (sending them again keeps this)") OffsetDateTime firstReceivedAt,
        @Schema(description = "Where the bytes are served, exactly as received") String content) {
}
