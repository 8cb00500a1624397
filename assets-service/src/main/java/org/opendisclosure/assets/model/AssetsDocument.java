package org.opendisclosure.assets.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.OptBoolean;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendisclosure.common.money.Amount;

/**
 * A department's part 七 for one fiscal year as published: the fixed assets it held at a date
 * and the purchases it plans. Values in 万元, areas in m², exactly as given; a cell published as
 * — is null, never 0. Figures that do not add up are stored as published.
 */
@Schema(name = "AssetsDocument", description = "第七部分 国有资产信息情况说明: 固定资产占用情况表 and 拟购计划. "
        + "Values in 万元, areas in m², exactly as published; a cell published as — is null.")
public record AssetsDocument(
        @Schema(description = "The prose as published, e.g. 中共阜平县委组织部2019年末固定资产总值82.22万元。")
        @Size(max = 5000) String statement,
        @Schema(description = "截止时间 of the table, an ISO date, e.g. 2019-12-31", required = true)
        // Not lenient: a number or a date-time is refused rather than read as some other day.
        @JsonFormat(lenient = OptBoolean.FALSE)
        @NotNull LocalDate asOf,
        @Schema(description = "固定资产总额 (value, 万元)", required = true)
        @NotNull @Amount BigDecimal totalFixedAssets,
        @Schema(description = "1、房屋 and 其中：办公用房", required = true)
        @NotNull @Valid Buildings buildings,
        @Schema(description = "2、车辆（台、辆）", required = true)
        @NotNull @Valid Counted vehicles,
        @Schema(description = "3、单价在20万元以上的设备 (equipment with a unit price over 200,000 CNY)", required = true)
        @NotNull @Valid Counted highValueEquipment,
        @Schema(description = "4、其他固定资产 (value, 万元); null when published as —")
        @Amount BigDecimal otherFixedAssets,
        @Schema(description = "拟购计划 for the fiscal year: none, said explicitly, or the planned items", required = true)
        @NotNull @Valid PlannedPurchases plannedPurchases) {

    @Schema(name = "Buildings", description = "房屋: area in m² (the table's 数量 column) and value in 万元, with the office space among them")
    public record Buildings(
            @Schema(description = "房屋 area, m²; null when published as —") @Amount BigDecimal area,
            @Schema(description = "房屋 value, 万元; null when published as —") @Amount BigDecimal value,
            @Schema(description = "其中：办公用房 area, m²; null when published as —") @Amount BigDecimal officeArea,
            @Schema(description = "其中：办公用房 value, 万元; null when published as —") @Amount BigDecimal officeValue) {
    }

    @Schema(name = "CountedAssets", description = "A row with a number of items and their value; either is null when published as —")
    public record Counted(
            @Schema(description = "数量, e.g. 台、辆; null when published as —") @PositiveOrZero Integer count,
            @Schema(description = "价值, 万元; null when published as —") @Amount BigDecimal value) {
    }

    @Schema(name = "PlannedPurchases", description = "拟购计划. none = true: the department states it plans no purchase "
            + "(e.g. 我部门2020年度无拟购计划。) and items is empty; none = false: items lists at least one planned purchase.")
    public record PlannedPurchases(
            @Schema(description = "Whether the department states it plans no purchase", required = true)
            @NotNull Boolean none,
            @Schema(description = "The sentence about the plan as published")
            @Size(max = 5000) String statement,
            @Schema(description = "The planned purchases in published order; empty (or absent) when none is true")
            @Size(max = 500) List<@NotNull @Valid PlannedPurchase> items) {

        public PlannedPurchases {
            // Absent and empty mean the same, so they must hash and read back the same.
            items = items == null ? List.of() : items;
        }
    }

    @Schema(name = "PlannedPurchase", description = "One planned purchase as published")
    public record PlannedPurchase(
            @Schema(description = "What is to be bought, e.g. 办公电脑", required = true)
            @NotBlank @Size(max = 500) String name,
            @Schema(description = "数量; null when not published") @PositiveOrZero Integer quantity,
            @Schema(description = "金额, 万元; null when not published") @Amount BigDecimal amount) {
    }
}
