package org.opendisclosure.gateway.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendisclosure.common.web.ColumnTitles;
import org.opendisclosure.common.web.CsvWriter;
import org.opendisclosure.common.web.XlsxWriter;
import org.opendisclosure.common.web.DepartmentAddress;
import org.opendisclosure.common.web.Representations;
import org.opendisclosure.common.web.TabularFormat;
import org.opendisclosure.gateway.service.DepartmentSeries;

@Path("/api/v1/departments/{departmentId}/series")
@Tag(name = "Disclosures")
public class SeriesResource {

    private final DepartmentSeries series;
    private final Representations representations;

    public SeriesResource(DepartmentSeries series, Representations representations) {
        this.series = series;
        this.representations = representations;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, TabularFormat.TEXT_CSV, TabularFormat.SPREADSHEET})
    @Operation(operationId = "getDepartmentSeries", summary = "A department's headline figures over the years",
            description = "For every year the department has a budget (part 二) for, ascending: revenue by source; expenditure "
                    + "total, basic, personnel, public and project; operating expenses; each “三公” row and their total; the "
                    + "procurement total; fixed assets; the number of projects and their budget. Amounts in 万元 exactly as "
                    + "published. Beside each year's value: change, computed against the year before when both are in the "
                    + "series (null across a missing year), and statedChange, the change the document itself states "
                    + "(比上年增减 of the expenditure, 增减金额 of the “三公” rows) where it states one. Each year is read from "
                    + "its composed disclosure; a year whose parts could not all be read is listed in incompleteYears. JSON by "
                    + "default; CSV (one row per figure and year) with Accept: text/csv or format=csv.")
    @APIResponse(responseCode = "200", description = "The series",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DepartmentSeries.Series.class)),
                    @Content(mediaType = TabularFormat.TEXT_CSV, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = TabularFormat.SPREADSHEET, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public Response get(@BeanParam DepartmentAddress address,
                        @Parameter(description = TabularFormat.DESCRIPTION, schema = @Schema(enumeration = {"json", "csv", "xlsx"}))
                        @QueryParam("format") String format,
                        @Parameter(description = ColumnTitles.DESCRIPTION, schema = @Schema(enumeration = {"en", "zh"}, defaultValue = "en"))
                        @QueryParam(ColumnTitles.PARAM) String header,
                        @Context HttpHeaders headers) {
        String departmentId = address.id().toString();
        TabularFormat chosen = TabularFormat.choose(format, headers);
        ColumnTitles titles = ColumnTitles.parse(header);
        DepartmentSeries.Series answer = series.of(departmentId);
        String name = "series-" + departmentId;
        Response response = switch (chosen) {
            case CSV -> representations.conditional(headers, CsvWriter.write(DepartmentSeries.Row.class, DepartmentSeries.rows(answer),
                    titles), chosen.mediaType());
            case XLSX -> representations.conditional(headers, XlsxWriter.write(DepartmentSeries.Row.class, DepartmentSeries.rows(answer),
                    titles, name), chosen.mediaType());
            case JSON -> representations.ok(headers, answer);
        };
        Response.ResponseBuilder builder = Response.fromResponse(response).header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        if (chosen != TabularFormat.JSON) {
            builder.header("Content-Disposition", "inline; filename=\"" + name + "." + chosen.extension() + "\"");
        }
        return builder.build();
    }
}
