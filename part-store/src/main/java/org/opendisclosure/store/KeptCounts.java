package org.opendisclosure.store;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A department's kept findings of a year in one service, counted by severity over the parts it has there. */
@Schema(name = "KeptFindingCounts", requiredProperties = {"departmentId", "error", "warning", "info", "revisions"})
public record KeptCounts(
        @Schema(description = "e.g. 130624-203") String departmentId,
        int error,
        int warning,
        int info,
        @Schema(description = "The revision of each part the counts were computed from, e.g. \"assets:2\"; parts apart by spaces, "
                + "in the order of their names: a change of any part changes it") String revisions) {
}
