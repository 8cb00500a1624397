package org.opendisclosure.assets.rest;

import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.opendisclosure.assets.repository.AssetsRepository.OverviewFilter;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.common.web.DepartmentListParams;
import org.opendisclosure.common.web.PageRequest;
import org.opendisclosure.common.web.Params;

/** The filters of the analysts' assets list besides its division, as a {@code @BeanParam}; a bad one is a 400 naming it. */
public class AssetsFilterParams {

    @QueryParam("minTotal")
    @Parameter(description = "Least total fixed assets (万元), inclusive", schema = @Schema(type = SchemaType.NUMBER))
    String minTotal;

    @QueryParam("maxTotal")
    @Parameter(description = "Greatest total fixed assets (万元), inclusive", schema = @Schema(type = SchemaType.NUMBER))
    String maxTotal;

    @QueryParam("minVehicles")
    @Parameter(description = "Least number of vehicles, inclusive; rows whose count was published as — are left out",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
    String minVehicles;

    public OverviewFilter filter(DepartmentListParams list) {
        BigDecimal min = Params.decimal("minTotal", minTotal);
        BigDecimal max = Params.decimal("maxTotal", maxTotal);
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw ProblemException.invalid("maxTotal", "must not be less than minTotal (" + min.toPlainString() + "), was "
                    + max.toPlainString());
        }
        int vehicles = PageRequest.parseInt("minVehicles", minVehicles, -1, 0, Integer.MAX_VALUE);
        return new OverviewFilter(list.divisionPrefix(), min, max, vehicles < 0 ? null : vehicles);
    }
}
