package org.opendisclosure.budget.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendisclosure.budget.model.DisclosureWrite;
import org.opendisclosure.budget.model.DisclosureWriteChange;
import org.opendisclosure.budget.service.DisclosureWrites;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.common.security.WriteAccess;
import org.opendisclosure.common.security.Writes;
import org.opendisclosure.common.web.DepartmentYearAddress;

@Path("/api/v1/departments/{departmentId}/disclosure-writes/{year}")
@Tag(name = "Departments")
public class DisclosureWriteResource {

    private final DisclosureWrites writes;
    private final SecurityIdentity identity;

    public DisclosureWriteResource(DisclosureWrites writes, SecurityIdentity identity) {
        this.writes = writes;
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getDisclosureWrite", summary = "The last whole-disclosure write of a department and fiscal year",
            description = "Kept for the gateway, whose whole-disclosure PUT stores the parts one service at a time: a write "
                    + "still started (it stopped before every part was stored) makes the disclosure read as incomplete until the "
                    + "same write is sent again.")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DisclosureWrite.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public DisclosureWrite get(@BeanParam DepartmentYearAddress address) {
        return writes.get(address.id(), address.year());
    }

    @PUT
    @Writes
    @SecurityRequirement(name = Writes.SCHEME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putDisclosureWrite", summary = "Start or complete the record of a whole-disclosure write",
            description = "state started (with the part keys it stores) replaces the record, whatever became of the last "
                    + "write, or with exclusive only once no other write is under way (409 otherwise); state completed "
                    + "completes it, only for the writeId that started it (409 when another write started since).")
    @APIResponse(responseCode = "200", description = "The record as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DisclosureWrite.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public DisclosureWrite put(@BeanParam DepartmentYearAddress address, @Valid @NotNull DisclosureWriteChange change) {
        if (DisclosureWrite.COMPLETED.equals(change.state())) {
            return writes.complete(address.id(), address.year(), change.writeId());
        }
        List<String> parts = change.parts();
        if (parts == null || parts.isEmpty()) {
            throw ProblemException.invalid("parts", "required when a write starts: the part keys it stores");
        }
        return writes.start(address.id(), address.year(), change.writeId(), parts, WriteAccess.subject(identity),
                change.isExclusive());
    }
}
