package org.opendisclosure.performance.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendisclosure.common.consistency.FindingsReport;
import org.opendisclosure.common.consistency.Tolerance;
import org.opendisclosure.common.id.DepartmentId;
import org.opendisclosure.common.id.FiscalYear;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.common.revision.DryRunnable;
import org.opendisclosure.common.revision.Written;
import org.opendisclosure.common.web.PageRequest;
import org.opendisclosure.common.web.Params;
import org.opendisclosure.common.web.Representations;
import org.opendisclosure.performance.repository.IndicatorFilter;
import org.opendisclosure.performance.rest.dto.PerformanceDocument;
import org.opendisclosure.performance.rest.dto.PerformanceView;
import org.opendisclosure.performance.rest.dto.ProjectDetail;
import org.opendisclosure.performance.service.PerformanceService;

@Path("/api/v1/departments/{departmentId}/performance/{year}")
@Tag(name = "Performance", description = "第五部分 预算绩效信息: a department's performance goals and project tables per fiscal year, with revisions")
public class PerformanceResource {

    private static final String PROJECT_CODE = "[0-9A-Za-z][0-9A-Za-z.-]{0,63}";
    private static final String FINDINGS = "Each finding names its rule (see GET /api/v1/rules), severity, where it is "
            + "(part performance, the JSON path in the part, the project code and the project or indicator name), the figures "
            + "read, what was expected and what is published; in document order, each inconsistency once.";

    private final PerformanceService service;
    private final Representations representations;

    public PerformanceResource(PerformanceService service, Representations representations) {
        this.service = service;
        this.representations = representations;
    }

    @PUT
    @DryRunnable
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
    public Response put(@Parameter(description = "Division code and department code, e.g. 130624-203") @PathParam("departmentId") String departmentId,
                        @Parameter(description = "Fiscal year, 2000 to 2100", schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"))
                        @PathParam("year") String year,
                        @Valid @NotNull(message = "a performance document is required") PerformanceDocument body,
                        @Parameter(description = "true: validate and answer as the write would, storing nothing (header X-Dry-Run: true)",
                                schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
                        @QueryParam(DryRunnable.PARAM) String dryRun,
                        @Context HttpHeaders headers, @Context UriInfo uri) {
        DepartmentId id = DepartmentId.parse("departmentId", departmentId);
        int fiscalYear = FiscalYear.parse("year", year);
        Written<PerformanceView> written = service.put(id, fiscalYear, body,
                current -> representations.requireMatch(headers, () -> current));
        return representations.written(uri, written);
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
    public Response get(@PathParam("departmentId") String departmentId,
                        @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100")) @PathParam("year") String year,
                        @Context HttpHeaders headers) {
        return representations.ok(headers,
                service.current(DepartmentId.parse("departmentId", departmentId), FiscalYear.parse("year", year)));
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
    public Response findings(@Parameter(description = "Division code and department code, e.g. 130624-203") @PathParam("departmentId") String departmentId,
                             @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100")) @PathParam("year") String year,
                             @Parameter(description = Tolerance.DESCRIPTION, schema = @Schema(type = SchemaType.NUMBER, minimum = "0", maximum = Tolerance.MAXIMUM, defaultValue = "0"))
                             @QueryParam(Tolerance.PARAM) String tolerance,
                             @Context HttpHeaders headers) {
        DepartmentId id = DepartmentId.parse("departmentId", departmentId);
        int fiscalYear = FiscalYear.parse("year", year);
        return representations.ok(headers, service.findings(id, fiscalYear, Tolerance.parse(tolerance)));
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
    public Response check(@Parameter(description = "Division code and department code, e.g. 130624-203") @PathParam("departmentId") String departmentId,
                          @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100")) @PathParam("year") String year,
                          @Valid @NotNull(message = "a performance document is required") PerformanceDocument body,
                          @Parameter(description = Tolerance.DESCRIPTION, schema = @Schema(type = SchemaType.NUMBER, minimum = "0", maximum = Tolerance.MAXIMUM, defaultValue = "0"))
                          @QueryParam(Tolerance.PARAM) String tolerance) {
        DepartmentId id = DepartmentId.parse("departmentId", departmentId);
        int fiscalYear = FiscalYear.parse("year", year);
        FindingsReport report = service.check(id, fiscalYear, body, Tolerance.parse(tolerance));
        return representations.computed(report);
    }

    @GET
    @Path("/revisions")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the revisions of the department's performance part for a fiscal year, newest first")
    @APIResponse(responseCode = "200", description = "One page of revisions",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiSchemas.RevisionPage.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response revisions(@PathParam("departmentId") String departmentId,
                              @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100")) @PathParam("year") String year,
                              @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1")) @QueryParam("page") String page,
                              @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "50")) @QueryParam("size") String size,
                              @Context HttpHeaders headers) {
        return representations.ok(headers, service.revisions(DepartmentId.parse("departmentId", departmentId),
                FiscalYear.parse("year", year), PageRequest.parse(page, size)));
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
    public Response revision(@PathParam("departmentId") String departmentId,
                             @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100")) @PathParam("year") String year,
                             @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @PathParam("revision") String revision,
                             @Context HttpHeaders headers) {
        return representations.ok(headers, service.revision(DepartmentId.parse("departmentId", departmentId),
                FiscalYear.parse("year", year), Params.revision(revision)));
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
    public Response projects(@PathParam("departmentId") String departmentId,
                             @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100")) @PathParam("year") String year,
                             @Parameter(description = IndicatorParams.CATEGORY) @QueryParam("indicatorCategory") String indicatorCategory,
                             @Parameter(description = IndicatorParams.COMPARISON, schema = @Schema(enumeration = {"GE", "GT", "LE", "LT", "EQ"}))
                             @QueryParam("targetComparison") String targetComparison,
                             @Parameter(description = IndicatorParams.MIN_TARGET) @QueryParam("minTarget") String minTarget,
                             @Parameter(description = IndicatorParams.MAX_TARGET) @QueryParam("maxTarget") String maxTarget,
                             @Parameter(description = IndicatorParams.UNIT) @QueryParam("targetUnit") String targetUnit,
                             @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1")) @QueryParam("page") String page,
                             @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "50")) @QueryParam("size") String size,
                             @Context HttpHeaders headers) {
        DepartmentId id = DepartmentId.parse("departmentId", departmentId);
        int fiscalYear = FiscalYear.parse("year", year);
        IndicatorFilter indicators = IndicatorParams.parse(indicatorCategory, targetComparison, minTarget, maxTarget, targetUnit);
        return representations.ok(headers, service.projects(id, fiscalYear, indicators, PageRequest.parse(page, size)));
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
    public Response project(@PathParam("departmentId") String departmentId,
                            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100")) @PathParam("year") String year,
                            @Parameter(description = "项目编码, e.g. 203-0401-YXN-X52V") @PathParam("projectCode") String projectCode,
                            @Context HttpHeaders headers) {
        DepartmentId id = DepartmentId.parse("departmentId", departmentId);
        int fiscalYear = FiscalYear.parse("year", year);
        if (projectCode == null || !projectCode.matches(PROJECT_CODE)) {
            throw ProblemException.invalid("projectCode", "must be a project code of letters, digits, '-' and '.', "
                    + "e.g. 203-0401-YXN-X52V, was \"" + projectCode + "\"");
        }
        return representations.ok(headers, service.project(id, fiscalYear, projectCode));
    }
}
