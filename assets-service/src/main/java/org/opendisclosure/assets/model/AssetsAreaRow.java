package org.opendisclosure.assets.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AssetsAreaRow", description = "The state-owned assets (七) of the departments of one area in a fiscal year, from each department's current revision (values 万元, areas m², exact); also a CSV row. A figure a department may publish as — is summed over those that give it, and the column after it says how many do; a sum over none is null, never 0")
@JsonPropertyOrder({"fiscalYear", "level", "divisionCode", "departments", "totalFixedAssets", "buildingArea", "buildingAreaDepartments", "vehicleCount", "vehicleCountDepartments", "vehicleValue", "vehicleValueDepartments"})
public record AssetsAreaRow(
        int fiscalYear,
        @Schema(enumeration = {"province", "city", "county"}) String level,
        @Schema(description = "行政区划代码 of the area: its first 2 (province), 4 (city) or 6 (county) digits", example = "130624")
        String divisionCode,
        @Schema(description = "Departments with the part in the area that year") long departments,
        @Schema(description = "固定资产总额 (万元)") BigDecimal totalFixedAssets,
        @Schema(description = "房屋 area (m²), of buildingAreaDepartments departments", nullable = true) BigDecimal buildingArea,
        long buildingAreaDepartments,
        @Schema(description = "车辆 count, of vehicleCountDepartments departments", nullable = true) Long vehicleCount,
        long vehicleCountDepartments,
        @Schema(description = "车辆 value (万元), of vehicleValueDepartments departments", nullable = true) BigDecimal vehicleValue,
        long vehicleValueDepartments) {
}
