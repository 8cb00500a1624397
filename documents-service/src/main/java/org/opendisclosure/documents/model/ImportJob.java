package org.opendisclosure.documents.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A bulk import as it is served: its progress, and where its documents' outcomes are. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ImportJob", description = "A bulk import of published documents and how far it is",
        requiredProperties = {"id", "state", "submittedAt", "submittedBy", "dryRun", "partial", "progress", "documents"})
public record ImportJob(
        UUID id,
        @Schema(enumeration = {QUEUED, RUNNING, FINISHED},
                description = "queued: no document taken yet; running: some done or under way; finished: every document done")
        String state,
        OffsetDateTime submittedAt,
        @Schema(description = "The subject of the token that submitted the job") String submittedBy,
        @Schema(description = "When the last document was done") OffsetDateTime finishedAt,
        boolean dryRun,
        boolean partial,
        Progress progress,
        @Schema(description = "Where each document's outcome is listed, e.g. /api/v1/import-jobs/{jobId}/documents")
        String documents) {

    public static final String QUEUED = "queued";
    public static final String RUNNING = "running";
    public static final String FINISHED = "finished";

    @Schema(name = "ImportJobProgress", description = "How many of the job's documents are in each state; done of total",
            requiredProperties = {"total", "done", "pending", "running", "imported", "unchanged", "checked", "failed"})
    public record Progress(int total, int done, int pending, int running, int imported, int unchanged, int checked, int failed) {
    }
}
