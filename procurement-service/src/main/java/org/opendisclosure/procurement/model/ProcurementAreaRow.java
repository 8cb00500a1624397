package org.opendisclosure.procurement.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProcurementAreaRow", description = "The government procurement budgets (六) of the departments of one area in a fiscal year, from each department's current revision (万元, exact); also a CSV row")
@JsonPropertyOrder({"fiscalYear", "level", "divisionCode", "departments", "withProcurement", "statedTotal", "statedTotalDepartments"})
public record ProcurementAreaRow(
        int fiscalYear,
        @Schema(enumeration = {"province", "city", "county"}) String level,
        @Schema(description = "行政区划代码 of the area: its first 2 (province), 4 (city) or 6 (county) digits", example = "130624")
        String divisionCode,
        @Schema(description = "Departments with the part in the area that year") long departments,
        @Schema(description = "How many of them have a procurement budget (the others state 无政府采购预算)") long withProcurement,
        @Schema(description = "Sum of the totals stated in the text (万元), of statedTotalDepartments departments; null when none states one",
                nullable = true) BigDecimal statedTotal,
        @Schema(description = "How many departments state a total: those the sum holds") long statedTotalDepartments) {
}
