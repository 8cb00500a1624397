package org.opendisclosure.budget.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendisclosure.budget.rest.dto.BudgetDocument;
import org.opendisclosure.budget.service.BudgetFindingsService;
import org.opendisclosure.common.consistency.FindingsReport;
import org.opendisclosure.common.consistency.Tolerance;
import org.opendisclosure.common.id.DepartmentId;
import org.opendisclosure.common.id.FiscalYear;
import org.opendisclosure.common.web.Representations;

@Path("/api/v1/departments/{departmentId}/budgets/{year}/findings")
@Tag(name = "Consistency")
public class BudgetFindingsResource {


    private final BudgetFindingsService findings;
    private final Representations representations;

    public BudgetFindingsResource(BudgetFindingsService findings, Representations representations) {
        this.findings = findings;
        this.representations = representations;
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
    public Response ofCurrent(@Parameter(description = "e.g. 130624-203") @PathParam("departmentId") String departmentId,
                              @Parameter(description = "Fiscal year, 2000 to 2100", schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"))
                              @PathParam("year") String year,
                              @Parameter(description = Tolerance.DESCRIPTION, schema = @Schema(type = SchemaType.NUMBER, minimum = "0", maximum = Tolerance.MAXIMUM, defaultValue = "0"))
                              @QueryParam(Tolerance.PARAM) String tolerance,
                              @Context HttpHeaders headers) {
        DepartmentId id = DepartmentId.parse("departmentId", departmentId);
        int fiscalYear = FiscalYear.parse("year", year);
        return representations.ok(headers, findings.ofCurrent(id, fiscalYear, Tolerance.parse(tolerance)));
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
    public Response check(@Parameter(description = "e.g. 130624-203") @PathParam("departmentId") String departmentId,
                          @Parameter(description = "Fiscal year, 2000 to 2100", schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"))
                          @PathParam("year") String year,
                          @Parameter(description = Tolerance.DESCRIPTION, schema = @Schema(type = SchemaType.NUMBER, minimum = "0", maximum = Tolerance.MAXIMUM, defaultValue = "0"))
                          @QueryParam(Tolerance.PARAM) String tolerance,
                          @Valid @NotNull(message = "a budget document is required") BudgetDocument body) {
        DepartmentId id = DepartmentId.parse("departmentId", departmentId);
        int fiscalYear = FiscalYear.parse("year", year);
        return representations.computed(findings.of(id, fiscalYear, body, Tolerance.parse(tolerance)));
    }
}
