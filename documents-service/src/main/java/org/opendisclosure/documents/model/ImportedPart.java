package org.opendisclosure.documents.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import made of one part of the document. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ImportedPart", requiredProperties = {"key", "status"})
public record ImportedPart(
        @Schema(description = "The part's key in a disclosure, e.g. summary") @NotNull @Pattern(regexp = "^[a-zA-Z]{1,40}$") String key,
        @Schema(description = "The service that stores it, e.g. budget-service") @Size(max = 60) String service,
        @Schema(description = "created: its document's first revision; revised: a new revision; unchanged: already stored as "
                + "the document says (revision names the one it matches); not-stored: not stored (reason says why)",
                enumeration = {CREATED, REVISED, UNCHANGED, NOT_STORED})
        @NotNull @Pattern(regexp = "^(" + CREATED + "|" + REVISED + "|" + UNCHANGED + "|" + NOT_STORED + ")$") String status,
        @Schema(description = "The revision of its document it produced or matched; absent when not stored")
        @Min(1) @Max(Integer.MAX_VALUE) Integer revision,
        @Schema(description = "Why it was not stored") @Size(max = 2000) String reason,
        @Schema(description = "The lines of the source it was read from; absent when its heading was not found") @Valid SourceLines lines) {

    public static final String CREATED = "created";
    public static final String REVISED = "revised";
    public static final String UNCHANGED = "unchanged";
    public static final String NOT_STORED = "not-stored";
}
