package org.opendisclosure.budget.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A department's kept findings across parts for a year, counted by severity. */
@Schema(name = "CrossPartFindingCounts", requiredProperties = {"departmentId", "fingerprint", "error", "warning", "info"})
public record CrossPartCounts(
        @Schema(description = "e.g. 130624-203") String departmentId,
        @Schema(description = "What they were computed from, as the gateway wrote it") String fingerprint,
        int error,
        int warning,
        int info) {
}
