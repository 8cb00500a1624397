package org.opendisclosure.budget.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendisclosure.store.Revisions;

@Schema(name = "DepartmentSummary", description = "A department in a list (also a CSV row), with its latest year's part 一")
@JsonPropertyOrder({"id", "divisionCode", "code", "name", "divisionName", "fiscalYear", "unitCount", "revision", "revisedAt"})
public record DepartmentSummary(
        String id,
        String divisionCode,
        String code,
        String name,
        String divisionName,
        @Schema(description = "The latest fiscal year with part 一, which name, divisionName, unitCount and revision are of; "
                + "null for a department whose part 一 predates keeping it per year") Integer fiscalYear,
        @Schema(description = "Number of units (机构)") int unitCount,
        @Schema(description = "Revision of that year's part 一") Integer revision,
        OffsetDateTime revisedAt) {

    public DepartmentSummary {
        revisedAt = Revisions.utc(revisedAt);
    }
}
