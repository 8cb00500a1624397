package org.opendisclosure.performance.model;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ParsedTarget", description = "The 指标值 read as comparison, number and unit, derived by the service from target: "
        + "≥039件 is GE 39 件, ≤5% is LE 5 %, 2部 is EQ 2 部, 100 is EQ 100. Null when the target is not of that shape "
        + "(每月发放, 全县所有单位, 逐年改善).")
public record ParsedTarget(
        @Schema(required = true) Comparison comparison,
        @Schema(description = "The number as written, without leading zeros", required = true) BigDecimal value,
        @Schema(description = "What follows the number (%, 件, 部, 个, 次 …), or null for a bare number") String unit) {
}
