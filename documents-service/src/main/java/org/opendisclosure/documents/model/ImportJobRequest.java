package org.opendisclosure.documents.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A bulk import of documents kept already as sources. */
@Schema(name = "ImportJobRequest", description = "The documents of a bulk import, each kept already (PUT /api/v1/sources/{sha256}), "
        + "and what applies to all of them", requiredProperties = {"documents"})
public record ImportJobRequest(
        @Schema(description = "The documents, imported in this order", minItems = 1, maxItems = ImportJobRequest.MAX_DOCUMENTS)
        @NotNull @Size(min = 1, max = MAX_DOCUMENTS) List<@Valid @NotNull Document> documents,
        @Schema(description = "行政区划代码 of every document that names neither its own division nor department") String division,
        @Schema(description = "The department id of every document that names neither its own division nor department")
        String department,
        @Schema(description = "行政区划名称 to store for every document that names none of its own") String divisionName,
        @Schema(description = "true: store the parts that were read of a document not read whole", defaultValue = "false")
        Boolean partial,
        @Schema(description = "true: read and check each document, store nothing", defaultValue = "false") Boolean dryRun) {

    public static final int MAX_DOCUMENTS = 20000;

    @Schema(name = "ImportJobRequestDocument", requiredProperties = {"source"})
    public record Document(
            @Schema(description = "SHA-256 of a kept source, 64 lowercase hex digits") @NotNull String source,
            @Schema(description = "The file's name, as the import records it") String fileName,
            @Schema(description = "行政区划代码 of this document, e.g. 130624") String division,
            @Schema(description = "The department id of this document, e.g. 130624-203") String department,
            @Schema(description = "行政区划名称 to store for this document") String divisionName) {
    }

    public boolean isPartial() {
        return Boolean.TRUE.equals(partial);
    }

    public boolean isDryRun() {
        return Boolean.TRUE.equals(dryRun);
    }
}
