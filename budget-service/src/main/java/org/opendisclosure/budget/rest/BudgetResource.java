package org.opendisclosure.budget.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendisclosure.budget.model.BudgetDocument;
import org.opendisclosure.budget.model.BudgetView;
import org.opendisclosure.budget.service.BudgetService;
import org.opendisclosure.common.revision.DryRunnable;
import org.opendisclosure.common.security.Writes;
import org.opendisclosure.common.web.PageParams;
import org.opendisclosure.common.web.Representations;
import org.opendisclosure.store.DryRunParam;
import org.opendisclosure.store.PartAddress;
import org.opendisclosure.store.PartResource;
import org.opendisclosure.store.RevisionAddress;
import org.opendisclosure.store.RevisionPage;

@Path("/api/v1/departments/{departmentId}/budgets")
@Tag(name = "Budgets", description = "A department's budget per fiscal year: parts 二, 三, 四, 八, 九, with revisions")
public class BudgetResource extends PartResource<BudgetDocument, BudgetView> {

    private final BudgetService service;

    public BudgetResource(BudgetService service, Representations representations) {
        super(service, representations);
        this.service = service;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the fiscal years for which the department has a budget")
    @APIResponse(responseCode = "200", description = "One page of fiscal years, oldest first",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiSchemas.BudgetYearPage.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response years(@BeanParam DepartmentAddress address, @BeanParam PageParams page, @Context HttpHeaders headers) {
        return representations.ok(headers, service.years(address.id(), page.request()));
    }

    @PUT
    @DryRunnable
    @Writes
    @SecurityRequirement(name = Writes.SCHEME)
    @Path("/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace the department's budget for a fiscal year",
            description = "All parts are required. Figures are stored exactly as given, even when they do not add up. "
                    + "Writes a new revision unless the document equals the current one. With If-Match, only if the ETag is current.")
    @APIResponse(responseCode = "200", description = "Replaced (or unchanged); the current budget",
            headers = {@Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "X-Revision-Created", description = "false when the document equals the current one",
                            schema = @Schema(type = SchemaType.BOOLEAN))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BudgetView.class)))
    @APIResponse(responseCode = "201", description = "Created; the new budget",
            headers = {@Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Location", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BudgetView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response put(@BeanParam PartAddress address,
                        @Valid @NotNull(message = "a budget document is required") BudgetDocument body,
                        @BeanParam DryRunParam dryRun, @Context HttpHeaders headers, @Context UriInfo uri) {
        return write(address, body, headers, uri);
    }

    @GET
    @Path("/{year}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read the department's budget for a fiscal year (current revision)")
    @APIResponse(responseCode = "200", description = "The budget",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BudgetView.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@BeanParam PartAddress address, @Context HttpHeaders headers) {
        return read(address, headers);
    }

    @GET
    @Path("/{year}/revisions")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the revisions of the department's budget for a fiscal year, newest first")
    @APIResponse(responseCode = "200", description = "One page of revisions",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RevisionPage.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response revisions(@BeanParam PartAddress address, @BeanParam PageParams page, @Context HttpHeaders headers) {
        return listRevisions(address, page, headers);
    }

    @GET
    @Path("/{year}/revisions/{revision}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read one revision of the department's budget for a fiscal year")
    @APIResponse(responseCode = "200", description = "The budget as it was at that revision",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BudgetView.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response revision(@BeanParam RevisionAddress address, @Context HttpHeaders headers) {
        return readRevision(address, headers);
    }
}
