package org.opendisclosure.assets.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Assets", description = "A department's part 七 for a fiscal year at one revision: the document as written, with its identity and revision")
public record AssetsView(
        @Schema(description = "e.g. 130624-203") String departmentId,
        int fiscalYear,
        @Schema(description = "Revision number, from 1") int revision,
        OffsetDateTime revisedAt,
        String statement,
        @Schema(description = "截止时间 of the table, an ISO date") LocalDate asOf,
        BigDecimal totalFixedAssets,
        AssetsDocument.Buildings buildings,
        AssetsDocument.Counted vehicles,
        AssetsDocument.Counted highValueEquipment,
        BigDecimal otherFixedAssets,
        AssetsDocument.PlannedPurchases plannedPurchases) {
}
