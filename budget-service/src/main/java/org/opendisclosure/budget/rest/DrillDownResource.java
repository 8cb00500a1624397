package org.opendisclosure.budget.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendisclosure.budget.model.BudgetDimension;
import org.opendisclosure.budget.model.OperatingItemDepartmentRow;
import org.opendisclosure.budget.model.OperatingItemRow;
import org.opendisclosure.budget.model.ThreePublicCategory;
import org.opendisclosure.budget.model.ThreePublicDepartmentRow;
import org.opendisclosure.budget.model.ThreePublicItemRow;
import org.opendisclosure.budget.service.DrillDownService;
import org.opendisclosure.common.members.MemberListParams;
import org.opendisclosure.common.members.MemberPage;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.common.web.Breakdown;
import org.opendisclosure.common.web.DrillDownParams;
import org.opendisclosure.common.web.Params;
import org.opendisclosure.common.web.TabularFormat;
import org.opendisclosure.common.web.TabularListApi;
import org.opendisclosure.common.web.TabularResponses;

@Path("/api/v1")
@Tag(name = "Analysts", description = "Budgets across departments, for comparison; JSON or CSV")
public class DrillDownResource {

    private static final String SHAPES = " Amounts in 万元 exactly as published; sums are exact (NUMERIC, computed by the database). "
            + "by=item (the default): one row per item over the departments, with their number; by=department: one row per "
            + "department and item. Filter by division code prefix. JSON by default; CSV (UTF-8, header row) with Accept: text/csv "
            + "or format=csv.";

    private final DrillDownService service;
    private final TabularResponses tabular;

    public DrillDownResource(DrillDownService service, TabularResponses tabular) {
        this.service = service;
        this.tabular = tabular;
    }

    @GET
    @Path("/fiscal-years/{year}/three-public")
    @Produces({MediaType.APPLICATION_JSON, TabularFormat.TEXT_CSV, TabularFormat.SPREADSHEET})
    @Operation(operationId = "getThreePublicDrillDown", summary = "The “三公” rows of every department's budget for a fiscal year",
            description = "The rows of part 四 (因公出国(境)经费, 公务用车购置经费, 公务用车运行经费 or 公务用车购置及运行经费, 公务接待费) of "
                    + "each department's current revision: 上年度预算 (previousYear), 本年度预算 (currentYear) and 增减金额 as stated "
                    + "(change). The 合计 row is in the budgets list." + SHAPES
                    + " Sort by item (the table's order, the default of by=item), departments, previousYear, currentYear or change; "
                    + "by=department also by departmentId (its default) or departmentName (prefix - for descending; blanks last).")
    @Extension(name = TabularListApi.MARK, value = "true")
    @APIResponse(responseCode = "200", description = "One page of rows: ThreePublicItemPage (by=item) or ThreePublicDepartmentPage (by=department)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(anyOf = {
                    ApiSchemas.ThreePublicItemPage.class, ApiSchemas.ThreePublicDepartmentPage.class})))
    public Response threePublic(@BeanParam DrillDownParams list,
                                @Parameter(description = "Only this row of the table", schema = @Schema(implementation = ThreePublicCategory.class))
                                @QueryParam("category") String category,
                                @Parameter(description = "Sort key; prefix with - for descending; the keys depend on by", schema = @Schema(ref = "ThreePublicDrillDownSort")) @QueryParam("sort") String sort) {
        Breakdown by = list.breakdown();
        ThreePublicCategory row = category(category);
        String division = list.divisionPrefix();
        return by == Breakdown.ITEM
                ? tabular.list(list, ThreePublicItemRow.class, "three-public",
                        (year, page) -> service.threePublicByItem(year, division, row, sort, page))
                : tabular.list(list, ThreePublicDepartmentRow.class, "three-public-by-department",
                        (year, page) -> service.threePublicByDepartment(year, division, row, sort, page));
    }

    @GET
    @Path("/fiscal-years/{year}/operating-items")
    @Produces({MediaType.APPLICATION_JSON, TabularFormat.TEXT_CSV, TabularFormat.SPREADSHEET})
    @Operation(operationId = "getOperatingItemsDrillDown", summary = "The 机关运行经费 items of every department's budget for a fiscal year",
            description = "The items of part 三 (办公费, 邮电费, 差旅费 …, by the name each document gives them) of each department's "
                    + "current revision." + SHAPES + " Sort by item (the default of by=item), departments or amount; by=department "
                    + "also by departmentId (its default) or departmentName (prefix - for descending).")
    @Extension(name = TabularListApi.MARK, value = "true")
    @APIResponse(responseCode = "200", description = "One page of rows: OperatingItemPage (by=item) or OperatingItemDepartmentPage (by=department)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(anyOf = {
                    ApiSchemas.OperatingItemPage.class, ApiSchemas.OperatingItemDepartmentPage.class})))
    public Response operatingItems(@BeanParam DrillDownParams list,
                                   @Parameter(description = "Only the items of this name, exactly as published (e.g. 办公费)")
                                   @QueryParam("item") String item,
                                   @Parameter(description = "Sort key; prefix with - for descending; the keys depend on by", schema = @Schema(ref = "OperatingItemDrillDownSort")) @QueryParam("sort") String sort) {
        Breakdown by = list.breakdown();
        String name = Params.fragment("item", item);
        String division = list.divisionPrefix();
        return by == Breakdown.ITEM
                ? tabular.list(list, OperatingItemRow.class, "operating-items",
                        (year, page) -> service.operatingByItem(year, division, name, sort, page))
                : tabular.list(list, OperatingItemDepartmentRow.class, "operating-items-by-department",
                        (year, page) -> service.operatingByDepartment(year, division, name, sort, page));
    }

    private static ThreePublicCategory category(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return ThreePublicCategory.valueOf(raw.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("category", "must be one of " + Arrays.toString(ThreePublicCategory.values()) + ", was \""
                    + raw + "\"");
        }
    }

    @GET
    @Path(MemberListParams.PATH)
    @Produces({MediaType.APPLICATION_JSON, TabularFormat.TEXT_CSV, TabularFormat.SPREADSHEET})
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
        return tabular.members(params, BudgetDimension.class, service::members);
    }
}
