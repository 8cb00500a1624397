package org.opendisclosure.assets.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendisclosure.store.Revisions;

@Schema(name = "AssetsOverviewRow", description = "One department's fixed assets for a fiscal year, as published "
        + "(values 万元, areas m², null where published as —); also a CSV row")
@JsonPropertyOrder({"departmentId", "divisionCode", "departmentCode", "fiscalYear", "revision", "revisedAt", "asOf",
        "totalFixedAssets", "buildingArea", "buildingValue", "officeArea", "officeValue", "vehicleCount", "vehicleValue",
        "highValueEquipmentCount", "highValueEquipmentValue", "otherFixedAssets", "noPlannedPurchases", "plannedPurchaseCount"})
public record AssetsOverviewRow(
        String departmentId,
        String divisionCode,
        String departmentCode,
        int fiscalYear,
        int revision,
        OffsetDateTime revisedAt,
        @Schema(description = "截止时间") LocalDate asOf,
        @Schema(description = "固定资产总额") BigDecimal totalFixedAssets,
        @Schema(description = "房屋 area, m²") BigDecimal buildingArea,
        @Schema(description = "房屋 value") BigDecimal buildingValue,
        @Schema(description = "其中：办公用房 area, m²") BigDecimal officeArea,
        @Schema(description = "其中：办公用房 value") BigDecimal officeValue,
        @Schema(description = "车辆 count") Integer vehicleCount,
        @Schema(description = "车辆 value") BigDecimal vehicleValue,
        @Schema(description = "单价在20万元以上的设备 count") Integer highValueEquipmentCount,
        @Schema(description = "单价在20万元以上的设备 value") BigDecimal highValueEquipmentValue,
        @Schema(description = "其他固定资产") BigDecimal otherFixedAssets,
        @Schema(description = "Whether the department states it plans no purchase (无拟购计划)") boolean noPlannedPurchases,
        @Schema(description = "Number of planned purchases listed") int plannedPurchaseCount) {

    public AssetsOverviewRow {
        revisedAt = Revisions.utc(revisedAt);
    }
}
