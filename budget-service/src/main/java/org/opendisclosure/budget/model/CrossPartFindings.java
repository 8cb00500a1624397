package org.opendisclosure.budget.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendisclosure.common.consistency.Finding;

/** The findings across parts of one disclosure as the gateway computed them, and from what. */
@Schema(name = "CrossPartFindings", requiredProperties = {"fingerprint", "findings"})
public record CrossPartFindings(
        @NotNull @Size(min = 1, max = 2000)
        @Schema(description = "What they were computed from (the rules and each part's revision), as the gateway writes it; "
                + "the gateway counts them only while it still matches") String fingerprint,
        @NotNull @Size(max = 10000, message = "at most 10000 findings") List<@Valid @NotNull Finding> findings) {
}
