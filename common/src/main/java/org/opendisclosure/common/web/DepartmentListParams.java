package org.opendisclosure.common.web;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * A list of a fiscal year with a row per department (or per item of each department's part), as
 * a {@code @BeanParam}: what {@link YearListParams} takes, and {@code division}, the filter every
 * such list has.
 */
public class DepartmentListParams extends YearListParams {

    @QueryParam("division")
    @Parameter(description = "行政区划代码 or its prefix, digits only")
    String division;

    /** The prefix to match, or null when absent. */
    public String divisionPrefix() {
        return Params.divisionPrefix(division);
    }
}
