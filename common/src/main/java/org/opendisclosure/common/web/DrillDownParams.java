package org.opendisclosure.common.web;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * A drill-down across departments of a fiscal year, as a {@code @BeanParam}: what every list of a
 * year with a row per department takes, and {@code by}, its shape.
 */
public class DrillDownParams extends DepartmentListParams {

    @QueryParam(Breakdown.PARAM)
    @Parameter(description = "item: one row per item value, with the number of departments and the exact sums; "
            + "department: one row per department and item, as published",
            schema = @Schema(enumeration = {"item", "department"}, defaultValue = "item"))
    String by;

    public Breakdown breakdown() {
        return Breakdown.parse(by);
    }
}
