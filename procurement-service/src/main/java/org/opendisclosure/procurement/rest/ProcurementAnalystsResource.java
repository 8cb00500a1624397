package org.opendisclosure.procurement.rest;

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
import org.opendisclosure.procurement.repository.ProcurementRepository.GroupBy;
import org.opendisclosure.procurement.repository.ProcurementRepository.LineFilter;
import org.opendisclosure.procurement.rest.dto.ProcurementCategory;
import org.opendisclosure.procurement.rest.dto.ProcurementDocument;
import org.opendisclosure.procurement.rest.dto.ProcurementLineRow;
import org.opendisclosure.procurement.rest.dto.ProcurementTotalRow;
import org.opendisclosure.procurement.service.ProcurementService;

@Path("/api/v1/fiscal-years/{year}")
@Tag(name = "Analysts", description = "Procurement lines and totals across departments, for comparison; JSON or CSV")
public class ProcurementAnalystsResource {

    static final Map<String, String> LINE_SORTS = Map.ofEntries(
            Map.entry("departmentId", "p.divisionCode"),
            Map.entry("departmentName", "r.departmentName"),
            Map.entry("amount", "l.amount"),
            Map.entry("quantity", "l.quantity"),
            Map.entry("unitPrice", "l.unitPrice"),
            Map.entry("catalogueCode", "l.catalogueCode"),
            Map.entry("itemName", "l.itemName"),
            Map.entry("projectName", "l.projectName"));

    private static final String FILTERS = "Filter by catalogue code prefix (A08 for every A08… code), category (GOODS, WORKS, SERVICES), "
            + "the line amount (minAmount, maxAmount, 万元, inclusive) and division code prefix.";

    private final ProcurementService service;
    private final TabularResponses tabular;

    public ProcurementAnalystsResource(ProcurementService service, TabularResponses tabular) {
        this.service = service;
        this.tabular = tabular;
    }

    @GET
    @Path("/procurement-lines")
    @Produces({MediaType.APPLICATION_JSON, TabularFormat.TEXT_CSV})
    @Operation(summary = "Every department's procurement lines for a fiscal year",
            description = "One row per line of each department's current revision, figures as published (万元). " + FILTERS
                    + " Sort by amount, quantity, unitPrice, catalogueCode, itemName, projectName, departmentName or departmentId "
                    + "(prefix - for descending). JSON by default; CSV (UTF-8, header row) with Accept: text/csv or format=csv.")
    @APIResponse(responseCode = "200", description = "One page of lines",
            headers = {@Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "X-Total-Count", schema = @Schema(type = SchemaType.INTEGER))},
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiSchemas.ProcurementLinePage.class)),
                    @Content(mediaType = TabularFormat.TEXT_CSV, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    public Response lines(
            @Parameter(description = "Fiscal year, 2000 to 2100", schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"))
            @PathParam("year") String year,
            @Parameter(description = "Catalogue code or its prefix, e.g. A08 (case-insensitive)") @QueryParam("catalogue") String catalogue,
            @Parameter(description = "GOODS, WORKS or SERVICES (case-insensitive)") @QueryParam("category") String category,
            @Parameter(description = "Smallest line amount, 万元") @QueryParam("minAmount") String minAmount,
            @Parameter(description = "Largest line amount, 万元") @QueryParam("maxAmount") String maxAmount,
            @Parameter(description = "行政区划代码 or its prefix, digits only") @QueryParam("division") String division,
            @Parameter(description = "Sort key; prefix with - for descending", schema = @Schema(defaultValue = "departmentId"))
            @QueryParam("sort") String sort,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "50")) @QueryParam("size") String size,
            @Parameter(description = "json or csv; overrides Accept") @QueryParam("format") String format,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        TabularFormat chosen = TabularFormat.choose(format, headers);
        int fiscalYear = FiscalYear.parse("year", year);
        LineFilter filter = filter(catalogue, category, minAmount, maxAmount, division);
        return tabular.page(headers, uri, chosen,
                service.lines(fiscalYear, filter, SortOrder.parse(sort, "departmentId", LINE_SORTS), PageRequest.parse(page, size)),
                ProcurementLineRow.class, "procurement-lines-" + fiscalYear);
    }

    @GET
    @Path("/procurement-totals")
    @Produces({MediaType.APPLICATION_JSON, TabularFormat.TEXT_CSV})
    @Operation(summary = "Procurement totals for a fiscal year by catalogue code or category",
            description = "Sums (万元, exact NUMERIC sums in the database) of the matching lines of every department's current revision, "
                    + "one row per catalogue code (groupBy=catalogueCode, the default) or per category (groupBy=category). " + FILTERS
                    + " Sort by key, amount, lines or departments (prefix - for descending). JSON by default; CSV with Accept: text/csv or format=csv.")
    @APIResponse(responseCode = "200", description = "One page of totals",
            headers = {@Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "X-Total-Count", schema = @Schema(type = SchemaType.INTEGER))},
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiSchemas.ProcurementTotalPage.class)),
                    @Content(mediaType = TabularFormat.TEXT_CSV, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    public Response totals(
            @Parameter(description = "Fiscal year, 2000 to 2100", schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"))
            @PathParam("year") String year,
            @Parameter(schema = @Schema(enumeration = {"catalogueCode", "category"}, defaultValue = "catalogueCode"))
            @QueryParam("groupBy") String groupBy,
            @Parameter(description = "Catalogue code or its prefix, e.g. A08 (case-insensitive)") @QueryParam("catalogue") String catalogue,
            @Parameter(description = "GOODS, WORKS or SERVICES (case-insensitive)") @QueryParam("category") String category,
            @Parameter(description = "Smallest line amount counted, 万元") @QueryParam("minAmount") String minAmount,
            @Parameter(description = "Largest line amount counted, 万元") @QueryParam("maxAmount") String maxAmount,
            @Parameter(description = "行政区划代码 or its prefix, digits only") @QueryParam("division") String division,
            @Parameter(description = "key, amount, lines or departments; prefix with - for descending", schema = @Schema(defaultValue = "key"))
            @QueryParam("sort") String sort,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "50")) @QueryParam("size") String size,
            @Parameter(description = "json or csv; overrides Accept") @QueryParam("format") String format,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        TabularFormat chosen = TabularFormat.choose(format, headers);
        int fiscalYear = FiscalYear.parse("year", year);
        GroupBy grouping = groupBy(groupBy);
        LineFilter filter = filter(catalogue, category, minAmount, maxAmount, division);
        Map<String, String> sorts = Map.of(
                "key", grouping.key,
                "amount", "sum(l.amount)",
                "lines", "count(l)",
                "departments", "count(distinct p.id)");
        return tabular.page(headers, uri, chosen,
                service.totals(fiscalYear, filter, grouping, SortOrder.parse(sort, "key", sorts), PageRequest.parse(page, size)),
                ProcurementTotalRow.class, "procurement-totals-" + fiscalYear);
    }

    private static LineFilter filter(String catalogue, String category, String minAmount, String maxAmount, String division) {
        BigDecimal min = Params.decimal("minAmount", minAmount);
        BigDecimal max = Params.decimal("maxAmount", maxAmount);
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw ProblemException.invalid("maxAmount", "must not be less than minAmount (" + min.toPlainString() + ")");
        }
        return new LineFilter(Params.divisionPrefix(division), cataloguePrefix(catalogue), category(category), min, max);
    }

    private static String cataloguePrefix(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.trim().toUpperCase();
        if (!value.matches(ProcurementDocument.CATALOGUE_CODE)) {
            throw ProblemException.invalid("catalogue", "must be a 政府采购品目分类目录 code or its prefix: A, B or C followed by up to "
                    + "12 digits, e.g. A08, was \"" + raw + "\"");
        }
        return value;
    }

    private static ProcurementCategory category(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return ProcurementCategory.valueOf(raw.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("category", "must be GOODS, WORKS or SERVICES, was \"" + raw + "\"");
        }
    }

    private static GroupBy groupBy(String raw) {
        if (raw == null || raw.isBlank() || raw.trim().equals("catalogueCode")) {
            return GroupBy.CATALOGUE_CODE;
        }
        if (raw.trim().equals("category")) {
            return GroupBy.CATEGORY;
        }
        throw ProblemException.invalid("groupBy", "must be catalogueCode or category, was \"" + raw + "\"");
    }
}
