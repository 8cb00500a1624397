package org.opendisclosure.budget.rest;

import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.opendisclosure.common.id.DepartmentId;

/** The path of a department: {@code /api/v1/departments/{departmentId}…}; a malformed id is a 400 naming it. */
public class DepartmentAddress {

    @PathParam("departmentId")
    @Parameter(description = "Division code and department code, e.g. 130624-203")
    String departmentId;

    public DepartmentId id() {
        return DepartmentId.parse("departmentId", departmentId);
    }
}
