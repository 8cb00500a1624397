package org.opendisclosure.gateway.rest;

import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.opendisclosure.common.id.FiscalYear;

/** The fiscal year of a list across departments: a bad one is a 400 problem naming it. */
public class YearAddress {

    @PathParam("year")
    @Parameter(description = "Fiscal year, 2000 to 2100", schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"))
    String year;

    public int year() {
        return FiscalYear.parse("year", year);
    }
}
