package org.opendisclosure.store;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendisclosure.common.consistency.RuleCatalogue;
import org.opendisclosure.common.web.Representations;

/**
 * {@code GET /api/v1/rules} of a service: the {@link RuleCatalogue} bean the service produces. The
 * gateway merges the services' catalogues with its own.
 */
@Path("/api/v1/rules")
@Tag(name = "Consistency", description = "一致性检查: where a part's published figures do not add up. A document is stored as "
        + "published whatever its findings.")
public class RulesResource {

    private final RuleCatalogue catalogue;
    private final Representations representations;

    public RulesResource(RuleCatalogue catalogue, Representations representations) {
        this.catalogue = catalogue;
        this.representations = representations;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the consistency rules this service checks",
            description = "Each rule with its stable id (a finding names it), severity, the parts it reads and its statement in "
                    + "Chinese and English.")
    @APIResponse(responseCode = "200", description = "The rule catalogue",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RuleCatalogue.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    public Response rules(@Context HttpHeaders headers) {
        return representations.ok(headers, catalogue);
    }
}
