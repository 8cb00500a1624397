package org.opendisclosure.budget.rest;

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
import org.opendisclosure.budget.service.BudgetFindingsService;
import org.opendisclosure.common.consistency.RuleCatalogue;
import org.opendisclosure.common.web.Representations;

@Path("/api/v1/rules")
@Tag(name = "Consistency", description = "Consistency rules of parts 二, 三, 四 and the findings of a budget: where its published "
        + "figures do not add up (一致性检查). A document is stored as published whatever its findings.")
public class RuleResource {

    private final BudgetFindingsService findings;
    private final Representations representations;

    public RuleResource(BudgetFindingsService findings, Representations representations) {
        this.findings = findings;
        this.representations = representations;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the consistency rules this service checks",
            description = "Each rule with its stable id, severity, the parts it reads and its statement in Chinese and English.")
    @APIResponse(responseCode = "200", description = "The rule catalogue",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RuleCatalogue.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    public Response rules(@Context HttpHeaders headers) {
        return representations.ok(headers, findings.rules());
    }
}
