package org.opendisclosure.common.consistency;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a finding is: the part, the JSON path of the figure in that part's document, and the row or project a reader knows it by. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "FindingLocation")
public record Location(
        @Schema(description = "The part of the composed disclosure, e.g. threePublicExpenses", required = true) String part,
        @Schema(description = "JSON path of the checked value inside the part's document, e.g. rows[3].change", required = true) String path,
        @Schema(description = "The row as published (its label or name), when the finding is about a table row", nullable = true) String row,
        @Schema(description = "The project code, when the finding is about a project", nullable = true) String projectCode) {

    public static Location of(String part, String path) {
        return new Location(part, path, null, null);
    }

    public Location row(String label) {
        return new Location(part, path, label, projectCode);
    }

    public Location project(String code) {
        return new Location(part, path, row, code);
    }
}
