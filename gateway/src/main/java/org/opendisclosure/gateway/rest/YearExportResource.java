package org.opendisclosure.gateway.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.nio.file.Files;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendisclosure.common.id.FiscalYear;
import org.opendisclosure.common.web.ConditionalRequests;
import org.opendisclosure.gateway.service.YearExport;

@Path("/api/v1/fiscal-years/{year}/export")
@Tag(name = "Analysts")
public class YearExportResource {

    static final String ZIP = "application/zip";

    private final YearExport export;

    public YearExportResource(YearExport export) {
        this.export = export;
    }

    @GET
    @Produces(ZIP)
    @Operation(summary = "A whole fiscal year as one zip: one CSV per table, described by a datapackage.json",
            description = "One CSV per table of the year, each whole, streamed from its service (download=true) into the zip: "
                    + "departments, units, budgets, operating-items (by department), three-public (by department), performance, "
                    + "projects, indicators, procurement, procurement-lines, procurement-totals, assets and findings (each "
                    + "department's findings counted by severity, exact arithmetic); UTF-8 with a byte order mark, CRLF line ends "
                    + "and a header row of field names, as every CSV of the suite. datapackage.json: a Frictionless tabular data "
                    + "package naming each file's columns with their types, descriptions and Chinese titles, its CSV dialect, the "
                    + "fiscal period, the country and, as a Fiscal Data Package, its model: every amount a measure in CNY with "
                    + "factor 10000 (万元), the classification columns (department, division, economic class, procurement catalogue, "
                    + "category, item, indicator category, unit nature) dimensions. ocds-release-package.json: the year's "
                    + "procurement plans as one OCDS 1.1 release package (when any department has one). And README.txt. Amounts "
                    + "exactly as published. "
                    + "Built whole before it is sent: when a service cannot give its table the answer is 503 with Retry-After, "
                    + "never a partial file. The ETag is the SHA-256 of the zip; If-None-Match answers 304. One export is built at "
                    + "a time; another request meanwhile gets 503 with Retry-After.")
    @APIResponse(responseCode = "200", description = "The zip",
            headers = {@Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Content-Disposition", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = ZIP, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public Response get(@Parameter(description = "Fiscal year, e.g. 2020") @PathParam("year") String year,
                        @Parameter(hidden = true) @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) throws IOException {
        int fiscalYear = FiscalYear.parse("year", year);
        YearExport.Built built = export.build(fiscalYear);
        EntityTag tag = EntityTag.valueOf(built.etag());
        if (ConditionalRequests.noneMatch(ifNoneMatch, tag)) {
            Files.deleteIfExists(built.file());
            return Response.notModified(tag).build();
        }
        StreamingOutput body = out -> {
            try {
                Files.copy(built.file(), out);
            } finally {
                Files.deleteIfExists(built.file());
            }
        };
        return Response.ok(body, ZIP).tag(tag).header(HttpHeaders.CONTENT_LENGTH, built.size())
                .header("Content-Disposition", "attachment; filename=\"disclosures-" + fiscalYear + ".zip\"").build();
    }
}
