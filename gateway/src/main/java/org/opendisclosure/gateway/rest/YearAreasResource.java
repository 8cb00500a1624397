package org.opendisclosure.gateway.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendisclosure.common.web.AreaParams;
import org.opendisclosure.common.web.TabularFormat;
import org.opendisclosure.common.web.TabularListApi;
import org.opendisclosure.common.web.TabularResponses;
import org.opendisclosure.common.web.YearListParams;
import org.opendisclosure.common.web.YearRange;
import org.opendisclosure.gateway.service.AreaRollups;

/** Every part's headline figures summed by area for one fiscal year, as {@link AreasResource} across years. */
@Path("/api/v1/fiscal-years/{year}/areas")
@Tag(name = "Analysts")
public class YearAreasResource {

    private final AreaRollups areas;
    private final TabularResponses tabular;

    public YearAreasResource(AreaRollups areas, TabularResponses tabular) {
        this.areas = areas;
        this.tabular = tabular;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, TabularFormat.TEXT_CSV, TabularFormat.SPREADSHEET})
    @Operation(operationId = "listAreasOfYear", summary = "Every part's headline figures summed by area for a fiscal year",
            description = "For one fiscal year. " + AreasResource.DESCRIPTION)
    @Extension(name = TabularListApi.MARK, value = "true")
    @APIResponse(responseCode = "200", description = "One page of rows",
            headers = @Header(name = DisclosureListResource.UNAVAILABLE_HEADER,
                    description = "The services that could not be read, comma-separated", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AreasResource.AreaPage.class)))
    public Response list(@BeanParam YearListParams list, @BeanParam AreaParams area) {
        return AreasResource.answer(tabular, areas, list, YearRange.of(list.fiscalYear()), area.query());
    }
}
