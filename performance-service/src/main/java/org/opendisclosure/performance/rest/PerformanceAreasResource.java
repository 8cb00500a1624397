package org.opendisclosure.performance.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendisclosure.common.web.AreaParams;
import org.opendisclosure.common.web.TabularFormat;
import org.opendisclosure.common.web.TabularListApi;
import org.opendisclosure.common.web.TabularResponses;
import org.opendisclosure.common.web.YearRangeParams;
import org.opendisclosure.performance.model.PerformanceAreaRow;
import org.opendisclosure.performance.service.PerformanceService;

/**
 * The performance parts rolled up by province, city or county across years; a single year's roll-up is one
 * of the year's lists, in {@link PerformanceAnalystsResource}.
 */
@Path("/api/v1")
@Tag(name = "Analysts")
public class PerformanceAreasResource {

    static final String LIST = "performance-areas";

    private final PerformanceService service;
    private final TabularResponses tabular;

    public PerformanceAreasResource(PerformanceService service, TabularResponses tabular) {
        this.service = service;
        this.tabular = tabular;
    }

    @GET
    @Path("/" + LIST)
    @Produces({MediaType.APPLICATION_JSON, TabularFormat.TEXT_CSV, TabularFormat.SPREADSHEET})
    @Operation(operationId = "listPerformanceAreas", summary = "Performance parts summed by area, year by year",
            description = "For every fiscal year from fromYear to toYear (both optional, inclusive), the performance parts (五): the number of project tables and the sum of their 预算数. "
                    + AreaParams.DESCRIPTION)
    @Extension(name = TabularListApi.MARK, value = "true")
    @APIResponse(responseCode = "200", description = "One page of rows", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApiSchemas.PerformanceAreaPage.class)))
    public Response overYears(@BeanParam YearRangeParams list, @BeanParam AreaParams area) {
        return tabular.list(list, PerformanceAreaRow.class, LIST, (years, page) -> service.areas(years, area.query(), page));
    }
}
