package org.opendisclosure.budget.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The record of a department-year's last whole-disclosure write, as the gateway keeps it here. */
@Schema(name = "DisclosureWrite", description = "The last whole-disclosure write of a department and fiscal year: started "
        + "until every part was stored, then completed. While started, the disclosure may mix parts of the write with older ones.",
        requiredProperties = {"departmentId", "fiscalYear", "writeId", "state", "parts", "startedAt"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DisclosureWrite(
        @Schema(description = "e.g. 130624-203") String departmentId,
        int fiscalYear,
        UUID writeId,
        @Schema(enumeration = {DisclosureWrite.STARTED, DisclosureWrite.COMPLETED}) String state,
        @Schema(description = "The disclosure's part keys the write stores") List<String> parts,
        @Schema(description = "The subject of the writer's token") String writtenBy,
        OffsetDateTime startedAt,
        OffsetDateTime completedAt) {

    public static final String STARTED = "started";
    public static final String COMPLETED = "completed";
    /**
     * How long a started write keeps an exclusive one from starting: longer than a whole write
     * takes (the gateway gives each service seconds), short enough that a write whose gateway
     * died does not block the department-year for long.
     */
    public static final int LEASE_SECONDS = 60;
}
