package org.opendisclosure.performance.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.common.web.AreaParams;
import org.opendisclosure.common.web.Breakdown;
import org.opendisclosure.common.web.DepartmentListParams;
import org.opendisclosure.common.web.DrillDownParams;
import org.opendisclosure.common.web.Params;
import org.opendisclosure.common.web.TabularFormat;
import org.opendisclosure.common.web.TabularListApi;
import org.opendisclosure.common.web.TabularResponses;
import org.opendisclosure.common.web.YearListParams;
import org.opendisclosure.common.web.YearRange;
import org.opendisclosure.performance.model.IndicatorCategoryDepartmentRow;
import org.opendisclosure.performance.model.IndicatorCategoryRow;
import org.opendisclosure.performance.model.PerformanceAreaRow;
import org.opendisclosure.performance.model.PerformanceOverviewRow;
import org.opendisclosure.performance.model.IndicatorRow;
import org.opendisclosure.performance.model.ProjectRow;
import org.opendisclosure.performance.repository.DrillDownRepository.CategoryFilter;
import org.opendisclosure.performance.service.DrillDownService;
import org.opendisclosure.performance.service.PerformanceService;
import org.opendisclosure.performance.service.PerformanceService;

@Path("/api/v1/fiscal-years/{year}")
@Tag(name = "Analysts", description = "Projects across departments, for comparison; JSON or CSV")
public class PerformanceAnalystsResource {

    private final PerformanceService service;
    private final DrillDownService drillDowns;
    private final TabularResponses tabular;

    public PerformanceAnalystsResource(PerformanceService service, DrillDownService drillDowns, TabularResponses tabular) {
        this.service = service;
        this.drillDowns = drillDowns;
        this.tabular = tabular;
    }

    @GET
    @Path("/performance")
    @Produces({MediaType.APPLICATION_JSON, TabularFormat.TEXT_CSV, TabularFormat.SPREADSHEET})
    @Operation(summary = "All departments' performance parts for a fiscal year",
            description = "One row per department that has a performance part (五) for the year: its current revision, the number "
                    + "of project tables and the sum of their 预算数 (万元, null when no project states one). Filter by division "
                    + "code prefix; sort by departmentId (default), projectCount or projectBudgetTotal (prefix - for descending; "
                    + "blanks last). JSON by default; CSV (UTF-8, header row) with Accept: text/csv or format=csv.")
    @Extension(name = TabularListApi.MARK, value = "true")
    @APIResponse(responseCode = "200", description = "One page of rows", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApiSchemas.PerformanceOverviewPage.class)))
    public Response overview(@BeanParam DepartmentListParams list,
                             @Parameter(description = "Sort key; prefix with - for descending", schema = @Schema(ref = "PerformanceOverviewSort"))
                             @QueryParam("sort") String sort) {
        return tabular.list(list, PerformanceOverviewRow.class, "performance",
                (year, page) -> service.overview(year, list.divisionPrefix(), sort, page));
    }

    @GET
    @Path("/projects")
    @Produces({MediaType.APPLICATION_JSON, TabularFormat.TEXT_CSV, TabularFormat.SPREADSHEET})
    @Operation(summary = "Search the projects of every department's performance part for a fiscal year",
            description = "One flat row per project of each department's current part. Filter by a fragment of the project name or code (q), "
                    + "division code prefix, budget range (万元, inclusive) and indicators (as on a department's project list: "
                    + "at least one indicator row meeting every indicator parameter given); sort by departmentId (default: departments in order, "
                    + "projects in published order), projectCode, projectName, unitCode, budget, fiscalFunds, otherFunds, "
                    + "planEndOfMarch, planEndOfJune, planEndOfOctober, planEndOfDecember or indicatorCount (prefix - for descending; blanks last). JSON by default; CSV (UTF-8, header row) with "
                    + "Accept: text/csv or format=csv.")
    @Extension(name = TabularListApi.MARK, value = "true")
    @APIResponse(responseCode = "200", description = "One page of rows", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApiSchemas.ProjectRowPage.class)))
    public Response search(@BeanParam DepartmentListParams list, @BeanParam ProjectSearchParams filter,
                           @Parameter(description = "Sort key; prefix with - for descending", schema = @Schema(ref = "ProjectSort"))
                           @QueryParam("sort") String sort) {
        return tabular.list(list, ProjectRow.class, "projects", (year, page) -> service.search(filter.filter(list), sort, page));
    }

    @GET
    @Path("/indicators")
    @Produces({MediaType.APPLICATION_JSON, TabularFormat.TEXT_CSV, TabularFormat.SPREADSHEET})
    @Operation(operationId = "listIndicators", summary = "The indicator rows of every department's project tables for a fiscal year",
            description = "One row per indicator of each project of each department's current part, in published order: 一级指标, "
                    + "二级指标, 三级指标, 指标内容, 指标值 (as published) and 确定依据. Filter by division code prefix and 一级指标 (level1, "
                    + "as published, e.g. 满意度指标); sort by departmentId (the default), projectCode, level1 or level2 (prefix - for "
                    + "descending). JSON by default; CSV with Accept: text/csv or format=csv, XLSX with format=xlsx; the whole list as "
                    + "one file with download=true.")
    @Extension(name = TabularListApi.MARK, value = "true")
    @APIResponse(responseCode = "200", description = "One page of rows", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApiSchemas.IndicatorRowPage.class)))
    public Response indicators(@BeanParam DepartmentListParams list,
                               @Parameter(description = "一级指标 as published, e.g. 产出指标") @QueryParam("level1") String level1,
                               @Parameter(description = "Sort key; prefix with - for descending", schema = @Schema(ref = "IndicatorSort"))
                               @QueryParam("sort") String sort) {
        String category = Params.fragment("level1", level1);
        return tabular.list(list, IndicatorRow.class, "indicators",
                (year, page) -> service.indicators(year, list.divisionPrefix(), category, sort, page));
    }

    @GET
    @Path("/" + PerformanceAreasResource.LIST)
    @Produces({MediaType.APPLICATION_JSON, TabularFormat.TEXT_CSV, TabularFormat.SPREADSHEET})
    @Operation(operationId = "listPerformanceAreasOfYear", summary = "Performance parts summed by area for a fiscal year",
            description = "For a fiscal year, the performance parts (五): the number of project tables and the sum of their 预算数. "
                    + AreaParams.DESCRIPTION)
    @Extension(name = TabularListApi.MARK, value = "true")
    @APIResponse(responseCode = "200", description = "One page of rows", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApiSchemas.PerformanceAreaPage.class)))
    public Response areas(@BeanParam YearListParams list, @BeanParam AreaParams area) {
        return tabular.list(list, PerformanceAreaRow.class, PerformanceAreasResource.LIST,
                (year, page) -> service.areas(YearRange.of(year), area.query(), page));
    }

    @GET
    @Path("/indicator-categories")
    @Produces({MediaType.APPLICATION_JSON, TabularFormat.TEXT_CSV, TabularFormat.SPREADSHEET})
    @Operation(operationId = "getIndicatorCategoriesDrillDown", summary = "Projects by indicator category across departments for a fiscal year",
            description = "The project tables of part 五 of each department's current revision, by the categories of their indicators: "
                    + "一级指标 (产出指标, 效益指标, 满意度指标 …) and, with level=2 (the default), 二级指标 (数量指标, 质量指标, "
                    + "社会效益指标 …), as published. A project counts once in each category it has an indicator in; budget is the "
                    + "sum of those projects' 预算数, in 万元 exactly as published (an exact NUMERIC sum computed by the database). "
                    + "by=item (the default): one row per category with the number of projects and of departments; by=department: "
                    + "one row per department and category. Filter by division code prefix and by a category of either level "
                    + "(indicatorCategory). Sort by item (the order the categories are published in, the default of by=item), "
                    + "projects or budget, by=item also by departments, by=department also by departmentId (its default) (prefix - "
                    + "for descending). JSON by default; CSV (UTF-8, header row) with Accept: text/csv or format=csv.")
    @Extension(name = TabularListApi.MARK, value = "true")
    @APIResponse(responseCode = "200", description = "One page of rows: IndicatorCategoryPage (by=item) or IndicatorCategoryDepartmentPage "
            + "(by=department)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(anyOf = {
                    ApiSchemas.IndicatorCategoryPage.class, ApiSchemas.IndicatorCategoryDepartmentPage.class})))
    public Response indicatorCategories(@BeanParam DrillDownParams list,
                                        @Parameter(description = "1: by 一级指标 only; 2: by 一级 and 二级指标",
                                                schema = @Schema(enumeration = {"1", "2"}, defaultValue = "2"))
                                        @QueryParam("level") String level,
                                        @Parameter(description = "Only this category (一级 or 二级指标), exactly, e.g. 满意度指标 or 社会效益指标")
                                        @QueryParam("indicatorCategory") String indicatorCategory,
                                        @Parameter(description = "Sort key; prefix with - for descending; the keys depend on by", schema = @Schema(ref = "IndicatorDrillDownSort")) @QueryParam("sort") String sort) {
        Breakdown by = list.breakdown();
        boolean secondLevel = secondLevel(level);
        String category = Params.fragment("indicatorCategory", indicatorCategory);
        String division = list.divisionPrefix();
        return by == Breakdown.ITEM
                ? tabular.list(list, IndicatorCategoryRow.class, "indicator-categories",
                        (year, page) -> drillDowns.byItem(new CategoryFilter(year, division, category, secondLevel), sort, page))
                : tabular.list(list, IndicatorCategoryDepartmentRow.class, "indicator-categories-by-department",
                        (year, page) -> drillDowns.byDepartment(new CategoryFilter(year, division, category, secondLevel), sort, page));
    }

    private static boolean secondLevel(String level) {
        if (level == null || level.isBlank() || level.trim().equals("2")) {
            return true;
        }
        if (level.trim().equals("1")) {
            return false;
        }
        throw ProblemException.invalid("level", "must be 1 (一级指标) or 2 (一级 and 二级指标), was \"" + level + "\"");
    }
}
