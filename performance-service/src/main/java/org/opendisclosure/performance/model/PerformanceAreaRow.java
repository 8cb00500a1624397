package org.opendisclosure.performance.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PerformanceAreaRow", description = "The performance parts (五) of the departments of one area in a fiscal year, from each department's current revision (万元, exact); also a CSV row")
@JsonPropertyOrder({"fiscalYear", "level", "divisionCode", "departments", "projectCount", "projectBudgetTotal"})
public record PerformanceAreaRow(
        int fiscalYear,
        @Schema(enumeration = {"province", "city", "county"}) String level,
        @Schema(description = "行政区划代码 of the area: its first 2 (province), 4 (city) or 6 (county) digits", example = "130624")
        String divisionCode,
        @Schema(description = "Departments with the part in the area that year") long departments,
        @Schema(description = "Number of project tables (项目支出绩效目标表) of its departments") long projectCount,
        @Schema(description = "Sum of the projects' 预算数 (万元); null when no department has a project", nullable = true)
        BigDecimal projectBudgetTotal) {
}
