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
import org.opendisclosure.budget.model.DepartmentDocument;
import org.opendisclosure.budget.model.OrganizationView;
import org.opendisclosure.budget.service.OrganizationService;
import org.opendisclosure.common.revision.DryRunnable;
import org.opendisclosure.common.security.Writes;
import org.opendisclosure.common.web.PageParams;
import org.opendisclosure.common.web.Representations;
import org.opendisclosure.store.DryRunParam;
import org.opendisclosure.store.PartAddress;
import org.opendisclosure.store.PartResource;
import org.opendisclosure.store.RevisionAddress;
import org.opendisclosure.store.RevisionPage;

@Path("/api/v1/departments/{departmentId}/organization")
@Tag(name = "Departments")
public class OrganizationResource extends PartResource<DepartmentDocument, OrganizationView> {

    public OrganizationResource(OrganizationService service, Representations representations) {
        super(service, representations);
    }

    @PUT
    @DryRunnable
    @Writes
    @SecurityRequirement(name = Writes.SCHEME)
    @Path("/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace the department's duties and units for a fiscal year (part 一)",
            description = "部门职责及机构设置 as that year's disclosure publishes it; other years keep theirs. The first write for a "
                    + "department creates it; a write for its latest year (or a later one) gives it that year's name and division "
                    + "name. Writes a new revision unless the document equals the current one. With If-Match, only if the ETag is "
                    + "current.")
    @APIResponse(responseCode = "200", description = "Replaced (or unchanged); the current part 一 of the year",
            headers = {@Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "X-Revision-Created", description = "false when the document equals the current one",
                            schema = @Schema(type = SchemaType.BOOLEAN))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "201", description = "Created; the new part 一 of the year",
            headers = {@Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Location", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response put(@BeanParam PartAddress address,
                        @Valid @NotNull(message = "a department document is required") DepartmentDocument body,
                        @BeanParam DryRunParam dryRun, @Context HttpHeaders headers, @Context UriInfo uri) {
        return write(address, body, headers, uri);
    }

    @GET
    @Path("/{year}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read the department's duties and units for a fiscal year (current revision)",
            description = "Only that year's part 一: a year without one is a 404, whatever other years hold.")
    @APIResponse(responseCode = "200", description = "The part 一 of the year",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@BeanParam PartAddress address, @Context HttpHeaders headers) {
        return read(address, headers);
    }

    @GET
    @Path("/{year}/revisions")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the revisions of the department's duties and units for a fiscal year, newest first")
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
    @Operation(summary = "Read one revision of the department's duties and units for a fiscal year")
    @APIResponse(responseCode = "200", description = "The part 一 of the year as it was at that revision",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response revision(@BeanParam RevisionAddress address, @Context HttpHeaders headers) {
        return readRevision(address, headers);
    }
}
