package org.opendisclosure.budget.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ThreePublicDepartmentRow", description = "One row of one department's “三公” table of a fiscal year (its current "
        + "revision), figures as published (万元); also a CSV row")
@JsonPropertyOrder({"departmentId", "divisionCode", "departmentCode", "departmentName", "fiscalYear", "revision", "position",
        "category", "name", "previousYear", "currentYear", "change", "reason"})
public record ThreePublicDepartmentRow(
        String departmentId,
        String divisionCode,
        String departmentCode,
        String departmentName,
        int fiscalYear,
        int revision,
        @Schema(description = "The row's place in the published table, from 0") int position,
        ThreePublicCategory category,
        @Schema(description = "项目名称 as published") String name,
        @Schema(description = "上年度预算") BigDecimal previousYear,
        @Schema(description = "本年度预算") BigDecimal currentYear,
        @Schema(description = "增减金额 as published", nullable = true) BigDecimal change,
        @Schema(description = "变化原因", nullable = true) String reason) {
}
