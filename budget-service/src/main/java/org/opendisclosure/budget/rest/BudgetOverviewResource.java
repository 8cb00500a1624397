package org.opendisclosure.budget.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendisclosure.budget.model.BudgetOverviewRow;
import org.opendisclosure.budget.service.BudgetService;
import org.opendisclosure.common.web.PageParams;
import org.opendisclosure.common.web.TabularFormat;
import org.opendisclosure.common.web.TabularResponses;

@Path("/api/v1/fiscal-years/{year}/budgets")
@Tag(name = "Analysts", description = "Budgets across departments, for comparison; JSON or CSV")
public class BudgetOverviewResource {

    private final BudgetService service;
    private final TabularResponses tabular;

    public BudgetOverviewResource(BudgetService service, TabularResponses tabular) {
        this.service = service;
        this.tabular = tabular;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, TabularFormat.TEXT_CSV})
    @Operation(summary = "All departments' budgets for a fiscal year",
            description = "One row per department with its current published figures (万元). Filter by division code prefix; "
                    + "sort by expenditureTotal, projectExpenditure, threePublicTotal, operatingExpenses, revenueTotal, "
                    + "basicExpenditure, departmentName or departmentId (prefix - for descending). JSON by default; "
                    + "CSV (UTF-8, header row) with Accept: text/csv or format=csv.")
    @APIResponse(responseCode = "200", description = "One page of rows",
            headers = {@Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "X-Total-Count", schema = @Schema(type = SchemaType.INTEGER))},
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiSchemas.BudgetOverviewPage.class)),
                    @Content(mediaType = TabularFormat.TEXT_CSV, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    public Response list(@BeanParam BudgetOverviewQuery query, @BeanParam PageParams page, @BeanParam FormatParam format,
                         @Context HttpHeaders headers, @Context UriInfo uri) {
        TabularFormat chosen = format.choose(headers);
        int fiscalYear = query.fiscalYear();
        return tabular.page(headers, uri, chosen,
                service.overview(fiscalYear, query.divisionPrefix(), query.sort(), page.request()),
                BudgetOverviewRow.class, "budgets-" + fiscalYear);
    }
}
