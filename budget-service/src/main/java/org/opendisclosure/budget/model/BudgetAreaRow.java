package org.opendisclosure.budget.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BudgetAreaRow", description = "The budgets (parts 二, 三, 四) of the departments of one area in a fiscal year, summed "
        + "from each department's current revision as published (万元, exact); also a CSV row. Figures every budget states are "
        + "summed over all its departments; for those a budget may leave out (人员经费, 日常公用经费, 其他支出) "
        + "personnelDepartments, publicDepartments and otherDepartments say how many departments' figures the sum holds, and a sum over none is null, never 0.")
@JsonPropertyOrder({"fiscalYear", "level", "divisionCode", "divisionName", "departments", "revenueTotal", "expenditureTotal",
        "basicExpenditure", "personnelExpenditure", "personnelDepartments", "publicExpenditure",
        "publicDepartments", "projectExpenditure", "otherExpenditure", "otherDepartments",
        "operatingExpenses", "threePublicPreviousYear", "threePublicTotal"})
public record BudgetAreaRow(
        int fiscalYear,
        @Schema(enumeration = {"province", "city", "county"}) String level,
        @Schema(description = "行政区划代码 of the area: its first 2 (province), 4 (city) or 6 (county) digits", example = "130624")
        String divisionCode,
        long departments,
        @Schema(description = "The county's name as its departments' part 一 gives it; null above county level", nullable = true)
        String divisionName,
        @Schema(description = "预算收入合计") BigDecimal revenueTotal,
        @Schema(description = "支出预算合计") BigDecimal expenditureTotal,
        @Schema(description = "基本支出") BigDecimal basicExpenditure,
        @Schema(description = "人员经费, of personnelDepartments departments", nullable = true) BigDecimal personnelExpenditure,
        long personnelDepartments,
        @Schema(description = "日常公用经费, of publicDepartments departments", nullable = true) BigDecimal publicExpenditure,
        long publicDepartments,
        @Schema(description = "项目支出") BigDecimal projectExpenditure,
        @Schema(description = "其他支出, of otherDepartments departments", nullable = true) BigDecimal otherExpenditure,
        long otherDepartments,
        @Schema(description = "机关运行经费 (stated totals)") BigDecimal operatingExpenses,
        @Schema(description = "“三公”经费 合计, previous year") BigDecimal threePublicPreviousYear,
        @Schema(description = "“三公”经费 合计, this year") BigDecimal threePublicTotal) {
}
