package org.opendisclosure.performance.rest;

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
import org.opendisclosure.common.web.PageParams;
import org.opendisclosure.common.web.Representations;
import org.opendisclosure.performance.model.PerformanceDocument;
import org.opendisclosure.performance.model.PerformanceView;
import org.opendisclosure.performance.model.ProjectDetail;
import org.opendisclosure.performance.service.PerformanceService;
import org.opendisclosure.store.PartAddress;
import org.opendisclosure.store.PartEndpoints;
import org.opendisclosure.store.PartResource;

@Path("/api/v1/departments/{departmentId}/performance")
@Tag(name = "Performance", description = "第五部分 预算绩效信息: a department's performance goals and project tables per fiscal year, with revisions")
@PartEndpoints(title = "performance part", document = "a performance document",
        write = "The whole part as one document: the department-wide goals and every project table in published order (an empty "
                + "list when the department has none). Figures are stored exactly as given, even when they do not add up; each "
                + "indicator's target is kept as written and also parsed (parsedTarget) where it is a comparison, number and unit. "
                + "The department is not looked up: departments are budget-service's.",
        findings = "They are budgets whose funds do not add up, spending plans out of range, falling or not reaching 100%, projects "
                + "without output or effect indicators, indicators without a target, project codes not under the department's "
                + "code. " + PerformanceResource.FINDINGS,
        check = PerformanceResource.FINDINGS)
public class PerformanceResource extends PartResource<PerformanceDocument, PerformanceView, PerformanceService> {

    static final String FINDINGS = "Each finding names its rule (see GET /api/v1/rules), severity, where it is "
            + "(part performance, the JSON path in the part, the project code and the project or indicator name), the figures "
            + "read, what was expected and what is published; in document order, each inconsistency once.";

    public PerformanceResource(PerformanceService service, Representations representations) {
        super(service, representations);
    }

    @GET
    @Path("/{year}/projects")
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
    @Path("/{year}/projects/{projectCode}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read one project of the department's current performance part",
            description = "The project whose code is projectCode (as published, e.g. 203-0401-YXN-X52V) in the current "
                    + "revision: its budget in 万元 exactly as published, its goals and its indicators, and its position among "
                    + "the part's projects.")
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
