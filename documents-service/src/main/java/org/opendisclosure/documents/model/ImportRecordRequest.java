package org.opendisclosure.documents.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendisclosure.common.id.DepartmentId;

/** An import as the gateway records it once its parts are written. */
@Schema(name = "ImportRecordRequest", requiredProperties = {"departmentId", "fiscalYear", "source", "outcome", "parts"})
public record ImportRecordRequest(
        @Schema(description = "e.g. 130624-203", pattern = DepartmentId.PATTERN) @NotNull String departmentId,
        @Schema(description = "The document's fiscal year", minimum = "2000", maximum = "2100") @NotNull Integer fiscalYear,
        @Schema(description = "The SHA-256 of the source, which must be kept already (PUT /api/v1/sources/{sha256})",
                pattern = "^[0-9a-f]{64}$") @NotNull String source,
        @Schema(description = "The file's name as the sender gave it, if it gave one") @Size(max = 255) String fileName,
        @Schema(description = "imported: at least one part created or revised; unchanged: every part already stored as the "
                + "document says; partial: some parts not stored (their reason says why)",
                enumeration = {ImportRecord.IMPORTED, ImportRecord.UNCHANGED, ImportRecord.PARTIAL})
        @NotNull @Pattern(regexp = "^(" + ImportRecord.IMPORTED + "|" + ImportRecord.UNCHANGED + "|" + ImportRecord.PARTIAL + ")$")
        String outcome,
        @Schema(description = "Every part of the disclosure, in the document's order") @NotNull @Size(min = 1, max = 20)
        List<@NotNull @Valid ImportedPart> parts) {
}
