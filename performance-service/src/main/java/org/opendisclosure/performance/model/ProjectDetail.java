package org.opendisclosure.performance.model;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProjectDetail", description = "One project of a department's performance part, with where it stands: department, year, revision and its place in the published order")
public record ProjectDetail(
        @Schema(description = "e.g. 130624-203") String departmentId,
        int fiscalYear,
        @Schema(description = "Revision of the performance part this project was read from") int revision,
        OffsetDateTime revisedAt,
        @Schema(description = "Its number in the published order, from 1 (the N of “N、…绩效目标表”)") int sequence,
        @Schema(description = "项目编码") String code,
        @Schema(description = "项目名称") String name,
        PerformanceDocument.Unit unit,
        PerformanceDocument.Budget budget,
        @Schema(description = "资金用途") String purpose,
        PerformanceDocument.SpendingPlan spendingPlan,
        @Schema(description = "绩效目标, paragraph by paragraph") List<String> goals,
        @Schema(description = "Indicator rows in published order") List<IndicatorView> indicators) {
}
