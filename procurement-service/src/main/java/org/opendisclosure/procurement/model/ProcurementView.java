package org.opendisclosure.procurement.model;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Procurement", description = "A department's procurement budget for a fiscal year at one revision: the document as written, "
        + "with its identity, revision and each line's derived category")
public record ProcurementView(
        @Schema(description = "e.g. 130624-203") String departmentId,
        int fiscalYear,
        @Schema(description = "Revision number, from 1") int revision,
        OffsetDateTime revisedAt,
        boolean hasProcurement,
        String departmentName,
        String statement,
        BigDecimal statedTotal,
        ProcurementDocument.TotalRow totalRow,
        List<LineView> lines) {

    @Schema(name = "ProcurementLineView", description = "A line as written, with the category its catalogue code names")
    public record LineView(
            String projectName,
            String economicClass,
            String itemName,
            String catalogueCode,
            String unit,
            BigDecimal quantity,
            BigDecimal unitPrice,
            BigDecimal amount,
            BigDecimal departmentBudget,
            BigDecimal generalPublicBudget,
            BigDecimal governmentFund,
            BigDecimal fiscalSpecialAccount,
            BigDecimal otherSources,
            BigDecimal otherChannels,
            @Schema(description = "Derived from catalogueCode; null when the line has none", nullable = true) ProcurementCategory category) {
    }
}
