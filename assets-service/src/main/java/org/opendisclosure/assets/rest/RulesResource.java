package org.opendisclosure.assets.rest;

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
import org.opendisclosure.assets.service.checks.AssetsRules;

@Path("/api/v1/rules")
@Tag(name = "Consistency rules", description = "The rules this service checks part 七 (国有资产) against")
public class RulesResource {

    private static final RuleCatalogue CATALOGUE = new RuleCatalogue(AssetsRules.CATALOGUE);

    private final Representations representations;

    public RulesResource(Representations representations) {
        this.representations = representations;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the consistency rules of part 七",
            description = "Each rule with its stable id (the rule of a finding), severity and description in Chinese and English.")
    @APIResponse(responseCode = "200", description = "The rule catalogue",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RuleCatalogue.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    public Response rules(@Context HttpHeaders headers) {
        return representations.ok(headers, CATALOGUE);
    }
}
