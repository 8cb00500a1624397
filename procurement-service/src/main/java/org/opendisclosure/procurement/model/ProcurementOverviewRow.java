package org.opendisclosure.procurement.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendisclosure.store.Revisions;

@Schema(name = "ProcurementOverviewRow", description = "One department's government procurement budget (六) for a fiscal "
        + "year: its current revision, the total it states (万元, as published) and its number of lines; also a CSV row")
@JsonPropertyOrder({"departmentId", "divisionCode", "departmentCode", "fiscalYear", "revision", "revisedAt", "hasProcurement",
        "statedTotal", "lineCount"})
public record ProcurementOverviewRow(
        String departmentId,
        String divisionCode,
        String departmentCode,
        int fiscalYear,
        int revision,
        OffsetDateTime revisedAt,
        @Schema(description = "Whether the department has a procurement budget this year (false: 无政府采购预算)") boolean hasProcurement,
        @Schema(description = "The total stated in the text (万元); null when none is stated") BigDecimal statedTotal,
        @Schema(description = "Number of procurement lines") int lineCount) {

    public ProcurementOverviewRow {
        revisedAt = Revisions.utc(revisedAt);
    }
}
