package org.opendisclosure.performance.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IndicatorRow", description = "One indicator row of a project's 项目绩效目标表 in a department's current performance "
        + "part of a fiscal year, as published; also a CSV row")
@JsonPropertyOrder({"departmentId", "divisionCode", "departmentCode", "fiscalYear", "revision", "projectCode", "projectName",
        "position", "level1", "level2", "level3", "description", "target", "basis"})
public record IndicatorRow(
        String departmentId,
        String divisionCode,
        String departmentCode,
        int fiscalYear,
        int revision,
        @Schema(description = "项目编码") String projectCode,
        @Schema(description = "项目名称") String projectName,
        @Schema(description = "The row's place in the project's published table, from 0") int position,
        @Schema(description = "一级指标") String level1,
        @Schema(description = "二级指标") String level2,
        @Schema(description = "三级指标") String level3,
        @Schema(description = "指标内容", nullable = true) String description,
        @Schema(description = "指标值 exactly as published (≥95, 100, 2部, free text)", nullable = true) String target,
        @Schema(description = "确定依据", nullable = true) String basis) {

    /** As the query selects it: the fiscal year is a smallint. */
    public IndicatorRow(String departmentId, String divisionCode, String departmentCode, short fiscalYear, int revision,
                        String projectCode, String projectName, int position, String level1, String level2, String level3,
                        String description, String target, String basis) {
        this(departmentId, divisionCode, departmentCode, (int) fiscalYear, revision, projectCode, projectName, position, level1,
                level2, level3, description, target, basis);
    }
}
