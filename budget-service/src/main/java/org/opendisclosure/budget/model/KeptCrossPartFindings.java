package org.opendisclosure.budget.model;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendisclosure.common.consistency.Finding;

/** The findings across parts kept of a department-year, with what they were computed from. */
@Schema(name = "KeptCrossPartFindings", requiredProperties = {"departmentId", "fiscalYear", "fingerprint", "error", "warning", "info",
        "findings"})
public record KeptCrossPartFindings(
        @Schema(description = "e.g. 130624-203") String departmentId,
        int fiscalYear,
        @Schema(description = "What they were computed from, as the gateway wrote it") String fingerprint,
        int error,
        int warning,
        int info,
        List<Finding> findings) {
}
