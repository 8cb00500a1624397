package org.opendisclosure.gateway.rest;

import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.opendisclosure.common.id.DepartmentId;
import org.opendisclosure.common.id.FiscalYear;

/** A disclosure's path parameters: a bad one is a 400 problem naming it. */
public class DisclosureAddress {

    @PathParam("departmentId")
    @Parameter(description = "e.g. 130624-203")
    String departmentId;

    @PathParam("year")
    @Parameter(description = "Fiscal year, 2000 to 2100", schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"))
    String year;

    /** The department id, checked and written the one way the services know it. */
    public String departmentId() {
        return DepartmentId.parse("departmentId", departmentId).toString();
    }

    public int year() {
        return FiscalYear.parse("year", year);
    }
}
