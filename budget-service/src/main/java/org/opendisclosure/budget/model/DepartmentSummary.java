package org.opendisclosure.budget.rest.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendisclosure.store.Revisions;

@Schema(name = "DepartmentSummary", description = "A department in a list (also a CSV row)")
@JsonPropertyOrder({"id", "divisionCode", "code", "name", "divisionName", "unitCount", "revision", "revisedAt"})
public record DepartmentSummary(
        String id,
        String divisionCode,
        String code,
        String name,
        String divisionName,
        @Schema(description = "Number of units (机构)") int unitCount,
        int revision,
        OffsetDateTime revisedAt) {

    public DepartmentSummary {
        revisedAt = Revisions.utc(revisedAt);
    }
}
