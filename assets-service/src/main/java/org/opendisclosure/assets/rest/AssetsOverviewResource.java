package org.opendisclosure.assets.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendisclosure.assets.model.AssetsOverviewRow;
import org.opendisclosure.assets.service.AssetsService;
import org.opendisclosure.common.web.DepartmentListParams;
import org.opendisclosure.common.web.TabularFormat;
import org.opendisclosure.common.web.TabularListApi;
import org.opendisclosure.common.web.TabularResponses;

@Path("/api/v1/fiscal-years/{year}/assets")
@Tag(name = "Analysts", description = "Assets across departments, for comparison; JSON or CSV")
public class AssetsOverviewResource {

    private final AssetsService service;
    private final TabularResponses tabular;

    public AssetsOverviewResource(AssetsService service, TabularResponses tabular) {
        this.service = service;
        this.tabular = tabular;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, TabularFormat.TEXT_CSV, TabularFormat.SPREADSHEET})
    @Operation(summary = "All departments' assets for a fiscal year",
            description = "One row per department with its current published figures (values 万元, areas m²; null where "
                    + "published as —, and such rows come last in any sort). Filter by division code prefix, by total fixed "
                    + "assets (minTotal, maxTotal) and by number of vehicles (minVehicles); sort by totalFixedAssets, "
                    + "buildingArea, buildingValue, officeArea, officeValue, vehicleCount, vehicleValue, "
                    + "highValueEquipmentCount, highValueEquipmentValue, otherFixedAssets, asOf or departmentId "
                    + "(prefix - for descending). JSON by default; CSV (UTF-8, header row) with Accept: text/csv or format=csv.")
    @Extension(name = TabularListApi.MARK, value = "true")
    @APIResponse(responseCode = "200", description = "One page of rows", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApiSchemas.AssetsOverviewPage.class)))
    public Response list(@BeanParam DepartmentListParams list, @BeanParam AssetsFilterParams filter,
                         @Parameter(description = "Sort key; prefix with - for descending", schema = @Schema(ref = "AssetsOverviewSort"))
                         @QueryParam("sort") String sort) {
        return tabular.list(list, AssetsOverviewRow.class, "assets",
                (year, page) -> service.overview(year, filter.filter(list), sort, page));
    }
}
