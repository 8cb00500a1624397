package org.opendisclosure.procurement.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendisclosure.common.money.Amount;

/**
 * A department's government procurement budget for one fiscal year (part 六) as published: the
 * total stated in the prose, the table's 合计 row and its lines, in 万元, whether or not they add up.
 */
@Schema(name = "ProcurementDocument", description = "第六部分 政府采购预算情况, exactly as published. Amounts in 万元; a blank cell is null.")
public record ProcurementDocument(
        @Schema(description = "false when the department states it has no government procurement this year (then lines is empty): "
                + "an empty part, not a missing one", required = true)
        @NotNull Boolean hasProcurement,
        @Schema(description = "The department's name as the table heads it, e.g. 中共阜平县委组织部; used as the buyer in the OCDS export")
        @Size(max = 200) String departmentName,
        @Schema(description = "The prose as published, e.g. 我部门2020年度政府采购预算107.57万元，详细如下：")
        @Size(max = 2000) String statement,
        @Schema(description = "The total stated in the prose (万元); null when the prose states none")
        @Amount BigDecimal statedTotal,
        @Schema(description = "The table's 合计 row as published; null when the table has none")
        @Valid TotalRow totalRow,
        @Schema(description = "The table's lines in published order; empty exactly when hasProcurement is false", required = true)
        @NotNull @Size(max = 2000) List<@NotNull @Valid Line> lines) {

    /** 政府采购品目分类目录序号: A (goods), B (works) or C (services) and up to 12 digits, e.g. A09, A0802, C0301. */
    public static final String CATALOGUE_CODE = "^[ABC][0-9]{0,12}$";
    public static final String CATALOGUE_CODE_MESSAGE =
            "must be a 政府采购品目分类目录 code: A, B or C followed by up to 12 digits, e.g. A0802";

    @Schema(name = "ProcurementTableTotal", description = "合计 row: the published totals of the table's money columns")
    public record TotalRow(
            @Schema(description = "Label as published, e.g. 合　计") @Size(max = 200) String label,
            @Schema(description = "政府采购金额 总计") @Amount BigDecimal amount,
            @Schema(description = "当年部门预算安排资金 合计") @Amount BigDecimal departmentBudget,
            @Schema(description = "一般公共预算拨款") @Amount BigDecimal generalPublicBudget,
            @Schema(description = "基金预算拨款") @Amount BigDecimal governmentFund,
            @Schema(description = "财政专户核拨") @Amount BigDecimal fiscalSpecialAccount,
            @Schema(description = "其他来源收入") @Amount BigDecimal otherSources,
            @Schema(description = "其他渠道资金") @Amount BigDecimal otherChannels) {
    }

    @Schema(name = "ProcurementLine", description = "One line of the procurement table, as published")
    // Derived by the service from catalogueCode; accepted and ignored, so what a client read it can write back.
    @JsonIgnoreProperties(value = {"category"})
    public record Line(
            @Schema(description = "项目名称 (政府采购项目来源)") @Size(max = 500) String projectName,
            @Schema(description = "经济分类, e.g. 办公费") @Size(max = 200) String economicClass,
            @Schema(description = "采购物品名称", required = true) @NotBlank @Size(max = 500) String itemName,
            @Schema(description = "政府采购目录序号: A (goods), B (works) or C (services) and up to 12 digits, e.g. A09, A0802",
                    pattern = CATALOGUE_CODE)
            @Pattern(regexp = CATALOGUE_CODE, message = CATALOGUE_CODE_MESSAGE) String catalogueCode,
            @Schema(description = "数量单位, e.g. 件, 册") @Size(max = 50) String unit,
            @Schema(description = "数量; may be fractional (178.5)")
            @PositiveOrZero(message = "must be a quantity of at least 0")
            @Digits(integer = 14, fraction = 6, message = "must be a quantity with at most 14 integer digits and 6 decimals")
            BigDecimal quantity,
            @Schema(description = "单价 (万元)") @Amount BigDecimal unitPrice,
            @Schema(description = "政府采购金额 总计 (万元)", required = true) @NotNull @Amount BigDecimal amount,
            @Schema(description = "当年部门预算安排资金 合计") @Amount BigDecimal departmentBudget,
            @Schema(description = "一般公共预算拨款") @Amount BigDecimal generalPublicBudget,
            @Schema(description = "基金预算拨款") @Amount BigDecimal governmentFund,
            @Schema(description = "财政专户核拨") @Amount BigDecimal fiscalSpecialAccount,
            @Schema(description = "其他来源收入") @Amount BigDecimal otherSources,
            @Schema(description = "其他渠道资金") @Amount BigDecimal otherChannels) {
    }
}
