package org.opendisclosure.gateway.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.opendisclosure.common.id.DepartmentId;
import org.opendisclosure.common.id.FiscalYear;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.common.web.ConditionalRequests;
import org.opendisclosure.gateway.service.ComposedDisclosure;
import org.opendisclosure.gateway.service.DisclosureComposer;

@Path("/api/v1/disclosures")
@Tag(name = "Disclosures", description = "部门预算信息公开: the whole nine-part disclosure of a department for a fiscal year")
public class DisclosureResource {

    static final String COMPLETE_HEADER = "X-Disclosure-Complete";

    private final DisclosureComposer composer;

    public DisclosureResource(DisclosureComposer composer) {
        this.composer = composer;
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
}
