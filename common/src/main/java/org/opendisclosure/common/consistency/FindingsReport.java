package org.opendisclosure.common.consistency;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The findings of one part (a service) or of a whole disclosure (the gateway). */
@Schema(name = "FindingsReport")
public record FindingsReport(
        @Schema(description = "e.g. 130624-203", required = true) String departmentId,
        @Schema(required = true) int fiscalYear,
        @Schema(description = "The tolerance applied, in 万元 (0: exact)", required = true) BigDecimal tolerance,
        @Schema(required = true) Counts counts,
        @Schema(description = "In the order of the document: part, then row or project", required = true) List<Finding> findings) {

    public FindingsReport {
        findings = List.copyOf(findings);
    }

    public static FindingsReport of(String departmentId, int fiscalYear, BigDecimal tolerance, List<Finding> findings) {
        return new FindingsReport(departmentId, fiscalYear, tolerance, Counts.of(findings), findings);
    }

    @Schema(name = "FindingCounts", description = "How many findings of each severity")
    public record Counts(@Schema(required = true) int error, @Schema(required = true) int warning, @Schema(required = true) int info) {
        public static Counts of(List<Finding> findings) {
            int error = 0;
            int warning = 0;
            int info = 0;
            for (Finding finding : findings) {
                switch (finding.severity()) {
                    case ERROR -> error++;
                    case WARNING -> warning++;
                    case INFO -> info++;
                }
            }
            return new Counts(error, warning, info);
        }
    }
}
