package org.opendisclosure.budget.model;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Department", description = "A department's identity; its duties and units are part 一 of each year, at "
        + "/api/v1/departments/{departmentId}/organization/{year}")
public record DepartmentView(
        @Schema(description = "Division code and department code, e.g. 130624-203") String id,
        @Schema(description = "行政区划代码, e.g. 130624") String divisionCode,
        @Schema(description = "部门编码, e.g. 203") String code,
        @Schema(description = "部门名称, as its latest year's part 一 gives it") String name,
        @Schema(description = "行政区划名称, as its latest year's part 一 gives it") String divisionName,
        @Schema(description = "The fiscal years it has part 一 for, oldest first") List<Integer> fiscalYears) {
}
