package org.opendisclosure.store;

import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.opendisclosure.common.id.DepartmentId;
import org.opendisclosure.common.id.FiscalYear;

/**
 * The path of a part: {@code /api/v1/departments/{departmentId}/…/{year}}. Either segment that is
 * not well formed is a 400 naming it.
 */
public class PartAddress {

    static final String DEPARTMENT_ID = "departmentId";
    static final String DEPARTMENT_ID_DESCRIPTION = "Division code and department code, e.g. 130624-203";

    @PathParam(DEPARTMENT_ID)
    @Parameter(description = DEPARTMENT_ID_DESCRIPTION)
    String departmentId;

    @PathParam("year")
    @Parameter(description = "Fiscal year, 2000 to 2100", schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"))
    String year;

    public PartKey key() {
        return new PartKey(DepartmentId.parse(DEPARTMENT_ID, departmentId), FiscalYear.parse("year", year));
    }
}
