package org.opendisclosure.performance.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IndicatorCategoryDepartmentRow", description = "An indicator category in one department's performance part of a "
        + "fiscal year (its current revision): its projects with at least one indicator in it and the exact sum of their 预算数 "
        + "(万元, as published); also a CSV row")
@JsonPropertyOrder({"departmentId", "divisionCode", "departmentCode", "fiscalYear", "revision", "level1", "level2", "projects", "budget"})
public record IndicatorCategoryDepartmentRow(
        String departmentId,
        String divisionCode,
        String departmentCode,
        int fiscalYear,
        int revision,
        @Schema(description = "一级指标 as published") String level1,
        @Schema(description = "二级指标 as published; null with level=1", nullable = true) String level2,
        @Schema(description = "Number of the department's projects with an indicator in the category") long projects,
        @Schema(description = "Sum of those projects' 预算数") BigDecimal budget) {
}
