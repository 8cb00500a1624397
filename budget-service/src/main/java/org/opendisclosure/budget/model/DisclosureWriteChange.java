package org.opendisclosure.budget.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the gateway tells of a whole-disclosure write: that it starts (with the parts it stores), or that it completed. */
@Schema(name = "DisclosureWriteChange", requiredProperties = {"writeId", "state"})
public record DisclosureWriteChange(
        @NotNull @Schema(description = "The write's own id, the same when it starts and when it completes") UUID writeId,
        @NotNull @Pattern(regexp = DisclosureWrite.STARTED + "|" + DisclosureWrite.COMPLETED, message = "must be started or completed")
        @Schema(enumeration = {DisclosureWrite.STARTED, DisclosureWrite.COMPLETED}) String state,
        @Size(max = 20, message = "at most 20 parts")
        @Schema(description = "When it starts: the part keys it stores, e.g. organization, summary")
        List<@NotNull @Pattern(regexp = "[a-zA-Z]{1,40}", message = "must be a part key (letters only)") String> parts,
        @Schema(description = "When it starts: true to start only if no other write is under way (started less than "
                + DisclosureWrite.LEASE_SECONDS + " s ago and not completed); 409 otherwise")
        Boolean exclusive) {

    public boolean isExclusive() {
        return Boolean.TRUE.equals(exclusive);
    }
}
