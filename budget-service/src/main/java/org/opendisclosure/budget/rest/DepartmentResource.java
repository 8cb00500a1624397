package org.opendisclosure.budget.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendisclosure.budget.repository.DepartmentRepository.DepartmentFilter;
import org.opendisclosure.budget.rest.dto.DepartmentDocument;
import org.opendisclosure.budget.rest.dto.DepartmentSummary;
import org.opendisclosure.budget.rest.dto.DepartmentView;
import org.opendisclosure.budget.service.DepartmentService;
import org.opendisclosure.common.id.DepartmentId;
import org.opendisclosure.common.revision.DryRunnable;
import org.opendisclosure.common.revision.Written;
import org.opendisclosure.common.web.PageRequest;
import org.opendisclosure.common.web.Params;
import org.opendisclosure.common.web.Representations;
import org.opendisclosure.common.web.SortOrder;
import org.opendisclosure.common.web.TabularFormat;
import org.opendisclosure.common.web.TabularResponses;

@Path("/api/v1/departments")
@Tag(name = "Departments", description = "部门职责及机构设置 (part 一): departments, their duties and units, with revisions")
public class DepartmentResource {

    private static final Map<String, String> SORTS = Map.of(
            "id", "d.divisionCode",
            "name", "d.name",
            "revisedAt", "r.revisedAt");

    private final DepartmentService service;
    private final Representations representations;
    private final TabularResponses tabular;

    public DepartmentResource(DepartmentService service, Representations representations, TabularResponses tabular) {
        this.service = service;
        this.representations = representations;
        this.tabular = tabular;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, TabularFormat.TEXT_CSV})
    @Operation(summary = "List and search departments",
            description = "Paged. Filter by division code prefix (130624 for 阜平县, 1306 for all of 保定市) and by a fragment of the name. "
                    + "JSON by default; CSV with Accept: text/csv or format=csv.")
    @APIResponse(responseCode = "200", description = "One page of departments",
            headers = {@Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "X-Total-Count", schema = @Schema(type = SchemaType.INTEGER))},
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiSchemas.DepartmentPage.class)),
                    @Content(mediaType = TabularFormat.TEXT_CSV, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    public Response list(
            @Parameter(description = "行政区划代码 or its prefix, digits only") @QueryParam("division") String division,
            @Parameter(description = "A fragment of the department's name, e.g. 组织") @QueryParam("name") String name,
            @Parameter(description = "id, name or revisedAt; prefix with - for descending", schema = @Schema(defaultValue = "id"))
            @QueryParam("sort") String sort,
            @Parameter(description = "Page number from 1", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 1000", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "50"))
            @QueryParam("size") String size,
            @Parameter(description = "json or csv; overrides Accept") @QueryParam("format") String format,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        TabularFormat chosen = TabularFormat.choose(format, headers);
        DepartmentFilter filter = new DepartmentFilter(Params.divisionPrefix(division), Params.fragment("name", name));
        return tabular.page(headers, uri, chosen,
                service.search(filter, SortOrder.parse(sort, "id", SORTS), PageRequest.parse(page, size)),
                DepartmentSummary.class, "departments");
    }

    @PUT
    @DryRunnable
    @Path("/{departmentId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace a department",
            description = "Writes a new revision; earlier revisions stay readable. Sending the current document again adds no revision. "
                    + "With If-Match, the write happens only if the ETag is current.")
    @APIResponse(responseCode = "200", description = "Replaced (or unchanged); the current department",
            headers = {@Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "X-Revision-Created", description = "false when the document equals the current one",
                            schema = @Schema(type = SchemaType.BOOLEAN))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DepartmentView.class)))
    @APIResponse(responseCode = "201", description = "Created; the new department",
            headers = {@Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Location", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DepartmentView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response put(@Parameter(description = "Division code and department code, e.g. 130624-203") @PathParam("departmentId") String departmentId,
                        @Valid @NotNull(message = "a department document is required") DepartmentDocument body,
                        @Parameter(description = "true: validate and answer as the write would, storing nothing (header X-Dry-Run: true)",
                                schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
                        @QueryParam(DryRunnable.PARAM) String dryRun,
                        @Context HttpHeaders headers, @Context UriInfo uri) {
        DepartmentId id = DepartmentId.parse("departmentId", departmentId);
        Written<DepartmentView> written = service.put(id, body, current -> representations.requireMatch(headers, () -> current));
        return representations.written(uri, written);
    }

    @GET
    @Path("/{departmentId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read a department (current revision)")
    @APIResponse(responseCode = "200", description = "The department",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DepartmentView.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("departmentId") String departmentId, @Context HttpHeaders headers) {
        return representations.ok(headers, service.current(DepartmentId.parse("departmentId", departmentId)));
    }

    @GET
    @Path("/{departmentId}/revisions")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List a department's revisions, newest first")
    @APIResponse(responseCode = "200", description = "One page of revisions",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiSchemas.RevisionPage.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response revisions(@PathParam("departmentId") String departmentId,
                              @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1")) @QueryParam("page") String page,
                              @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "50")) @QueryParam("size") String size,
                              @Context HttpHeaders headers) {
        return representations.ok(headers,
                service.revisions(DepartmentId.parse("departmentId", departmentId), PageRequest.parse(page, size)));
    }

    @GET
    @Path("/{departmentId}/revisions/{revision}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read one revision of a department")
    @APIResponse(responseCode = "200", description = "The department as it was at that revision",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DepartmentView.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response revision(@PathParam("departmentId") String departmentId,
                             @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @PathParam("revision") String revision,
                             @Context HttpHeaders headers) {
        return representations.ok(headers, service.revision(DepartmentId.parse("departmentId", departmentId),
                Params.revision(revision)));
    }
}
