package org.opendisclosure.budget.rest;

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
import org.opendisclosure.budget.model.BudgetAreaRow;
import org.opendisclosure.budget.service.BudgetService;
import org.opendisclosure.common.web.AreaParams;
import org.opendisclosure.common.web.TabularFormat;
import org.opendisclosure.common.web.TabularListApi;
import org.opendisclosure.common.web.TabularResponses;
import org.opendisclosure.common.web.YearListParams;
import org.opendisclosure.common.web.YearRange;
import org.opendisclosure.common.web.YearRangeParams;

/** The budgets rolled up by province, city or county, for a year or across years. */
@Path("/api/v1")
@Tag(name = "Analysts")
public class BudgetAreasResource {

    static final String LIST = "budgets-areas";

    private final BudgetService service;
    private final TabularResponses tabular;

    public BudgetAreasResource(BudgetService service, TabularResponses tabular) {
        this.service = service;
        this.tabular = tabular;
    }

    @GET
    @Path("/fiscal-years/{year}/" + LIST)
    @Produces({MediaType.APPLICATION_JSON, TabularFormat.TEXT_CSV, TabularFormat.SPREADSHEET})
    @Operation(operationId = "listBudgetAreasOfYear", summary = "Budgets summed by area for a fiscal year",
            description = "The budgets (parts 二, 三, 四) of a fiscal year: revenue, expenditure and its parts, operating expenses "
                    + "and the “三公” totals. " + AreaParams.DESCRIPTION)
    @Extension(name = TabularListApi.MARK, value = "true")
    @APIResponse(responseCode = "200", description = "One page of rows", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApiSchemas.BudgetAreaPage.class)))
    public Response ofYear(@BeanParam YearListParams list, @BeanParam AreaParams area) {
        return tabular.list(list, BudgetAreaRow.class, LIST, (year, page) -> service.areas(YearRange.of(year), area.query(), page));
    }

    @GET
    @Path("/" + LIST)
    @Produces({MediaType.APPLICATION_JSON, TabularFormat.TEXT_CSV, TabularFormat.SPREADSHEET})
    @Operation(operationId = "listBudgetAreas", summary = "Budgets summed by area, year by year",
            description = "As for one fiscal year, for every year from fromYear to toYear (both optional, inclusive). "
                    + AreaParams.DESCRIPTION)
    @Extension(name = TabularListApi.MARK, value = "true")
    @APIResponse(responseCode = "200", description = "One page of rows", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApiSchemas.BudgetAreaPage.class)))
    public Response overYears(@BeanParam YearRangeParams list, @BeanParam AreaParams area) {
        return tabular.list(list, BudgetAreaRow.class, LIST, (years, page) -> service.areas(years, area.query(), page));
    }
}
