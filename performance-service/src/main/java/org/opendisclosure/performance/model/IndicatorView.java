package org.opendisclosure.performance.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Indicator", description = "One row of a project's indicator table, as published, with its target parsed where it can be")
public record IndicatorView(
        @Schema(description = "一级指标") String level1,
        @Schema(description = "二级指标") String level2,
        @Schema(description = "三级指标") String level3,
        @Schema(description = "绩效指标描述") String description,
        @Schema(description = "指标值 exactly as published") String target,
        @Schema(description = "target as comparison, number and unit; null when it is not of that shape", nullable = true) ParsedTarget parsedTarget,
        @Schema(description = "指标值确定依据") String basis) {
}
