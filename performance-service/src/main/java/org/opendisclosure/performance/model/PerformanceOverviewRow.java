package org.opendisclosure.performance.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendisclosure.store.Revisions;

@Schema(name = "PerformanceOverviewRow", description = "One department's performance part (五) for a fiscal year: its "
        + "current revision and its projects (budgets 万元, exactly as published); also a CSV row")
@JsonPropertyOrder({"departmentId", "divisionCode", "departmentCode", "fiscalYear", "revision", "revisedAt", "projectCount",
        "projectBudgetTotal"})
public record PerformanceOverviewRow(
        String departmentId,
        String divisionCode,
        String departmentCode,
        int fiscalYear,
        int revision,
        OffsetDateTime revisedAt,
        @Schema(description = "Number of project tables (项目支出绩效目标表)") long projectCount,
        @Schema(description = "Sum of the projects' 预算数 (万元); null when no project states one") BigDecimal projectBudgetTotal) {

    public PerformanceOverviewRow {
        revisedAt = Revisions.utc(revisedAt);
    }
}
