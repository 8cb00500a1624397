package org.opendisclosure.performance.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendisclosure.common.members.MemberListParams;
import org.opendisclosure.common.members.MemberPage;
import org.opendisclosure.common.web.TabularFormat;
import org.opendisclosure.common.web.TabularListApi;
import org.opendisclosure.common.web.TabularResponses;
import org.opendisclosure.performance.model.PerformanceDimension;
import org.opendisclosure.performance.service.DrillDownService;

@Path("/api/v1")
@Tag(name = "Analysts", description = "Projects across departments, for comparison; JSON or CSV")
public class MemberResource {

    private final DrillDownService service;
    private final TabularResponses tabular;

    public MemberResource(DrillDownService service, TabularResponses tabular) {
        this.service = service;
        this.tabular = tabular;
    }

    @GET
    @Path(MemberListParams.PATH)
    @Produces({MediaType.APPLICATION_JSON, TabularFormat.TEXT_CSV, TabularFormat.SPREADSHEET})
    @Operation(operationId = "getPerformanceMembers", summary = "The values a dimension of the performance parts takes",
            description = "indicator-categories: the 一级指标 (产出指标, 效益指标, 满意度指标 …) of the projects' indicators and, each "
                    + "after its 一级指标 as parent, its 二级指标 (数量指标, 质量指标 …), as published; departments counts departments, "
                    + "occurrences indicator rows. Of the current revisions of one fiscal year, or of every year. JSON by default; CSV "
                    + "with Accept: text/csv or format=csv. A dimension not served here is a 404 naming those that are.")
    @Parameter(name = "dimension", in = ParameterIn.PATH, required = true, schema = @Schema(enumeration = {"indicator-categories"}))
    @Extension(name = TabularListApi.MARK, value = "true")
    @APIResponse(responseCode = "200", description = "One page of values",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberPage.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response members(@BeanParam MemberListParams params) {
        return tabular.members(params, PerformanceDimension.class, service::members);
    }
}
