package org.opendisclosure.budget.rest;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.opendisclosure.budget.repository.DepartmentRepository.DepartmentFilter;
import org.opendisclosure.common.web.Params;

/** What the department list is narrowed and ordered by; a bad value is a 400 naming it. */
public class DepartmentSearch {

    @QueryParam("division")
    @Parameter(description = "行政区划代码 or its prefix, digits only")
    String division;

    @QueryParam("name")
    @Parameter(description = "A fragment of the department's name, e.g. 组织")
    String name;

    @QueryParam("sort")
    @Parameter(description = "id, name or revisedAt; prefix with - for descending", schema = @Schema(ref = "DepartmentSort"))
    String sort;

    public DepartmentFilter filter() {
        return new DepartmentFilter(Params.divisionPrefix(division), Params.fragment("name", name));
    }

    /** The sort as asked; the repository knows the keys. */
    public String sort() {
        return sort;
    }
}
