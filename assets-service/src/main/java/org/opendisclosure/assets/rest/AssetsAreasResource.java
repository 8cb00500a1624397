package org.opendisclosure.assets.rest;

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
import org.opendisclosure.assets.model.AssetsAreaRow;
import org.opendisclosure.assets.service.AssetsService;
import org.opendisclosure.common.web.AreaParams;
import org.opendisclosure.common.web.TabularFormat;
import org.opendisclosure.common.web.TabularListApi;
import org.opendisclosure.common.web.TabularResponses;
import org.opendisclosure.common.web.YearListParams;
import org.opendisclosure.common.web.YearRange;
import org.opendisclosure.common.web.YearRangeParams;

/** The assets parts rolled up by province, city or county, for a year or across years. */
@Path("/api/v1")
@Tag(name = "Analysts")
public class AssetsAreasResource {

    static final String LIST = "assets-areas";

    private final AssetsService service;
    private final TabularResponses tabular;

    public AssetsAreasResource(AssetsService service, TabularResponses tabular) {
        this.service = service;
        this.tabular = tabular;
    }

    @GET
    @Path("/fiscal-years/{year}/" + LIST)
    @Produces({MediaType.APPLICATION_JSON, TabularFormat.TEXT_CSV, TabularFormat.SPREADSHEET})
    @Operation(operationId = "listAssetsAreasOfYear", summary = "Assets summed by area for a fiscal year",
            description = "For a fiscal year, the state-owned assets (七): total fixed assets, buildings' area and the vehicles. " + AreaParams.DESCRIPTION)
    @Extension(name = TabularListApi.MARK, value = "true")
    @APIResponse(responseCode = "200", description = "One page of rows", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApiSchemas.AssetsAreaPage.class)))
    public Response ofYear(@BeanParam YearListParams list, @BeanParam AreaParams area) {
        return tabular.list(list, AssetsAreaRow.class, LIST, (year, page) -> service.areas(YearRange.of(year), area.query(), page));
    }

    @GET
    @Path("/" + LIST)
    @Produces({MediaType.APPLICATION_JSON, TabularFormat.TEXT_CSV, TabularFormat.SPREADSHEET})
    @Operation(operationId = "listAssetsAreas", summary = "Assets summed by area, year by year",
            description = "For every fiscal year from fromYear to toYear (both optional, inclusive), the state-owned assets (七): total fixed assets, buildings' area and the vehicles. "
                    + AreaParams.DESCRIPTION)
    @Extension(name = TabularListApi.MARK, value = "true")
    @APIResponse(responseCode = "200", description = "One page of rows", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApiSchemas.AssetsAreaPage.class)))
    public Response overYears(@BeanParam YearRangeParams list, @BeanParam AreaParams area) {
        return tabular.list(list, AssetsAreaRow.class, LIST, (years, page) -> service.areas(years, area.query(), page));
    }
}
