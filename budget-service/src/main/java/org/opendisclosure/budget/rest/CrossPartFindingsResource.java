package org.opendisclosure.budget.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendisclosure.budget.model.CrossPartCounts;
import org.opendisclosure.budget.model.CrossPartFindings;
import org.opendisclosure.budget.model.KeptCrossPartFindings;
import org.opendisclosure.budget.service.CrossPartFindingsStore;
import org.opendisclosure.common.security.Writes;
import org.opendisclosure.common.web.DepartmentYearAddress;

/** The findings across parts, kept here for the gateway (it has no database of its own). */
@Path("/api/v1/departments/{departmentId}/cross-part-findings/{year}")
@Tag(name = "Consistency")
public class CrossPartFindingsResource {

    private final CrossPartFindingsStore store;

    public CrossPartFindingsResource(CrossPartFindingsStore store) {
        this.store = store;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The findings across parts kept of a department's disclosure",
            description = "As the gateway last kept them, with what they were computed from.")
    @APIResponse(responseCode = "200", description = "The findings kept",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KeptCrossPartFindings.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public KeptCrossPartFindings get(@BeanParam DepartmentYearAddress address) {
        return store.get(address.id(), address.year());
    }

    @PUT
    @Writes
    @SecurityRequirement(name = Writes.SCHEME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Keep the findings across parts of a department's disclosure",
            description = "Written by the gateway after every write it carries out, from the parts as just stored; replaces "
                    + "what was kept of the department and year. Answers the counts kept.")
    @APIResponse(responseCode = "200", description = "The counts as kept",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CrossPartCounts.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public CrossPartCounts keep(@BeanParam DepartmentYearAddress address, @Valid @NotNull CrossPartFindings findings) {
        return store.keep(address.id(), address.year(), findings);
    }
}
