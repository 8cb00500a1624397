package org.opendisclosure.budget.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendisclosure.common.money.Amount;
import org.opendisclosure.common.money.SignedAmount;

/**
 * A department's budget for one fiscal year as published: parts 二, 三, 四, 八 and 九. All
 * amounts in 万元, stored exactly as given, whether or not they add up.
 */
@Schema(name = "BudgetDocument", description = "部门预算 parts 二 (总体情况), 三 (机关运行经费), 四 (“三公”经费), 八 (名词解释), 九 (其他需说明的事项). Amounts in 万元, exactly as published.")
public record BudgetDocument(
        @Schema(description = "第二部分 部门预算安排的总体情况", required = true)
        @NotNull @Valid Summary summary,
        @Schema(description = "第三部分 机关运行经费", required = true)
        @NotNull @Valid OperatingExpenses operatingExpenses,
        @Schema(description = "第四部分 财政拨款“三公”经费", required = true)
        @NotNull @Valid ThreePublicExpenses threePublicExpenses,
        @Schema(description = "第八部分 名词解释, in published order; may be empty", required = true)
        @NotNull @Size(max = 500) List<@NotNull @Valid GlossaryEntry> glossary,
        @Schema(description = "第九部分 其他需说明的事项, as published (e.g. 无其他需说明的事项。)", required = true)
        @NotNull @Size(max = 20000) String otherNotes) {

    @Schema(name = "BudgetSummary", description = "收入、支出及比上年增减")
    public record Summary(
            @Schema(required = true) @NotNull @Valid Revenue revenue,
            @Schema(required = true) @NotNull @Valid Expenditure expenditure,
            @Schema(description = "比上年增减情况, as stated; absent when not published")
            @Valid ChangeFromLastYear changeFromLastYear) {
    }

    @Schema(name = "Revenue", description = "预算收入 by source; a source not published is null")
    public record Revenue(
            @Schema(description = "预算收入合计", required = true) @NotNull @Amount BigDecimal total,
            @Schema(description = "一般公共预算收入") @Amount BigDecimal generalPublicBudget,
            @Schema(description = "政府性基金预算收入 (基金预算收入)") @Amount BigDecimal governmentFund,
            @Schema(description = "财政专户核拨收入") @Amount BigDecimal fiscalSpecialAccount,
            @Schema(description = "其他来源收入") @Amount BigDecimal otherSources) {
    }

    @Schema(name = "Expenditure", description = "支出预算: total = basic (personnel + public) + project + other, as published")
    public record Expenditure(
            @Schema(description = "支出预算合计", required = true) @NotNull @Amount BigDecimal total,
            @Schema(description = "基本支出", required = true) @NotNull @Amount BigDecimal basic,
            @Schema(description = "人员经费") @Amount BigDecimal personnel,
            @Schema(description = "日常公用经费") @Amount BigDecimal publicExpenditure,
            @Schema(description = "项目支出", required = true) @NotNull @Amount BigDecimal project,
            @Schema(description = "项目支出 main content as published, e.g. 村级经费、离退休干部医药费等") @Size(max = 2000) String projectDescription,
            @Schema(description = "其他支出") @Amount BigDecimal other) {
    }

    @Schema(name = "ChangeFromLastYear", description = "比上年增减 of the total and each part; a part not mentioned is null")
    public record ChangeFromLastYear(
            @Valid Change total,
            @Valid Change basic,
            @Valid Change project,
            @Valid Change other) {
    }

    @Schema(name = "Change", description = "A stated change: positive for 增加, negative for 减少")
    public record Change(
            @Schema(required = true) @NotNull @SignedAmount BigDecimal amount,
            @Schema(description = "变化原因 as published") @Size(max = 2000) String reason) {
    }

    @Schema(name = "OperatingExpenses", description = "机关运行经费: the stated total and its items")
    public record OperatingExpenses(
            @Schema(required = true) @NotNull @Amount BigDecimal total,
            @Schema(description = "Items in published order (办公费, 邮电费 …)", required = true)
            @NotNull @Size(max = 500) List<@NotNull @Valid OperatingExpenseItem> items,
            @Schema(description = "The part as published: the paragraph stating the figures (…机关运行经费安排50.64万元，其中…), "
                    + "including what no field holds (a change against last year), or what a unit without operating expenses "
                    + "says instead (不涉及机关运行经费); null when not given", nullable = true)
            @Size(max = 5000) String statement) {
    }

    @Schema(name = "OperatingExpenseItem")
    public record OperatingExpenseItem(
            @Schema(required = true) @NotBlank @Size(max = 200) String name,
            @Schema(required = true) @NotNull @Amount BigDecimal amount) {
    }

    @Schema(name = "ThreePublicExpenses", description = "“三公”经费预算情况及增减变化原因: the rows and the published 合计 row")
    public record ThreePublicExpenses(
            @Schema(required = true) @NotNull @Size(max = 10) List<@NotNull @Valid ThreePublicRow> rows,
            @Schema(required = true) @NotNull @Valid ThreePublicTotal total) {
    }

    @Schema(name = "ThreePublicRow", description = "One row of the “三公” table")
    public record ThreePublicRow(
            @Schema(required = true) @NotNull ThreePublicCategory category,
            @Schema(description = "项目名称 as published, e.g. 因公出国经费", required = true) @NotBlank @Size(max = 200) String name,
            @Schema(description = "上年度预算", required = true) @NotNull @Amount BigDecimal previousYear,
            @Schema(description = "本年度预算", required = true) @NotNull @Amount BigDecimal currentYear,
            @Schema(description = "增减金额 as published (its sign may be wrong in the document)") @SignedAmount BigDecimal change,
            @Schema(description = "变化原因") @Size(max = 2000) String reason) {
    }

    @Schema(name = "ThreePublicTotal", description = "The 合计 row as published")
    public record ThreePublicTotal(
            @Schema(description = "Label as published, usually 合计") @Size(max = 200) String name,
            @Schema(required = true) @NotNull @Amount BigDecimal previousYear,
            @Schema(required = true) @NotNull @Amount BigDecimal currentYear,
            @SignedAmount BigDecimal change,
            @Size(max = 2000) String reason) {
    }

    @Schema(name = "GlossaryEntry", description = "名词解释")
    public record GlossaryEntry(
            @Schema(required = true) @NotBlank @Size(max = 200) String term,
            @Schema(required = true) @NotBlank @Size(max = 10000) String definition) {
    }
}
