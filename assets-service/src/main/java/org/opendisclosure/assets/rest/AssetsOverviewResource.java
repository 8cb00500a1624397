package org.opendisclosure.assets.rest;

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
import org.opendisclosure.assets.repository.AssetsRepository.OverviewFilter;
import org.opendisclosure.assets.model.AssetsOverviewRow;
import org.opendisclosure.assets.service.AssetsService;
import org.opendisclosure.common.id.FiscalYear;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.common.web.PageRequest;
import org.opendisclosure.common.web.Params;
import org.opendisclosure.common.web.SortOrder;
import org.opendisclosure.common.web.TabularFormat;
import org.opendisclosure.common.web.TabularResponses;

@Path("/api/v1/fiscal-years/{year}/assets")
@Tag(name = "Analysts", description = "Assets across departments, for comparison; JSON or CSV")
public class AssetsOverviewResource {

    static final Map<String, String> SORTS = Map.ofEntries(
            // The whole id, so that -departmentId is descending all the way, not only by division.
            Map.entry("departmentId", "concat(a.divisionCode, '-', a.departmentCode)"),
            Map.entry("asOf", "r.asOf"),
            Map.entry("totalFixedAssets", "r.totalFixedAssets"),
            Map.entry("buildingArea", "r.buildingArea"),
            Map.entry("buildingValue", "r.buildingValue"),
            Map.entry("officeArea", "r.officeArea"),
            Map.entry("officeValue", "r.officeValue"),
            Map.entry("vehicleCount", "r.vehicleCount"),
            Map.entry("vehicleValue", "r.vehicleValue"),
            Map.entry("highValueEquipmentCount", "r.highValueEquipmentCount"),
            Map.entry("highValueEquipmentValue", "r.highValueEquipmentValue"),
            Map.entry("otherFixedAssets", "r.otherFixedAssets"));

    private final AssetsService service;
    private final TabularResponses tabular;

    public AssetsOverviewResource(AssetsService service, TabularResponses tabular) {
        this.service = service;
        this.tabular = tabular;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, TabularFormat.TEXT_CSV})
    @Operation(summary = "All departments' assets for a fiscal year",
            description = "One row per department with its current published figures (values 万元, areas m²; null where "
                    + "published as —, and such rows come last in any sort). Filter by division code prefix, by total fixed "
                    + "assets (minTotal, maxTotal) and by number of vehicles (minVehicles); sort by totalFixedAssets, "
                    + "buildingArea, buildingValue, officeArea, officeValue, vehicleCount, vehicleValue, "
                    + "highValueEquipmentCount, highValueEquipmentValue, otherFixedAssets, asOf or departmentId "
                    + "(prefix - for descending). JSON by default; CSV (UTF-8, header row) with Accept: text/csv or format=csv.")
    @APIResponse(responseCode = "200", description = "One page of rows",
            headers = {@Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "X-Total-Count", schema = @Schema(type = SchemaType.INTEGER))},
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiSchemas.AssetsOverviewPage.class)),
                    @Content(mediaType = TabularFormat.TEXT_CSV, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    public Response list(
            @Parameter(description = "Fiscal year, 2000 to 2100", schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"))
            @PathParam("year") String year,
            @Parameter(description = "行政区划代码 or its prefix, digits only") @QueryParam("division") String division,
            @Parameter(description = "Least total fixed assets (万元), inclusive", schema = @Schema(type = SchemaType.NUMBER))
            @QueryParam("minTotal") String minTotal,
            @Parameter(description = "Greatest total fixed assets (万元), inclusive", schema = @Schema(type = SchemaType.NUMBER))
            @QueryParam("maxTotal") String maxTotal,
            @Parameter(description = "Least number of vehicles, inclusive; rows whose count was published as — are left out",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
            @QueryParam("minVehicles") String minVehicles,
            @Parameter(description = "Sort key; prefix with - for descending", schema = @Schema(defaultValue = "departmentId"))
            @QueryParam("sort") String sort,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "50")) @QueryParam("size") String size,
            @Parameter(description = "json or csv; overrides Accept") @QueryParam("format") String format,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        TabularFormat chosen = TabularFormat.choose(format, headers);
        int fiscalYear = FiscalYear.parse("year", year);
        BigDecimal min = Params.decimal("minTotal", minTotal);
        BigDecimal max = Params.decimal("maxTotal", maxTotal);
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw ProblemException.invalid("maxTotal", "must not be less than minTotal (" + min.toPlainString() + "), was "
                    + max.toPlainString());
        }
        int vehicles = PageRequest.parseInt("minVehicles", minVehicles, -1, 0, Integer.MAX_VALUE);
        OverviewFilter filter = new OverviewFilter(Params.divisionPrefix(division), min, max, vehicles < 0 ? null : vehicles);
        return tabular.page(headers, uri, chosen,
                service.overview(fiscalYear, filter, SortOrder.parse(sort, "departmentId", SORTS), PageRequest.parse(page, size)),
                AssetsOverviewRow.class, "assets-" + fiscalYear);
    }
}
