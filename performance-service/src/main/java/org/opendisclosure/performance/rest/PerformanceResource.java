package org.opendisclosure.performance.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.opendisclosure.common.consistency.FindingsReport;
import org.opendisclosure.common.consistency.ToleranceParam;
import org.opendisclosure.common.revision.DryRunnable;
import org.opendisclosure.common.security.Writes;
import org.opendisclosure.common.web.PageParams;
import org.opendisclosure.common.web.Representations;
import org.opendisclosure.performance.model.PerformanceDocument;
import org.opendisclosure.performance.model.PerformanceView;
import org.opendisclosure.performance.model.ProjectDetail;
import org.opendisclosure.performance.service.PerformanceService;
import org.opendisclosure.store.DryRunParam;
import org.opendisclosure.store.PartAddress;
import org.opendisclosure.store.PartResource;
import org.opendisclosure.store.RevisionAddress;
import org.opendisclosure.store.RevisionPage;

@Path("/api/v1/departments/{departmentId}/performance/{year}")
@Tag(name = "Performance", description = "第五部分 预算绩效信息: a department's performance goals and project tables per fiscal year, with revisions")
public class PerformanceResource extends PartResource<PerformanceDocument, PerformanceView> {

    private static final String FINDINGS = "Each finding names its rule (see GET /api/v1/rules), severity, where it is "
            + "(part performance, the JSON path in the part, the project code and the project or indicator name), the figures "
            + "read, what was expected and what is published; in document order, each inconsistency once.";

    private final PerformanceService service;

    public PerformanceResource(PerformanceService service, Representations representations) {
        super(service, representations);
        this.service = service;
    }

    @PUT
    @DryRunnable
    @Writes
    @SecurityRequirement(name = Writes.SCHEME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace the department's performance part for a fiscal year",
            description = "The whole part as one document: the department-wide goals and every project table in published order "
                    + "(an empty list when the department has none). Figures are stored exactly as given, even when they do not add up; "
                    + "each indicator's target is kept as written and also parsed (parsedTarget) where it is a comparison, number and unit. "
                    + "Writes a new revision unless the document equals the current one. With If-Match, only if the ETag is current. "
                    + "The department is not looked up: departments are budget-service's.")
    @APIResponse(responseCode = "200", description = "Replaced (or unchanged); the current part",
            headers = {@Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "X-Revision-Created", description = "false when the document equals the current one",
                            schema = @Schema(type = SchemaType.BOOLEAN))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PerformanceView.class)))
    @APIResponse(responseCode = "201", description = "Created; the new part",
            headers = {@Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Location", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PerformanceView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response put(@BeanParam PartAddress address,
                        @Valid @NotNull(message = "a performance document is required") PerformanceDocument body,
                        @BeanParam DryRunParam dryRun, @Context HttpHeaders headers, @Context UriInfo uri) {
        return write(address, body, headers, uri);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read the department's performance part for a fiscal year (current revision)")
    @APIResponse(responseCode = "200", description = "The part: goals and projects in published order",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PerformanceView.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@BeanParam PartAddress address, @Context HttpHeaders headers) {
        return read(address, headers);
    }

    @GET
    @Path("/findings")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check the department's current performance part for a fiscal year against the consistency rules",
            description = "The findings of the current revision: budgets whose funds do not add up, spending plans out of range, "
                    + "falling or not reaching 100%, projects without output or effect indicators, indicators without a target, "
                    + "project codes not under the department's code. " + FINDINGS + " The part is stored as published either way.")
    @APIResponse(responseCode = "200", description = "The findings (an empty list when every rule holds)",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FindingsReport.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response findings(@BeanParam PartAddress address, @BeanParam ToleranceParam tolerance, @Context HttpHeaders headers) {
        return storedFindings(address, tolerance, headers);
    }

    @POST
    @Path("/findings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check a performance document against the consistency rules, storing nothing",
            description = "The body is a document exactly as the PUT takes it; the answer is what GET …/findings would report once "
                    + "it is stored. Nothing is stored and the current part, if any, is not read. " + FINDINGS
                    + " A document the PUT would refuse as invalid is refused here the same way.")
    @APIResponse(responseCode = "200", description = "The findings of the document (an empty list when every rule holds)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FindingsReport.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response check(@BeanParam PartAddress address, @BeanParam ToleranceParam tolerance,
                          @Valid @NotNull(message = "a performance document is required") PerformanceDocument body) {
        return documentFindings(address, tolerance, body);
    }

    @GET
    @Path("/revisions")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the revisions of the department's performance part for a fiscal year, newest first")
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
    @Path("/revisions/{revision}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read one revision of the department's performance part for a fiscal year")
    @APIResponse(responseCode = "200", description = "The part as it was at that revision",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PerformanceView.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response revision(@BeanParam RevisionAddress address, @Context HttpHeaders headers) {
        return readRevision(address, headers);
    }

    @GET
    @Path("/projects")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the projects of the department's current performance part, in published order",
            description = "Paged. The indicator parameters select the projects that have at least one indicator row meeting all of "
                    + "them: indicatorCategory is its 一级指标 or 二级指标, exactly (产出指标, 效果指标, 满意度指标, 数量指标, 质量指标, "
                    + "时效指标, 社会效益指标 …); targetComparison, minTarget, maxTarget and targetUnit apply to its parsed target "
                    + "(an indicator without one never matches them). Each listed project comes with all its indicators.")
    @APIResponse(responseCode = "200", description = "One page of projects",
            headers = {@Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiSchemas.ProjectPage.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response projects(@BeanParam PartAddress address, @BeanParam IndicatorParams indicators, @BeanParam PageParams page,
                             @Context HttpHeaders headers) {
        return representations.ok(headers, service.projects(address.key(), indicators.indicators(), page.request()));
    }

    @GET
    @Path("/projects/{projectCode}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read one project of the department's current performance part")
    @APIResponse(responseCode = "200", description = "The project, with its place in the published order",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectDetail.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response project(@BeanParam ProjectAddress address, @Context HttpHeaders headers) {
        return representations.ok(headers, service.project(address.key(), address.code()));
    }
}
