package org.opendisclosure.performance.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendisclosure.common.web.DivisionParam;
import org.opendisclosure.common.web.TabularFormat;
import org.opendisclosure.common.web.TabularResponses;
import org.opendisclosure.common.web.YearListParams;
import org.opendisclosure.performance.model.PerformanceOverviewRow;
import org.opendisclosure.performance.service.PerformanceService;

@Path("/api/v1/fiscal-years/{year}/performance")
@Tag(name = "Analysts", description = "Performance parts across departments, for comparison; JSON or CSV")
public class PerformanceOverviewResource {

    private final PerformanceService service;
    private final TabularResponses tabular;

    public PerformanceOverviewResource(PerformanceService service, TabularResponses tabular) {
        this.service = service;
        this.tabular = tabular;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, TabularFormat.TEXT_CSV})
    @Operation(summary = "All departments' performance parts for a fiscal year",
            description = "One row per department that has a performance part (五) for the year: its current revision, the number "
                    + "of project tables and the sum of their 预算数 (万元, null when no project states one). Filter by division "
                    + "code prefix; sort by departmentId (default), projectCount or projectBudgetTotal (prefix - for descending; "
                    + "blanks last). JSON by default; CSV (UTF-8, header row) with Accept: text/csv or format=csv.")
    @APIResponse(responseCode = "200", description = "One page of rows",
            headers = {@Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "X-Total-Count", schema = @Schema(type = SchemaType.INTEGER))},
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiSchemas.PerformanceOverviewPage.class)),
                    @Content(mediaType = TabularFormat.TEXT_CSV, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    public Response list(@BeanParam YearListParams list, @BeanParam DivisionParam division,
                         @Parameter(description = "Sort key; prefix with - for descending", schema = @Schema(defaultValue = "departmentId"))
                         @QueryParam("sort") String sort,
                         @Context HttpHeaders headers, @Context UriInfo uri) {
        return tabular.list(list, headers, uri, PerformanceOverviewRow.class, "performance",
                (year, page) -> service.overview(year, division.divisionPrefix(), sort, page));
    }
}
