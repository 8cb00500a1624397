package org.opendisclosure.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendisclosure.common.id.DepartmentId;
import org.opendisclosure.common.id.FiscalYear;
import org.opendisclosure.common.problem.Problem;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.common.web.ConditionalRequests;
import org.opendisclosure.common.web.Representations;
import org.opendisclosure.gateway.service.ComposedDisclosure;
import org.opendisclosure.gateway.service.DisclosureComposer;
import org.opendisclosure.gateway.service.DisclosureWriter;
import org.opendisclosure.gateway.service.WriteReport;

@Path("/api/v1/disclosures")
@Tag(name = "Disclosures", description = "部门预算信息公开: the whole nine-part disclosure of a department for a fiscal year")
public class DisclosureResource {

    static final String COMPLETE_HEADER = "X-Disclosure-Complete";

    private final DisclosureComposer composer;
    private final DisclosureWriter writer;
    private final WriteProblems problems;
    private final Representations representations;

    public DisclosureResource(DisclosureComposer composer, DisclosureWriter writer, WriteProblems problems,
                              Representations representations) {
        this.composer = composer;
        this.writer = writer;
        this.problems = problems;
        this.representations = representations;
    }

    @GET
    @Path("/{departmentId}/{year}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The whole disclosure of a department for a fiscal year",
            description = "Parts 一 to 九 in the document's order, each with its status (available, absent: not published, "
                    + "unavailable: its service is down, slow or erroring, with the reason), revision and content exactly as its "
                    + "service holds it. complete is true only when all nine parts are available. Served from memory for up to "
                    + "gateway.cache.max-age (default 2 s) after it was composed.")
    @APIResponse(responseCode = "200", description = "The disclosure, complete or partial",
            headers = {@Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = COMPLETE_HEADER, description = "true when all nine parts are available",
                            schema = @Schema(type = SchemaType.BOOLEAN))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DisclosureSchema.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@Parameter(description = "e.g. 130624-203") @PathParam("departmentId") String departmentId,
                        @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100")) @PathParam("year") String year,
                        @Context HttpHeaders headers) {
        DepartmentId id = DepartmentId.parse("departmentId", departmentId);
        int fiscalYear = FiscalYear.parse("year", year);
        ComposedDisclosure disclosure = composer.compose(id.toString(), fiscalYear);
        if (!disclosure.found()) {
            throw ProblemException.notFound("Nothing is published for department " + id + " in " + fiscalYear);
        }
        if (ConditionalRequests.noneMatch(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH), disclosure.etag())) {
            return Response.notModified(disclosure.etag()).header(COMPLETE_HEADER, disclosure.complete()).build();
        }
        return Response.ok(disclosure.json(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .tag(disclosure.etag())
                .header(COMPLETE_HEADER, disclosure.complete())
                .build();
    }

    @PUT
    @Path("/{departmentId}/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Store a whole disclosure of a department for a fiscal year",
            description = "Takes all nine parts keyed as in the composed disclosure and stores each in the service that owns it. "
                    + "Every service first validates its document without storing it: if any part is invalid, the answer is 400 with "
                    + "the offending fields of all parts (each prefixed with its part's key, e.g. performance.projects[3].code) and "
                    + "nothing is written; if a service cannot validate, 503 and nothing is written. Then the department (part 一) is "
                    + "written, the budget (二 三 四 八 九) after it, and performance, procurement and assets. A document equal to the "
                    + "one stored adds no revision (reported unchanged), so sending the same disclosure again is harmless: after a 503 "
                    + "it stores only what is missing. The composed disclosure shows the new content at once.")
    @APIResponse(responseCode = "200", description = "Every document stored (created, revised or unchanged); the report",
            headers = @Header(name = "Location", description = "The composed disclosure", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WriteReport.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "503", description = "A service could not validate (nothing written) or failed while writing "
            + "(parts says what was stored); send the same disclosure again",
            headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = WriteProblemSchema.class)))
    public Response put(@Parameter(description = "e.g. 130624-203") @PathParam("departmentId") String departmentId,
                        @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100")) @PathParam("year") String year,
                        @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                schema = @Schema(implementation = DisclosureDocumentSchema.class))) JsonNode body,
                        @Context UriInfo uri) {
        DepartmentId id = DepartmentId.parse("departmentId", departmentId);
        int fiscalYear = FiscalYear.parse("year", year);
        String instance = "/" + uri.getPath().replaceFirst("^/", "");
        DisclosureWriter.Outcome outcome = writer.write(id.toString(), fiscalYear, body);
        if (outcome instanceof DisclosureWriter.NotValidated notValidated) {
            return problems.notValidated(notValidated.documents(), "disclosure", instance);
        }
        WriteReport report = ((DisclosureWriter.Written) outcome).report();
        if (!report.allStored()) {
            return problems.partiallyWritten(report, "disclosure", instance);
        }
        return Response.ok(representations.json(report), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .location(URI.create(report.disclosure()))
                .build();
    }
}
