package org.opendisclosure.gateway.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendisclosure.common.consistency.Rule;
import org.opendisclosure.common.web.Representations;
import org.opendisclosure.gateway.service.DisclosureChecks;
import org.opendisclosure.gateway.service.DisclosureFindings;

@Path("/api/v1/rules")
@Tag(name = "Consistency checks")
public class RuleCatalogueResource {

    private final DisclosureChecks checks;
    private final Representations representations;

    public RuleCatalogueResource(DisclosureChecks checks, Representations representations) {
        this.checks = checks;
        this.representations = representations;
    }

    @Schema(name = "SuiteRuleCatalogue", requiredProperties = {"rules", "unavailable"})
    record SuiteRuleCatalogue(
            @Schema(description = "Each service's rules, then the rules across parts")
            List<Rule> rules,
            @Schema(description = "Services that could not give their rules right now; their rules are missing above")
            List<DisclosureFindings.Unchecked> unavailable) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The consistency rules of the suite",
            description = "Every rule a disclosure is checked against: a stable id (findings name it), a severity (error: figures "
                    + "that cannot all be right; warning: something missing or doubtful; info), a description in Chinese and "
                    + "English, and the parts it reads.")
    @APIResponse(responseCode = "200", description = "The catalogue",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SuiteRuleCatalogue.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    public Response rules(@Context HttpHeaders headers) {
        DisclosureChecks.Catalogue catalogue = checks.catalogue();
        return representations.ok(headers, new SuiteRuleCatalogue(catalogue.rules(), catalogue.unavailable()));
    }
}
