package org.opendisclosure.common.consistency;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One consistency rule of the catalogue. Its id is stable: clients filter and count findings by
 * it, so an id is never reused for a different check.
 */
@Schema(name = "Rule", description = "A consistency rule: what it checks, how serious a failure is, and which parts it reads")
public record Rule(
        @Schema(description = "Stable identifier, e.g. summary.expenditure-total", required = true) String id,
        @Schema(required = true) Severity severity,
        @Schema(description = "The rule in Chinese", required = true) String descriptionZh,
        @Schema(description = "The rule in English", required = true) String descriptionEn,
        @Schema(description = "The parts of the composed disclosure the rule reads (organization, summary, operatingExpenses, "
                + "threePublicExpenses, performance, procurement, assets)", required = true) List<String> parts) {

    public Rule {
        parts = List.copyOf(parts);
    }

    public static Rule of(String id, Severity severity, String zh, String en, String... parts) {
        return new Rule(id, severity, zh, en, List.of(parts));
    }
}
