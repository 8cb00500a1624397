package org.opendisclosure.procurement.rest;

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
import org.opendisclosure.procurement.model.ProcurementAreaRow;
import org.opendisclosure.procurement.service.ProcurementService;

/**
 * The procurement parts rolled up by province, city or county across years; a single year's roll-up is one
 * of the year's lists, in {@link ProcurementAnalystsResource}.
 */
@Path("/api/v1")
@Tag(name = "Analysts")
public class ProcurementAreasResource {

    static final String LIST = "procurement-areas";

    private final ProcurementService service;
    private final TabularResponses tabular;

    public ProcurementAreasResource(ProcurementService service, TabularResponses tabular) {
        this.service = service;
        this.tabular = tabular;
    }

    @GET
    @Path("/" + LIST)
    @Produces({MediaType.APPLICATION_JSON, TabularFormat.TEXT_CSV, TabularFormat.SPREADSHEET})
    @Operation(operationId = "listProcurementAreas", summary = "Procurement budgets summed by area, year by year",
            description = "For every fiscal year from fromYear to toYear (both optional, inclusive), the government procurement budgets (六): how many departments have one and the totals they state. "
                    + AreaParams.DESCRIPTION)
    @Extension(name = TabularListApi.MARK, value = "true")
    @APIResponse(responseCode = "200", description = "One page of rows", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApiSchemas.ProcurementAreaPage.class)))
    public Response overYears(@BeanParam YearRangeParams list, @BeanParam AreaParams area) {
        return tabular.list(list, ProcurementAreaRow.class, LIST, (years, page) -> service.areas(years, area.query(), page));
    }
}
