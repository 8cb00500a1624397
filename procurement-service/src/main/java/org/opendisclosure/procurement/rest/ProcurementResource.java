package org.opendisclosure.procurement.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
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
import org.opendisclosure.common.web.PublicUris;
import org.opendisclosure.common.web.Representations;
import org.opendisclosure.procurement.model.OcdsReleasePackage;
import org.opendisclosure.procurement.model.ProcurementDocument;
import org.opendisclosure.procurement.model.ProcurementView;
import org.opendisclosure.procurement.service.ProcurementService;
import org.opendisclosure.store.PartAddress;
import org.opendisclosure.store.PartEndpoints;
import org.opendisclosure.store.PartResource;

@Path("/api/v1/departments/{departmentId}/procurement")
@Tag(name = "Procurement", description = "A department's government procurement budget per fiscal year (part 六), with revisions, "
        + "consistency findings and an OCDS export")
@PartEndpoints(title = "procurement budget", document = "a procurement document",
        write = "Any well-formed department id is accepted (departments are kept by budget-service). Figures are stored exactly "
                + "as given, even when they do not add up. A department without procurement sends hasProcurement false and no "
                + "lines.",
        findings = "The stated total comes first, then the 合计 row, then each line.")
public class ProcurementResource extends PartResource<ProcurementDocument, ProcurementView, ProcurementService> {

    public ProcurementResource(ProcurementService service, Representations representations) {
        super(service, representations);
    }

    @GET
    @Path("/{year}/ocds")
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
}
