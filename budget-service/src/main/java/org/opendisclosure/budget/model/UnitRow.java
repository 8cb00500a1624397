package org.opendisclosure.budget.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UnitRow", description = "One unit (机构) of a department's part 一 of a fiscal year (its current revision), "
        + "as published; also a CSV row")
@JsonPropertyOrder({"departmentId", "divisionCode", "departmentCode", "departmentName", "fiscalYear", "revision", "position",
        "sequence", "unitCode", "unitName", "nature", "rank", "fundingForm"})
public record UnitRow(
        String departmentId,
        String divisionCode,
        String departmentCode,
        @Schema(description = "As that year's part 一 names the department") String departmentName,
        int fiscalYear,
        int revision,
        @Schema(description = "The unit's place in the published table, from 0") int position,
        @Schema(description = "序号 as published", nullable = true) Integer sequence,
        @Schema(description = "单位编码, where the document gives one", nullable = true) String unitCode,
        @Schema(description = "单位名称") String unitName,
        @Schema(description = "单位性质, e.g. 行政, 事业, 参公", nullable = true) String nature,
        @Schema(description = "单位规格, e.g. 正科级", nullable = true) String rank,
        @Schema(description = "经费保障形式, e.g. 财政拨款", nullable = true) String fundingForm) {

    /** As the query selects it: the fiscal year is a smallint. */
    public UnitRow(String departmentId, String divisionCode, String departmentCode, String departmentName, short fiscalYear,
                   int revision, int position, Integer sequence, String unitCode, String unitName, String nature, String rank,
                   String fundingForm) {
        this(departmentId, divisionCode, departmentCode, departmentName, (int) fiscalYear, revision, position, sequence, unitCode,
                unitName, nature, rank, fundingForm);
    }
}
