package org.opendisclosure.common.consistency;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A rule that a published disclosure fails, with enough to check it by hand: the figures read,
 * what was expected and what is published. {@code expected} and {@code actual} are text so that a
 * rule about a sign, a missing reason or a name can say what it found; for arithmetic rules they
 * are the exact decimals, and {@code difference} is actual − expected.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Finding")
public record Finding(
        @Schema(description = "Id of the rule in the catalogue", required = true) String rule,
        @Schema(required = true) Severity severity,
        @Schema(required = true) Location location,
        @Schema(description = "The published figures the rule read, by name, exactly as published (null: an empty cell)",
                required = true) Map<String, BigDecimal> figures,
        @Schema(description = "What the rule expects, e.g. 1120.05 or \"a reason\"", required = true) String expected,
        @Schema(description = "What is published (null: an empty cell)", required = true, nullable = true) String actual,
        @Schema(description = "actual − expected, for arithmetic rules", nullable = true) BigDecimal difference,
        @Schema(description = "The finding in Chinese", required = true) String messageZh,
        @Schema(description = "The finding in English", required = true) String messageEn) {

    public Finding {
        figures = figures == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }
}
