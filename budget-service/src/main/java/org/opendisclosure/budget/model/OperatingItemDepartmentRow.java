package org.opendisclosure.budget.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OperatingItemDepartmentRow", description = "One item of one department's 机关运行经费 of a fiscal year (its current "
        + "revision), as published (万元); also a CSV row")
@JsonPropertyOrder({"departmentId", "divisionCode", "departmentCode", "departmentName", "fiscalYear", "revision", "position",
        "item", "amount", "operatingTotal"})
public record OperatingItemDepartmentRow(
        String departmentId,
        String divisionCode,
        String departmentCode,
        String departmentName,
        int fiscalYear,
        int revision,
        @Schema(description = "The item's place in the published list, from 0") int position,
        @Schema(description = "The item's name as published") String item,
        BigDecimal amount,
        @Schema(description = "The department's stated 机关运行经费 total") BigDecimal operatingTotal) {
}
