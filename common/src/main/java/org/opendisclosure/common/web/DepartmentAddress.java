package org.opendisclosure.common.web;

import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.opendisclosure.common.id.DepartmentId;

/** The path of a department: {@code /api/v1/departments/{departmentId}…}; a malformed id is a 400 naming it. */
public class DepartmentAddress {

    public static final String DEPARTMENT_ID = "departmentId";
    public static final String DEPARTMENT_ID_DESCRIPTION = "Division code and department code, e.g. 130624-203";

    @PathParam(DEPARTMENT_ID)
    @Parameter(description = DEPARTMENT_ID_DESCRIPTION)
    String departmentId;

    public DepartmentId id() {
        return DepartmentId.parse(DEPARTMENT_ID, departmentId);
    }
}
