package org.opendisclosure.procurement.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProcurementTotalRow", description = "The sum of the matching lines of every department's current revision for one "
        + "catalogue code or category, computed from the published lines (万元); also a CSV row. A column no line fills is null.")
@JsonPropertyOrder({"key", "category", "lines", "departments", "amount", "departmentBudget", "generalPublicBudget",
        "governmentFund", "fiscalSpecialAccount", "otherSources", "otherChannels"})
public record ProcurementTotalRow(
        @Schema(description = "The catalogue code (groupBy=catalogueCode) or category (groupBy=category); null groups lines published without a code")
        String key,
        @Schema(description = "The category of the group; null for lines published without a code", nullable = true) ProcurementCategory category,
        @Schema(description = "Number of lines summed") long lines,
        @Schema(description = "Number of departments with such lines") long departments,
        BigDecimal amount,
        BigDecimal departmentBudget,
        BigDecimal generalPublicBudget,
        BigDecimal governmentFund,
        BigDecimal fiscalSpecialAccount,
        BigDecimal otherSources,
        BigDecimal otherChannels) {

    /** Grouped by category: the key is the category itself. */
    public ProcurementTotalRow(ProcurementCategory key, ProcurementCategory category, long lines, long departments,
                               BigDecimal amount, BigDecimal departmentBudget, BigDecimal generalPublicBudget,
                               BigDecimal governmentFund, BigDecimal fiscalSpecialAccount, BigDecimal otherSources,
                               BigDecimal otherChannels) {
        this(key == null ? null : key.name(), category, lines, departments, amount, departmentBudget, generalPublicBudget,
                governmentFund, fiscalSpecialAccount, otherSources, otherChannels);
    }
}
