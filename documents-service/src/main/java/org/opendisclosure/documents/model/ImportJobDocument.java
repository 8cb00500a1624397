package org.opendisclosure.documents.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One document of a bulk import and what became of it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ImportJobDocument", requiredProperties = {"position", "state", "attempts"})
public record ImportJobDocument(
        @Schema(description = "Its place in the job, from 1") int position,
        @Schema(description = "The file's name as sent (for a ZIP, the entry's path in it)") String fileName,
        @Schema(description = "SHA-256 of the kept source; absent for a file that is no document") String source,
        @Schema(enumeration = {PENDING, RUNNING, IMPORTED, UNCHANGED, CHECKED, FAILED}) String state,
        @Schema(description = "Times its import was tried (a service briefly unavailable is waited for and tried again)")
        int attempts,
        @Schema(description = "The status the import answered, the last time it was tried") Integer status,
        String departmentId,
        Integer fiscalYear,
        @Schema(description = "Where its disclosure is read, e.g. /api/v1/disclosures/130624-203/2020") String disclosure,
        @Schema(description = "The import's record, e.g. /api/v1/imports/{importId}") String importRecord,
        @Schema(description = "failed: the problem the import answered (problem+json: detail, and errors each with its line)",
                ref = "Problem") JsonNode problem,
        @Schema(description = "With partial=true: each part not stored and why") JsonNode notStored,
        OffsetDateTime finishedAt) {

    public static final String PENDING = "pending";
    public static final String RUNNING = "running";
    public static final String IMPORTED = "imported";
    public static final String UNCHANGED = "unchanged";
    public static final String CHECKED = "checked";
    public static final String FAILED = "failed";
}
