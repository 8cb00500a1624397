package org.opendisclosure.budget.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.opendisclosure.common.consistency.FindingsReport;
import org.opendisclosure.common.consistency.ToleranceParam;
import org.opendisclosure.common.web.Representations;
import org.opendisclosure.store.PartAddress;
import org.opendisclosure.store.PartResource;

@Path("/api/v1/departments/{departmentId}/budgets/{year}/findings")
@Tag(name = "Consistency")
public class BudgetFindingsResource extends PartResource<BudgetDocument, BudgetView> {

    public BudgetFindingsResource(BudgetService service, Representations representations) {
        super(service, representations);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check the department's current budget for a fiscal year against the consistency rules",
            description = "The findings of the current revision, in document order: summary, operatingExpenses, threePublicExpenses. "
                    + "An empty list when everything adds up. The rules are listed at /api/v1/rules.")
    @APIResponse(responseCode = "200", description = "The findings of the current revision",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FindingsReport.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response ofCurrent(@BeanParam PartAddress address, @BeanParam ToleranceParam tolerance, @Context HttpHeaders headers) {
        return storedFindings(address, tolerance, headers);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check a budget document against the consistency rules without storing it",
            description = "The body is a document exactly as the PUT of the budget takes it, and is refused the same way when "
                    + "invalid. Nothing is stored and the department need not exist yet: the gateway checks an imported "
                    + "disclosure with it before writing.")
    @APIResponse(responseCode = "200", description = "The findings of the document",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FindingsReport.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response check(@BeanParam PartAddress address, @BeanParam ToleranceParam tolerance,
                          @Valid @NotNull(message = "a budget document is required") BudgetDocument body) {
        return documentFindings(address, tolerance, body);
    }
}
