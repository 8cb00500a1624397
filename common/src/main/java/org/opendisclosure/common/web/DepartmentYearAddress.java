package org.opendisclosure.common.web;

import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.opendisclosure.common.id.FiscalYear;

/**
 * The path of a department's disclosure, or of a part of it, for a fiscal year:
 * {@code …/{departmentId}/…/{year}}. Either segment that is not well formed is a 400 naming it.
 */
public class DepartmentYearAddress extends DepartmentAddress {

    @PathParam("year")
    @Parameter(description = "Fiscal year, 2000 to 2100", schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"))
    String year;

    public int year() {
        return FiscalYear.parse("year", year);
    }
}
