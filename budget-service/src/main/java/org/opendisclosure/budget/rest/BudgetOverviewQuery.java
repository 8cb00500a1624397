package org.opendisclosure.budget.rest;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.opendisclosure.common.id.FiscalYear;
import org.opendisclosure.common.web.Params;

/** The year of the analysts' budget list and what it is narrowed and ordered by; a bad value is a 400 naming it. */
public class BudgetOverviewQuery {

    @PathParam("year")
    @Parameter(description = "Fiscal year, 2000 to 2100", schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"))
    String year;

    @QueryParam("division")
    @Parameter(description = "行政区划代码 or its prefix, digits only")
    String division;

    @QueryParam("sort")
    @Parameter(description = "Sort key; prefix with - for descending", schema = @Schema(defaultValue = "departmentId"))
    String sort;

    public int fiscalYear() {
        return FiscalYear.parse("year", year);
    }

    public String divisionPrefix() {
        return Params.divisionPrefix(division);
    }

    /** The sort as asked; the repository knows the keys. */
    public String sort() {
        return sort;
    }
}
