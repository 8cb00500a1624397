package org.opendisclosure.performance.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProjectRow", description = "One project of a department's current performance part, flat (also a CSV row); amounts in 万元, percentages as published")
@JsonPropertyOrder({"departmentId", "fiscalYear", "projectCode", "projectName", "unitCode", "unitName", "budget", "fiscalFunds",
        "otherFunds", "planEndOfMarch", "planEndOfJune", "planEndOfOctober", "planEndOfDecember", "indicatorCount"})
public record ProjectRow(
        @Schema(description = "e.g. 130624-203") String departmentId,
        int fiscalYear,
        @Schema(description = "项目编码") String projectCode,
        @Schema(description = "项目名称") String projectName,
        @Schema(description = "单位编码") String unitCode,
        @Schema(description = "单位名称") String unitName,
        @Schema(description = "预算数") BigDecimal budget,
        @Schema(description = "其中：财政资金") BigDecimal fiscalFunds,
        @Schema(description = "其他资金") BigDecimal otherFunds,
        @Schema(description = "资金支出计划 3月底 (%)") BigDecimal planEndOfMarch,
        @Schema(description = "资金支出计划 6月底 (%)") BigDecimal planEndOfJune,
        @Schema(description = "资金支出计划 10月底 (%)") BigDecimal planEndOfOctober,
        @Schema(description = "资金支出计划 12月底 (%)") BigDecimal planEndOfDecember,
        @Schema(description = "Number of indicator rows") int indicatorCount) {
}
