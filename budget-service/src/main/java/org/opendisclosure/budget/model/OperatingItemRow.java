package org.opendisclosure.budget.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OperatingItemRow", description = "One item of 机关运行经费 (办公费, 邮电费 …, as named in the documents) summed over the "
        + "departments of a fiscal year (their current revisions): the exact sum of the amounts as published (万元); also a CSV row")
@JsonPropertyOrder({"item", "departments", "occurrences", "amount"})
public record OperatingItemRow(
        @Schema(description = "The item's name as published", required = true) String item,
        @Schema(description = "Number of departments listing the item", required = true) long departments,
        @Schema(description = "Number of items of that name (a department may list a name twice)", required = true) long occurrences,
        @Schema(description = "Sum of the amounts", required = true) BigDecimal amount) {
}
