package org.opendisclosure.budget.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendisclosure.budget.model.BudgetDocument;
import org.opendisclosure.budget.model.BudgetView;
import org.opendisclosure.budget.service.BudgetService;
import org.opendisclosure.common.web.DepartmentAddress;
import org.opendisclosure.common.web.PageParams;
import org.opendisclosure.common.web.Representations;
import org.opendisclosure.store.PartEndpoints;
import org.opendisclosure.store.PartResource;

@Path("/api/v1/departments/{departmentId}/budgets")
@Tag(name = "Budgets", description = "A department's budget per fiscal year: parts 二, 三, 四, 八, 九, with revisions")
@PartEndpoints(title = "budget", document = "a budget document", writeNeedsKnownDepartment = true,
        write = "All parts are required. Figures are stored exactly as given, even when they do not add up.",
        findings = "The parts checked, in that order: summary, operatingExpenses, threePublicExpenses.",
        check = "The department need not exist yet: the gateway checks an imported disclosure with it before writing.")
public class BudgetResource extends PartResource<BudgetDocument, BudgetView, BudgetService> {

    public BudgetResource(BudgetService service, Representations representations) {
        super(service, representations);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the fiscal years for which the department has a budget",
            description = "Each fiscal year with a stored budget (parts 二, 三, 四, 八 and 九), oldest first, a page at a "
                    + "time; read one with /api/v1/departments/{departmentId}/budgets/{year}. A department whose budget was "
                    + "never written is an empty page; an unknown department is a 404.")
    @APIResponse(responseCode = "200", description = "One page of fiscal years, oldest first",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiSchemas.BudgetYearPage.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response years(@BeanParam DepartmentAddress address, @BeanParam PageParams page, @Context HttpHeaders headers) {
        return representations.ok(headers, service.years(address.id(), page.request()));
    }
}
