package org.opendisclosure.procurement.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProcurementLineRow", description = "One procurement line of a department's current revision, as published (万元); also a CSV row")
@JsonPropertyOrder({"departmentId", "divisionCode", "departmentCode", "departmentName", "fiscalYear", "revision", "lineNumber",
        "projectName", "economicClass", "itemName", "catalogueCode", "category", "unit", "quantity", "unitPrice", "amount",
        "departmentBudget", "generalPublicBudget", "governmentFund", "fiscalSpecialAccount", "otherSources", "otherChannels"})
public record ProcurementLineRow(
        String departmentId,
        String divisionCode,
        String departmentCode,
        String departmentName,
        int fiscalYear,
        int revision,
        @Schema(description = "Position of the line in the published table, from 1") int lineNumber,
        String projectName,
        String economicClass,
        String itemName,
        String catalogueCode,
        @Schema(description = "Derived from catalogueCode; null when the line has none", nullable = true) ProcurementCategory category,
        String unit,
        BigDecimal quantity,
        BigDecimal unitPrice,
        @Schema(description = "政府采购金额 总计") BigDecimal amount,
        @Schema(description = "当年部门预算安排资金 合计") BigDecimal departmentBudget,
        @Schema(description = "一般公共预算拨款") BigDecimal generalPublicBudget,
        @Schema(description = "基金预算拨款") BigDecimal governmentFund,
        @Schema(description = "财政专户核拨") BigDecimal fiscalSpecialAccount,
        @Schema(description = "其他来源收入") BigDecimal otherSources,
        @Schema(description = "其他渠道资金") BigDecimal otherChannels) {

    /** As the query selects it: the line's index counts from 0 and the fiscal year is a smallint. */
    public ProcurementLineRow(String departmentId, String divisionCode, String departmentCode, String departmentName,
                              short fiscalYear, int revision, int index, String projectName, String economicClass,
                              String itemName, String catalogueCode, ProcurementCategory category, String unit,
                              BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount, BigDecimal departmentBudget,
                              BigDecimal generalPublicBudget, BigDecimal governmentFund, BigDecimal fiscalSpecialAccount,
                              BigDecimal otherSources, BigDecimal otherChannels) {
        this(departmentId, divisionCode, departmentCode, departmentName, (int) fiscalYear, revision, index + 1, projectName,
                economicClass, itemName, catalogueCode, category, unit, quantity, unitPrice, amount, departmentBudget,
                generalPublicBudget, governmentFund, fiscalSpecialAccount, otherSources, otherChannels);
    }
}
