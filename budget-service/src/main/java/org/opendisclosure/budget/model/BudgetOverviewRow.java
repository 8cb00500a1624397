package org.opendisclosure.budget.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendisclosure.store.Revisions;

@Schema(name = "BudgetOverviewRow", description = "One department's budget figures for a fiscal year, as published (万元); also a CSV row")
@JsonPropertyOrder({"departmentId", "divisionCode", "departmentCode", "departmentName", "fiscalYear", "revision", "revisedAt",
        "revenueTotal", "expenditureTotal", "basicExpenditure", "personnelExpenditure", "publicExpenditure",
        "projectExpenditure", "otherExpenditure", "changeTotal", "operatingExpenses",
        "threePublicPreviousYear", "threePublicTotal", "threePublicChange"})
public record BudgetOverviewRow(
        String departmentId,
        String divisionCode,
        String departmentCode,
        String departmentName,
        int fiscalYear,
        int revision,
        OffsetDateTime revisedAt,
        @Schema(description = "预算收入合计") BigDecimal revenueTotal,
        @Schema(description = "支出预算合计") BigDecimal expenditureTotal,
        @Schema(description = "基本支出") BigDecimal basicExpenditure,
        @Schema(description = "人员经费") BigDecimal personnelExpenditure,
        @Schema(description = "日常公用经费") BigDecimal publicExpenditure,
        @Schema(description = "项目支出") BigDecimal projectExpenditure,
        @Schema(description = "其他支出") BigDecimal otherExpenditure,
        @Schema(description = "比上年增减 (total), as stated") BigDecimal changeTotal,
        @Schema(description = "机关运行经费 (stated total)") BigDecimal operatingExpenses,
        @Schema(description = "“三公”经费 合计, previous year") BigDecimal threePublicPreviousYear,
        @Schema(description = "“三公”经费 合计, this year") BigDecimal threePublicTotal,
        @Schema(description = "“三公”经费 合计, stated change") BigDecimal threePublicChange) {

    public BudgetOverviewRow {
        revisedAt = Revisions.utc(revisedAt);
    }
}
