package org.opendisclosure.common.web;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** {@code division}, the filter every analysts' list has, as a {@code @BeanParam} (or the base of a list's filters). */
public class DivisionParam {

    @QueryParam("division")
    @Parameter(description = "行政区划代码 or its prefix, digits only")
    String division;

    /** The prefix to match, or null when absent. */
    public String divisionPrefix() {
        return Params.divisionPrefix(division);
    }
}
