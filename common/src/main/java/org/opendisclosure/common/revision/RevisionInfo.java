package org.opendisclosure.common.revision;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RevisionInfo", description = "One revision of a resource; read it at .../revisions/{revision}")
public record RevisionInfo(
        @Schema(description = "Revision number, from 1") int revision,
        @Schema(description = "When it was written") OffsetDateTime revisedAt,
        @Schema(description = "SHA-256 of the document as written; equal hashes mean equal documents") String contentHash,
        @Schema(description = "Whether this is the revision served by default") boolean current,
        @Schema(description = "Who wrote it: the subject of the writer's token (absent for revisions written before writers were recorded)")
        String writtenBy,
        @Schema(description = "How: put (the document sent as JSON) or import (read from a published document)",
                enumeration = {"put", "import"}) String writtenVia,
        @Schema(description = "For an import, the published document it was read from: sha256: and its SHA-256")
        String sourceDocument) {
}
