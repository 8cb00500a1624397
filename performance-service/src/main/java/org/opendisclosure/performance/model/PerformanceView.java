package org.opendisclosure.performance.model;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Performance", description = "A department's performance part (第五部分 预算绩效信息) for a fiscal year at one revision: "
        + "the document as written, with its identity and revision, and each indicator's target also parsed")
public record PerformanceView(
        @Schema(description = "e.g. 130624-203") String departmentId,
        int fiscalYear,
        @Schema(description = "Revision number, from 1") int revision,
        OffsetDateTime revisedAt,
        PerformanceDocument.DepartmentGoals departmentGoals,
        @Schema(description = "The projects in published order") List<ProjectView> projects) {
}
