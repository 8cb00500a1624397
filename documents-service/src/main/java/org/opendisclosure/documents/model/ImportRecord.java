package org.opendisclosure.documents.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An import as it is served. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ImportRecord", description = "One import of a published document and what it made of each part",
        requiredProperties = {"id", "departmentId", "fiscalYear", "disclosure", "outcome", "receivedAt", "sentBy", "source", "parts"})
public record ImportRecord(
        UUID id,
        @Schema(description = "e.g. 130624-203") String departmentId,
        int fiscalYear,
        @Schema(description = "Where the disclosure is read, e.g. /api/v1/disclosures/130624-203/2020") String disclosure,
        @Schema(enumeration = {IMPORTED, UNCHANGED, PARTIAL}) String outcome,
        @Schema(description = "The file's name as the sender gave it") String fileName,
        @Schema(description = "When the import was recorded") OffsetDateTime receivedAt,
        @Schema(description = "The subject of the token that sent the document") String sentBy,
        SourceView source,
        @Schema(description = "Every part, in the document's order") List<ImportedPart> parts) {

    public static final String IMPORTED = "imported";
    public static final String UNCHANGED = "unchanged";
    public static final String PARTIAL = "partial";
}
