package org.opendisclosure.budget.rest;

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
import org.opendisclosure.budget.model.BudgetOverviewRow;
import org.opendisclosure.budget.service.BudgetService;
import org.opendisclosure.common.web.DepartmentListParams;
import org.opendisclosure.common.web.TabularFormat;
import org.opendisclosure.common.web.TabularListApi;
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
    @Produces({MediaType.APPLICATION_JSON, TabularFormat.TEXT_CSV, TabularFormat.SPREADSHEET})
    @Operation(summary = "All departments' budgets for a fiscal year",
            description = "One row per department with its current published figures (万元). Filter by division code prefix; "
                    + "sort by expenditureTotal, projectExpenditure, threePublicTotal, operatingExpenses, revenueTotal, "
                    + "basicExpenditure, departmentName or departmentId (prefix - for descending). JSON by default; "
                    + "CSV (UTF-8, header row) with Accept: text/csv or format=csv.")
    @Extension(name = TabularListApi.MARK, value = "true")
    @APIResponse(responseCode = "200", description = "One page of rows", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApiSchemas.BudgetOverviewPage.class)))
    public Response list(@BeanParam DepartmentListParams list,
                         @Parameter(description = "Sort key; prefix with - for descending", schema = @Schema(ref = "BudgetOverviewSort"))
                         @QueryParam("sort") String sort) {
        return tabular.list(list, BudgetOverviewRow.class, "budgets",
                (year, page) -> service.overview(year, list.divisionPrefix(), sort, page));
    }
}
