package org.opendisclosure.budget.model;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Organization", description = "A department's duties and units (part 一) for a fiscal year, at one revision: the "
        + "document as written, with its identity and revision")
public record OrganizationView(
        @Schema(description = "Division code and department code, e.g. 130624-203") String id,
        @Schema(description = "行政区划代码, e.g. 130624") String divisionCode,
        @Schema(description = "部门编码, e.g. 203") String code,
        int fiscalYear,
        String name,
        String divisionName,
        DepartmentDocument.Duties duties,
        List<DepartmentDocument.Unit> units,
        @Schema(description = "Revision number, from 1") int revision,
        @Schema(description = "When this revision was written") OffsetDateTime revisedAt) {
}
