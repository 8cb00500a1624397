package org.opendisclosure.procurement.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProcurementDepartmentTotalRow", description = "The sum of one department's matching lines (its current revision) for one "
        + "catalogue code or category, computed from the published lines (万元); also a CSV row. A column no line fills is null.")
@JsonPropertyOrder({"departmentId", "divisionCode", "departmentCode", "departmentName", "fiscalYear", "revision", "key", "category",
        "lines", "amount", "departmentBudget", "generalPublicBudget", "governmentFund", "fiscalSpecialAccount", "otherSources",
        "otherChannels"})
public record ProcurementDepartmentTotalRow(
        String departmentId,
        String divisionCode,
        String departmentCode,
        @Schema(nullable = true) String departmentName,
        int fiscalYear,
        int revision,
        @Schema(description = "The catalogue code (groupBy=catalogueCode) or category (groupBy=category); null groups lines published without a code",
                nullable = true)
        String key,
        @Schema(description = "The category of the group; null for lines published without a code", nullable = true) ProcurementCategory category,
        @Schema(description = "Number of the department's lines summed") long lines,
        BigDecimal amount,
        BigDecimal departmentBudget,
        BigDecimal generalPublicBudget,
        BigDecimal governmentFund,
        BigDecimal fiscalSpecialAccount,
        BigDecimal otherSources,
        BigDecimal otherChannels) {

    /** Grouped by category: the key is the category itself. */
    public ProcurementDepartmentTotalRow(String departmentId, String divisionCode, String departmentCode, String departmentName,
                                         int fiscalYear, int revision, ProcurementCategory key, ProcurementCategory category, long lines,
                                         BigDecimal amount, BigDecimal departmentBudget, BigDecimal generalPublicBudget,
                                         BigDecimal governmentFund, BigDecimal fiscalSpecialAccount, BigDecimal otherSources,
                                         BigDecimal otherChannels) {
        this(departmentId, divisionCode, departmentCode, departmentName, fiscalYear, revision, key == null ? null : key.name(), category,
                lines, amount, departmentBudget, generalPublicBudget, governmentFund, fiscalSpecialAccount, otherSources, otherChannels);
    }
}
