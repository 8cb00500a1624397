package org.opendisclosure.procurement.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.opendisclosure.common.web.AreaParams;
import org.opendisclosure.common.web.Breakdown;
import org.opendisclosure.common.web.DepartmentListParams;
import org.opendisclosure.common.web.DrillDownParams;
import org.opendisclosure.common.web.TabularFormat;
import org.opendisclosure.common.web.TabularListApi;
import org.opendisclosure.common.web.TabularResponses;
import org.opendisclosure.common.web.YearListParams;
import org.opendisclosure.common.web.YearRange;
import org.opendisclosure.procurement.model.ProcurementAreaRow;
import org.opendisclosure.procurement.model.ProcurementDepartmentTotalRow;
import org.opendisclosure.procurement.model.ProcurementDimension;
import org.opendisclosure.procurement.model.ProcurementLineRow;
import org.opendisclosure.procurement.model.ProcurementOverviewRow;
import org.opendisclosure.procurement.model.ProcurementTotalRow;
import org.opendisclosure.procurement.repository.ProcurementRepository.GroupBy;
import org.opendisclosure.procurement.service.ProcurementService;

@Path("/api/v1")
@Tag(name = "Analysts", description = "Procurement budgets across departments, for comparison; JSON or CSV")
public class ProcurementAnalystsResource {

    private static final String FILTERS = "Filter by catalogue code prefix (A08 for every A08… code), category (GOODS, WORKS, SERVICES), "
            + "the line amount (minAmount, maxAmount, 万元, inclusive) and division code prefix.";

    private final ProcurementService service;
    private final TabularResponses tabular;

    public ProcurementAnalystsResource(ProcurementService service, TabularResponses tabular) {
        this.service = service;
        this.tabular = tabular;
    }

    @GET
    @Path("/fiscal-years/{year}/procurement")
    @Produces({MediaType.APPLICATION_JSON, TabularFormat.TEXT_CSV, TabularFormat.SPREADSHEET})
    @Operation(summary = "All departments' government procurement budgets for a fiscal year",
            description = "One row per department that has a procurement part (六) for the year: its current revision, whether it "
                    + "has procurement at all, the total its text states (万元, as published; null when none) and its number of "
                    + "lines. Filter by division code prefix; sort by departmentId (default), statedTotal or lineCount (prefix - for descending; "
                    + "blanks last). JSON by default; CSV (UTF-8, header row) with Accept: text/csv or format=csv.")
    @Extension(name = TabularListApi.MARK, value = "true")
    @APIResponse(responseCode = "200", description = "One page of rows", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApiSchemas.ProcurementOverviewPage.class)))
    public Response overview(@BeanParam DepartmentListParams list,
                             @Parameter(description = "Sort key; prefix with - for descending", schema = @Schema(ref = "ProcurementOverviewSort"))
                             @QueryParam("sort") String sort) {
        return tabular.list(list, ProcurementOverviewRow.class, "procurement",
                (year, page) -> service.overview(year, list.divisionPrefix(), sort, page));
    }

    @GET
    @Path("/fiscal-years/{year}/procurement-lines")
    @Produces({MediaType.APPLICATION_JSON, TabularFormat.TEXT_CSV, TabularFormat.SPREADSHEET})
    @Operation(summary = "Every department's procurement lines for a fiscal year",
            description = "One row per line of each department's current revision, figures as published (万元). " + FILTERS
                    + " Sort by amount, quantity, unitPrice, catalogueCode, itemName, projectName, departmentName or departmentId "
                    + "(prefix - for descending). JSON by default; CSV (UTF-8, header row) with Accept: text/csv or format=csv.")
    @Extension(name = TabularListApi.MARK, value = "true")
    @APIResponse(responseCode = "200", description = "One page of lines", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApiSchemas.ProcurementLinePage.class)))
    public Response lines(@BeanParam DepartmentListParams list, @BeanParam LineFilterParams filter,
                          @Parameter(description = "Sort key; prefix with - for descending", schema = @Schema(ref = "ProcurementLineSort"))
                          @QueryParam("sort") String sort) {
        return tabular.list(list, ProcurementLineRow.class, "procurement-lines",
                (year, page) -> service.lines(year, filter.filter(list), sort, page));
    }

    @GET
    @Path("/fiscal-years/{year}/procurement-totals")
    @Produces({MediaType.APPLICATION_JSON, TabularFormat.TEXT_CSV, TabularFormat.SPREADSHEET})
    @Operation(operationId = "getProcurementTotals", summary = "Procurement for a fiscal year by catalogue code or category, across departments",
            description = "The drill-down of part 六 across departments: sums (万元 exactly as published; exact NUMERIC sums computed by "
                    + "the database) of the matching lines of every department's current revision, per catalogue code "
                    + "(groupBy=catalogueCode, the default) or per category (groupBy=category). by=item (the default): one row per "
                    + "code or category, with the number of lines and of departments; by=department: one row per department and code "
                    + "or category, with its number of lines. " + FILTERS
                    + " Sort by key, amount or lines, by=item also by departments, by=department also by departmentId (its default) "
                    + "or departmentName (prefix - for descending). JSON by default; CSV with Accept: text/csv or format=csv.")
    @Extension(name = TabularListApi.MARK, value = "true")
    @APIResponse(responseCode = "200", description = "One page of totals: ProcurementTotalPage (by=item) or ProcurementDepartmentTotalPage "
            + "(by=department)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(anyOf = {
                    ApiSchemas.ProcurementTotalPage.class, ApiSchemas.ProcurementDepartmentTotalPage.class})))
    public Response totals(@BeanParam DrillDownParams list,
                           @Parameter(schema = @Schema(enumeration = {"catalogueCode", "category"}, defaultValue = "catalogueCode"))
                           @QueryParam("groupBy") String groupBy,
                           @BeanParam LineFilterParams filter,
                           @Parameter(description = "Sort key; prefix with - for descending; the keys depend on by", schema = @Schema(ref = "ProcurementTotalSort")) @QueryParam("sort") String sort) {
        Breakdown by = list.breakdown();
        GroupBy group = GroupBy.parse(groupBy);
        return by == Breakdown.ITEM
                ? tabular.list(list, ProcurementTotalRow.class, "procurement-totals",
                        (year, page) -> service.totals(year, filter.filter(list), group, sort, page))
                : tabular.list(list, ProcurementDepartmentTotalRow.class, "procurement-totals-by-department",
                        (year, page) -> service.departmentTotals(year, filter.filter(list), group, sort, page));
    }

    @GET
    @Path(MemberListParams.PATH)
    @Produces({MediaType.APPLICATION_JSON, TabularFormat.TEXT_CSV, TabularFormat.SPREADSHEET})
    @Operation(operationId = "getProcurementMembers", summary = "The values a dimension of the procurement budgets takes",
            description = "catalogue-codes: the 政府采购品目分类目录 codes of the procurement lines (lines without a code left out), "
                    + "each named by the item name (品目) its lines most often give, its category (GOODS, WORKS, SERVICES) as "
                    + "parent; departments counts departments, occurrences lines. Of the current revisions of one fiscal year, or of "
                    + "every year; ordered by code. JSON by default; CSV with Accept: text/csv or format=csv. A dimension not served "
                    + "here is a 404 naming those that are.")
    @Parameter(name = "dimension", in = ParameterIn.PATH, required = true, schema = @Schema(enumeration = {"catalogue-codes"}))
    @Extension(name = TabularListApi.MARK, value = "true")
    @APIResponse(responseCode = "200", description = "One page of values",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberPage.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response members(@BeanParam MemberListParams params) {
        return tabular.members(params, ProcurementDimension.class, service::members);
    }

    @GET
    @Path("/fiscal-years/{year}/" + ProcurementAreasResource.LIST)
    @Produces({MediaType.APPLICATION_JSON, TabularFormat.TEXT_CSV, TabularFormat.SPREADSHEET})
    @Operation(operationId = "listProcurementAreasOfYear", summary = "Procurement budgets summed by area for a fiscal year",
            description = "For a fiscal year, the government procurement budgets (六): how many departments have one and the totals they state. "
                    + AreaParams.DESCRIPTION)
    @Extension(name = TabularListApi.MARK, value = "true")
    @APIResponse(responseCode = "200", description = "One page of rows", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApiSchemas.ProcurementAreaPage.class)))
    public Response areas(@BeanParam YearListParams list, @BeanParam AreaParams area) {
        return tabular.list(list, ProcurementAreaRow.class, ProcurementAreasResource.LIST,
                (year, page) -> service.areas(YearRange.of(year), area.query(), page));
    }
}
