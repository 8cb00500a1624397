package org.opendisclosure.performance.model;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Project", description = "One project's performance table as published, its indicators' targets also parsed")
public record ProjectView(
        @Schema(description = "项目编码") String code,
        @Schema(description = "项目名称") String name,
        PerformanceDocument.Unit unit,
        PerformanceDocument.Budget budget,
        @Schema(description = "资金用途") String purpose,
        PerformanceDocument.SpendingPlan spendingPlan,
        @Schema(description = "绩效目标, paragraph by paragraph") List<String> goals,
        @Schema(description = "Indicator rows in published order") List<IndicatorView> indicators) {
}
