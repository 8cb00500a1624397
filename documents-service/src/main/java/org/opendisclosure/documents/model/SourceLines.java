package org.opendisclosure.documents.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where in a source a part was read. */
@Schema(name = "SourceLines", description = "The lines of the source a part was read from, numbered as in the text the "
        + "parser read (for a text document its own lines), and for a Word or PDF file where the first and last of them are",
        requiredProperties = {"firstLine", "lastLine"})
public record SourceLines(
        @Schema(description = "The line of the part's heading", minimum = "1") @NotNull @Min(1) @Max(10_000_000) Integer firstLine,
        @Schema(description = "Its last line", minimum = "1") @NotNull @Min(1) @Max(10_000_000) Integer lastLine,
        @Schema(description = "Where the first line is in a Word or PDF file, e.g. page 3 or table 2, row 1, cell 1; absent for a text")
        @Size(max = 200) String firstLocation,
        @Schema(description = "Where the last line is in a Word or PDF file; absent for a text") @Size(max = 200) String lastLocation) {
}
