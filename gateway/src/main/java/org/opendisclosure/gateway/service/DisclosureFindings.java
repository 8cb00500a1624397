package org.opendisclosure.gateway.service;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendisclosure.common.consistency.Finding;
import org.opendisclosure.common.consistency.FindingsReport;

/** The findings of a whole disclosure: every part's own rules (checked by its service) and the rules across parts. */
@Schema(name = "DisclosureFindings", requiredProperties = {"departmentId", "fiscalYear", "tolerance", "complete", "unchecked",
        "counts", "findings"})
public record DisclosureFindings(
        @Schema(description = "e.g. 130624-203") String departmentId,
        int fiscalYear,
        @Schema(description = "The tolerance applied, in 万元 (0: exact)") BigDecimal tolerance,
        @Schema(description = "true when every published part was checked; false when a service could not check its parts "
                + "(listed in unchecked), whose findings, and those of the rules across parts that read them, are missing")
        boolean complete,
        @Schema(description = "Parts whose service could not check them, with why") List<Unchecked> unchecked,
        FindingsReport.Counts counts,
        @Schema(description = "In the order of the document: by part, then as each service lists them; rules across parts "
                + "are listed at the first part they read") List<Finding> findings) {

    @Schema(name = "UncheckedParts", requiredProperties = {"parts", "service", "reason"})
    public record Unchecked(@Schema(description = "The disclosure's keys of the parts") List<String> parts, String service,
                            String reason) {
    }
}
