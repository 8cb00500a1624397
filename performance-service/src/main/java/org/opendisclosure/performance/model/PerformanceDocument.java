package org.opendisclosure.performance.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendisclosure.common.money.Amount;

/**
 * Part 五 of a department's disclosure for one fiscal year as written by a client: the
 * department-wide goals and every project's table, in published order. Figures in 万元 and
 * percentages are stored exactly as given, whether or not they add up.
 */
@Schema(name = "PerformanceDocument", description = "第五部分 预算绩效信息: 部门整体绩效目标 and 预算项目绩效目标 (one table per project), as published. "
        + "Amounts in 万元 and percentages exactly as published; a blank cell is null.")
public record PerformanceDocument(
        @Schema(description = "部门整体绩效目标", required = true)
        @NotNull @Valid DepartmentGoals departmentGoals,
        @Schema(description = "预算项目绩效目标: the project tables in published order; empty when the department has none", required = true)
        @NotNull @Size(max = 2000) List<@NotNull @Valid Project> projects) {

    @Schema(name = "DepartmentGoals", description = "部门整体绩效目标: each section an ordered list of paragraphs as published (may be empty)")
    public record DepartmentGoals(
            @Schema(description = "一、总体绩效目标", required = true)
            @NotNull @Size(max = 500) List<@NotBlank @Size(max = 20000) String> overall,
            @Schema(description = "二、分项绩效目标", required = true)
            @NotNull @Size(max = 500) List<@NotBlank @Size(max = 20000) String> itemized,
            @Schema(description = "三、工作保障措施", required = true)
            @NotNull @Size(max = 500) List<@NotBlank @Size(max = 20000) String> safeguards) {
    }

    @Schema(name = "ProjectDocument", description = "One 项目绩效目标表 as published")
    public record Project(
            @Schema(description = "项目编码, e.g. 203-0401-YXN-X52V; unique within the part", required = true)
            @NotBlank @Size(max = 64)
            @Pattern(regexp = "[0-9A-Za-z][0-9A-Za-z.-]*", message = "must be letters, digits, '-' and '.' only, e.g. 203-0401-YXN-X52V")
            String code,
            @Schema(description = "项目名称", required = true)
            @NotBlank @Size(max = 500) String name,
            @Schema(description = "The implementing unit named above the table (e.g. 203002 中国共产党阜平县委员会组织部)", required = true)
            @NotNull @Valid Unit unit,
            @Schema(description = "预算规模", required = true)
            @NotNull @Valid Budget budget,
            @Schema(description = "资金用途, as published")
            @Size(max = 20000) String purpose,
            @Schema(description = "资金支出计划（%）: cumulative share spent by the end of each month named; a blank cell is null", required = true)
            @NotNull @Valid SpendingPlan spendingPlan,
            @Schema(description = "绩效目标: the paragraphs of the goals cell, in published order", required = true)
            @NotNull @Size(max = 200) List<@NotBlank @Size(max = 20000) String> goals,
            @Schema(description = "The indicator rows in published order (一级指标 → 二级指标 → 三级指标); may be empty", required = true)
            @NotNull @Size(max = 1000) List<@NotNull @Valid Indicator> indicators) {
    }

    @Schema(name = "ImplementingUnit", description = "预算单位: code and name as published")
    public record Unit(
            @Schema(description = "单位编码, e.g. 203002")
            @Size(max = 32) @Pattern(regexp = "[0-9A-Za-z]+", message = "must be letters and digits only") String code,
            @Schema(description = "单位名称, e.g. 中国共产党阜平县委员会组织部", required = true)
            @NotBlank @Size(max = 500) String name) {
    }

    @Schema(name = "ProjectBudget", description = "预算规模 (万元): 预算数, of which 财政资金 and 其他资金; a blank cell is null")
    public record Budget(
            @Schema(description = "预算数", required = true) @NotNull @Amount BigDecimal total,
            @Schema(description = "其中：财政资金") @Amount BigDecimal fiscalFunds,
            @Schema(description = "其他资金") @Amount BigDecimal otherFunds) {
    }

    @Schema(name = "SpendingPlan", description = "资金支出计划（%）: cumulative percent of the budget spent by the end of the month; a blank cell is null")
    public record SpendingPlan(
            @Schema(description = "3月底") @Percent BigDecimal endOfMarch,
            @Schema(description = "6月底") @Percent BigDecimal endOfJune,
            @Schema(description = "10月底") @Percent BigDecimal endOfOctober,
            @Schema(description = "12月底") @Percent BigDecimal endOfDecember) {
    }

    @Schema(name = "IndicatorDocument", description = "One row of the indicator table. level1 is given on every row, "
            + "also where the published table leaves the 一级指标 cell blank because it continues the row above.")
    // Derived by the service from target; accepted and ignored, so what a client read it can write back.
    @JsonIgnoreProperties(value = {"parsedTarget"})
    public record Indicator(
            @Schema(description = "一级指标, e.g. 产出指标, 效果指标, 满意度指标", required = true)
            @NotBlank @Size(max = 200) String level1,
            @Schema(description = "二级指标, e.g. 数量指标, 质量指标, 时效指标, 社会效益指标, 服务对象满意度指标", required = true)
            @NotBlank @Size(max = 200) String level2,
            @Schema(description = "三级指标", required = true)
            @NotBlank @Size(max = 2000) String level3,
            @Schema(description = "绩效指标描述")
            @Size(max = 5000) String description,
            @Schema(description = "指标值 exactly as published: ≥95, 100, 2部, ≥039件, 每月发放 or any text")
            @Size(max = 2000) String target,
            @Schema(description = "指标值确定依据")
            @Size(max = 2000) String basis) {
    }
}
