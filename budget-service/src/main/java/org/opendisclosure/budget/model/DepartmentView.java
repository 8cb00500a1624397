package org.opendisclosure.budget.rest.dto;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Department", description = "A department with its duties and units, at one revision")
public record DepartmentView(
        @Schema(description = "Division code and department code, e.g. 130624-203") String id,
        @Schema(description = "行政区划代码, e.g. 130624") String divisionCode,
        @Schema(description = "部门编码, e.g. 203") String code,
        String name,
        String divisionName,
        DepartmentDocument.Duties duties,
        List<DepartmentDocument.Unit> units,
        @Schema(description = "Revision number, from 1") int revision,
        @Schema(description = "When this revision was written") OffsetDateTime revisedAt) {
}
