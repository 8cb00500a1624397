package org.opendisclosure.performance.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IndicatorCategoryRow", description = "An indicator category over the departments of a fiscal year (their current "
        + "revisions): the projects with at least one indicator in it, each counted once, and the exact sum of their 预算数 (万元, "
        + "as published); also a CSV row")
@JsonPropertyOrder({"level1", "level2", "projects", "departments", "budget"})
public record IndicatorCategoryRow(
        @Schema(description = "一级指标 as published, e.g. 产出指标", required = true) String level1,
        @Schema(description = "二级指标 as published, e.g. 数量指标; null with level=1", nullable = true) String level2,
        @Schema(description = "Number of projects with an indicator in the category", required = true) long projects,
        @Schema(description = "Number of departments with such projects", required = true) long departments,
        @Schema(description = "Sum of those projects' 预算数", required = true) BigDecimal budget) {
}
