package org.opendisclosure.performance.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendisclosure.common.id.FiscalYear;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.common.web.PageRequest;
import org.opendisclosure.common.web.Params;
import org.opendisclosure.common.web.SortOrder;
import org.opendisclosure.common.web.TabularFormat;
import org.opendisclosure.common.web.TabularResponses;
import org.opendisclosure.performance.repository.ProjectRepository.ProjectFilter;
import org.opendisclosure.performance.rest.dto.ProjectRow;
import org.opendisclosure.performance.service.PerformanceService;

@Path("/api/v1/fiscal-years/{year}/projects")
@Tag(name = "Analysts", description = "Projects across departments, for comparison; JSON or CSV")
public class ProjectSearchResource {

    static final Map<String, String> SORTS = Map.ofEntries(
            Map.entry("departmentId", "h.divisionCode"),
            Map.entry("projectCode", "p.code"),
            Map.entry("projectName", "p.name"),
            Map.entry("unitCode", "p.unitCode"),
            Map.entry("budget", "p.budgetTotal"),
            Map.entry("fiscalFunds", "p.fiscalFunds"),
            Map.entry("otherFunds", "p.otherFunds"),
            Map.entry("planEndOfMarch", "p.planMarch"),
            Map.entry("planEndOfJune", "p.planJune"),
            Map.entry("planEndOfOctober", "p.planOctober"),
            Map.entry("planEndOfDecember", "p.planDecember"),
            Map.entry("indicatorCount", "p.indicatorCount"));

    private final PerformanceService service;
    private final TabularResponses tabular;

    public ProjectSearchResource(PerformanceService service, TabularResponses tabular) {
        this.service = service;
        this.tabular = tabular;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, TabularFormat.TEXT_CSV})
    @Operation(summary = "Search the projects of every department's performance part for a fiscal year",
            description = "One flat row per project of each department's current part. Filter by a fragment of the project name or code (q), "
                    + "division code prefix, budget range (万元, inclusive) and indicators (as on a department's project list: "
                    + "at least one indicator row meeting every indicator parameter given); sort by departmentId (default: departments in order, "
                    + "projects in published order), projectCode, projectName, unitCode, budget, fiscalFunds, otherFunds, "
                    + "planEndOfMarch, planEndOfJune, planEndOfOctober, planEndOfDecember or indicatorCount (prefix - for descending; blanks last). JSON by default; CSV (UTF-8, header row) with "
                    + "Accept: text/csv or format=csv.")
    @APIResponse(responseCode = "200", description = "One page of rows",
            headers = {@Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "X-Total-Count", schema = @Schema(type = SchemaType.INTEGER))},
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiSchemas.ProjectRowPage.class)),
                    @Content(mediaType = TabularFormat.TEXT_CSV, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    public Response search(
            @Parameter(description = "Fiscal year, 2000 to 2100", schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"))
            @PathParam("year") String year,
            @Parameter(description = "A fragment of the project name or code, e.g. 老党员 or 0801") @QueryParam("q") String q,
            @Parameter(description = "行政区划代码 or its prefix, digits only") @QueryParam("division") String division,
            @Parameter(description = "Smallest 预算数 (万元), inclusive") @QueryParam("minBudget") String minBudget,
            @Parameter(description = "Largest 预算数 (万元), inclusive") @QueryParam("maxBudget") String maxBudget,
            @Parameter(description = IndicatorParams.CATEGORY) @QueryParam("indicatorCategory") String indicatorCategory,
            @Parameter(description = IndicatorParams.COMPARISON, schema = @Schema(enumeration = {"GE", "GT", "LE", "LT", "EQ"}))
            @QueryParam("targetComparison") String targetComparison,
            @Parameter(description = IndicatorParams.MIN_TARGET) @QueryParam("minTarget") String minTarget,
            @Parameter(description = IndicatorParams.MAX_TARGET) @QueryParam("maxTarget") String maxTarget,
            @Parameter(description = IndicatorParams.UNIT) @QueryParam("targetUnit") String targetUnit,
            @Parameter(description = "Sort key; prefix with - for descending", schema = @Schema(defaultValue = "departmentId"))
            @QueryParam("sort") String sort,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "50")) @QueryParam("size") String size,
            @Parameter(description = "json or csv; overrides Accept") @QueryParam("format") String format,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        TabularFormat chosen = TabularFormat.choose(format, headers);
        int fiscalYear = FiscalYear.parse("year", year);
        BigDecimal min = Params.decimal("minBudget", minBudget);
        BigDecimal max = Params.decimal("maxBudget", maxBudget);
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw ProblemException.invalid("minBudget", "must not be larger than maxBudget (" + max.toPlainString() + ")");
        }
        ProjectFilter filter = new ProjectFilter(fiscalYear, Params.divisionPrefix(division), Params.fragment("q", q), min, max,
                IndicatorParams.parse(indicatorCategory, targetComparison, minTarget, maxTarget, targetUnit));
        return tabular.page(headers, uri, chosen,
                service.search(filter, SortOrder.parse(sort, "departmentId", SORTS), PageRequest.parse(page, size)),
                ProjectRow.class, "projects-" + fiscalYear);
    }
}
