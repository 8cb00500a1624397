package org.opendisclosure.budget.rest;

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
import org.opendisclosure.budget.model.BudgetDimension;
import org.opendisclosure.budget.service.DrillDownService;
import org.opendisclosure.common.members.MemberListParams;
import org.opendisclosure.common.members.MemberPage;
import org.opendisclosure.common.web.TabularFormat;
import org.opendisclosure.common.web.TabularListApi;
import org.opendisclosure.common.web.TabularResponses;

@Path(MemberListParams.PATH)
@Tag(name = "Analysts")
public class MemberResource {

    private final DrillDownService service;
    private final TabularResponses tabular;

    public MemberResource(DrillDownService service, TabularResponses tabular) {
        this.service = service;
        this.tabular = tabular;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, TabularFormat.TEXT_CSV})
    @Operation(operationId = "getBudgetMembers", summary = "The values a dimension of the budgets takes",
            description = "divisions: the division codes (行政区划代码) of the departments with a budget, with the name their part 一 "
                    + "gives (divisionName) where known; departments and occurrences (department-years) count them. unit-natures: "
                    + "单位性质 of the units of part 一 (行政, 事业, 参公 …); occurrences counts units. economic-classes: the items of "
                    + "机关运行经费 (part 三) by the 经济分类 name the documents give (办公费, 邮电费 …); occurrences counts items. Of the "
                    + "current revisions of one fiscal year, or of every year; ordered by value. JSON by default; CSV with "
                    + "Accept: text/csv or format=csv. A dimension not served here is a 404 naming those that are.")
    @Parameter(name = "dimension", in = ParameterIn.PATH, required = true,
            schema = @Schema(enumeration = {"divisions", "unit-natures", "economic-classes"}))
    @Extension(name = TabularListApi.MARK, value = "true")
    @APIResponse(responseCode = "200", description = "One page of values",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberPage.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response members(@BeanParam MemberListParams params) {
        BudgetDimension dimension = params.dimension(BudgetDimension.class);
        return tabular.members(params, dimension.key(), (year, page) -> service.members(dimension, year, page));
    }
}
