package org.opendisclosure.gateway.rest;

import jakarta.ws.rs.BeanParam;
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
import org.opendisclosure.common.consistency.ToleranceParam;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.common.web.DepartmentYearAddress;
import org.opendisclosure.common.web.Representations;
import org.opendisclosure.gateway.service.DisclosureChecks;
import org.opendisclosure.gateway.service.DisclosureFindings;

@Path("/api/v1/disclosures/{departmentId}/{year}/findings")
@Tag(name = "Consistency checks", description = "What does not add up in a published disclosure: totals that are not the sum "
        + "of their parts, changes with the wrong sign, funding columns that do not match. Disclosures are stored as published; "
        + "findings are reported beside them, never corrected.")
public class FindingsResource {

    private final DisclosureChecks checks;
    private final Representations representations;

    public FindingsResource(DisclosureChecks checks, Representations representations) {
        this.checks = checks;
        this.representations = representations;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The findings of a department's disclosure for a fiscal year",
            description = "Every consistency rule of the catalogue (GET /api/v1/rules) applied to the stored disclosure: each "
                    + "part's own rules, checked by the service that holds it, and the rules across parts. A finding names the "
                    + "rule, its severity, where (part, JSON path, row, project code), the figures read, the expected and the "
                    + "published value and a message in Chinese and English. Arithmetic is exact unless a tolerance is given. "
                    + "A service that cannot check its parts is listed in unchecked (complete is false); the rest is answered.")
    @APIResponse(responseCode = "200", description = "The findings (an empty list when everything adds up)",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DisclosureFindings.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response findings(@BeanParam DepartmentYearAddress address, @BeanParam ToleranceParam tolerance,
                             @Context HttpHeaders headers) {
        String departmentId = address.id().toString();
        int year = address.year();
        DisclosureFindings findings = checks.stored(departmentId, year, tolerance.value());
        if (findings == null) {
            throw ProblemException.notFound("Nothing is published for department " + departmentId + " in " + year);
        }
        return representations.ok(headers, findings);
    }
}
