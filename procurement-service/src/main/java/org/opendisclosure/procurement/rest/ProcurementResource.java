package org.opendisclosure.procurement.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendisclosure.common.consistency.FindingsReport;
import org.opendisclosure.common.consistency.ToleranceParam;
import org.opendisclosure.common.revision.DryRunnable;
import org.opendisclosure.common.web.PageParams;
import org.opendisclosure.common.web.PublicUris;
import org.opendisclosure.common.web.Representations;
import org.opendisclosure.procurement.model.OcdsReleasePackage;
import org.opendisclosure.procurement.model.ProcurementDocument;
import org.opendisclosure.procurement.model.ProcurementView;
import org.opendisclosure.procurement.service.ProcurementService;
import org.opendisclosure.store.DryRunParam;
import org.opendisclosure.store.PartAddress;
import org.opendisclosure.store.PartResource;
import org.opendisclosure.store.RevisionAddress;
import org.opendisclosure.store.RevisionPage;

@Path("/api/v1/departments/{departmentId}/procurement/{year}")
@Tag(name = "Procurement", description = "A department's government procurement budget per fiscal year (part 六), with revisions, "
        + "consistency findings and an OCDS export")
public class ProcurementResource extends PartResource<ProcurementDocument, ProcurementView> {

    private final ProcurementService service;

    public ProcurementResource(ProcurementService service, Representations representations) {
        super(service, representations);
        this.service = service;
    }

    @PUT
    @DryRunnable
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace the department's procurement budget for a fiscal year",
            description = "Any well-formed department id is accepted (departments are kept by budget-service). Figures are stored "
                    + "exactly as given, even when they do not add up. A department without procurement sends hasProcurement false "
                    + "and no lines. Writes a new revision unless the document equals the current one. With If-Match, only if the "
                    + "ETag is current.")
    @APIResponse(responseCode = "200", description = "Replaced (or unchanged); the current procurement budget",
            headers = {@Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "X-Revision-Created", description = "false when the document equals the current one",
                            schema = @Schema(type = SchemaType.BOOLEAN))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProcurementView.class)))
    @APIResponse(responseCode = "201", description = "Created; the new procurement budget",
            headers = {@Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Location", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProcurementView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response put(@BeanParam PartAddress address,
                        @Valid @NotNull(message = "a procurement document is required") ProcurementDocument body,
                        @BeanParam DryRunParam dryRun, @Context HttpHeaders headers, @Context UriInfo uri) {
        return write(address, body, headers, uri);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read the department's procurement budget for a fiscal year (current revision)")
    @APIResponse(responseCode = "200", description = "The procurement budget",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProcurementView.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@BeanParam PartAddress address, @Context HttpHeaders headers) {
        return read(address, headers);
    }

    @GET
    @Path("/revisions")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the revisions of the department's procurement budget for a fiscal year, newest first")
    @APIResponse(responseCode = "200", description = "One page of revisions",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RevisionPage.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response revisions(@BeanParam PartAddress address, @BeanParam PageParams page, @Context HttpHeaders headers) {
        return listRevisions(address, page, headers);
    }

    @GET
    @Path("/revisions/{revision}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read one revision of the department's procurement budget for a fiscal year")
    @APIResponse(responseCode = "200", description = "The procurement budget as it was at that revision",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProcurementView.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response revision(@BeanParam RevisionAddress address, @Context HttpHeaders headers) {
        return readRevision(address, headers);
    }

    @GET
    @Path("/ocds")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The procurement plan as an OCDS 1.1 release package",
            description = "One planning release for the current revision: buyer = the department, planning.budget = the stated total, "
                    + "tender (status planning) items = the lines with their 政府采购品目分类目录 code (scheme CN-GPC), quantity, unit "
                    + "and unit price. Money in CNY (万元 × 10000, exact). The ocid prefix is configured (suite.ocds.ocid-prefix).")
    @APIResponse(responseCode = "200", description = "The release package",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OcdsReleasePackage.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response ocds(@BeanParam PartAddress address, @Context HttpHeaders headers, @Context UriInfo uri) {
        // Published at the configured public address, not at the Host the client sent.
        return representations.ok(headers, service.ocds(address.key(), PublicUris.get().absolutePath().toString()));
    }

    @GET
    @Path("/findings")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check the current procurement budget against the consistency rules of part 六",
            description = "The findings of the rules listed at /api/v1/rules on the current revision, exactly as published, in "
                    + "document order: the stated total, the 合计 row, then each line. A finding is a report, not an error: "
                    + "the document stays stored as published.")
    @APIResponse(responseCode = "200", description = "The findings (an empty list when every rule holds)",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FindingsReport.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response findings(@BeanParam PartAddress address, @BeanParam ToleranceParam tolerance, @Context HttpHeaders headers) {
        return storedFindings(address, tolerance, headers);
    }

    @POST
    @Path("/findings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check a procurement budget document against the consistency rules of part 六, storing nothing",
            description = "The document is the body the PUT takes, refused (400) exactly as the PUT would refuse it; the answer is "
                    + "what GET …/findings would answer once it is stored. Nothing is stored, and no stored document is needed.")
    @APIResponse(responseCode = "200", description = "The findings of the document (an empty list when every rule holds)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FindingsReport.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response check(@BeanParam PartAddress address, @BeanParam ToleranceParam tolerance,
                          @Valid @NotNull(message = "a procurement document is required") ProcurementDocument body) {
        return documentFindings(address, tolerance, body);
    }
}
