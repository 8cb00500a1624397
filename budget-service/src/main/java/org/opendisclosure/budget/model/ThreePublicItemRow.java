package org.opendisclosure.budget.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ThreePublicItemRow", description = "One row of the “三公” table summed over the departments of a fiscal year "
        + "(their current revisions): exact sums of the figures as published (万元); also a CSV row")
@JsonPropertyOrder({"category", "label", "departments", "previousYear", "currentYear", "change", "departmentsStatingChange"})
public record ThreePublicItemRow(
        @Schema(required = true) ThreePublicCategory category,
        @Schema(description = "The row's usual heading, e.g. 公务接待费 (each department's own wording is in by=department)", required = true)
        String label,
        @Schema(description = "Number of departments publishing the row", required = true) long departments,
        @Schema(description = "Sum of 上年度预算", required = true) BigDecimal previousYear,
        @Schema(description = "Sum of 本年度预算", required = true) BigDecimal currentYear,
        @Schema(description = "Sum of 增减金额 as published (signs as published); null when no department states one", nullable = true)
        BigDecimal change,
        @Schema(description = "Number of departments whose row states 增减金额", required = true) long departmentsStatingChange) {

    /** As the query groups it: the label is the category's. */
    public ThreePublicItemRow(ThreePublicCategory category, long departments, BigDecimal previousYear, BigDecimal currentYear,
                              BigDecimal change, long departmentsStatingChange) {
        this(category, category.label(), departments, previousYear, currentYear, change, departmentsStatingChange);
    }
}
