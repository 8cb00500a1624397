package org.opendisclosure.gateway.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import answers: the disclosure read from the document, and what became of it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ImportResult", requiredProperties = {"departmentId", "fiscalYear", "departmentName", "outcome", "disclosure"})
public record ImportResult(
        @Schema(description = "e.g. 130624-203") String departmentId,
        int fiscalYear,
        @Schema(description = "部门名称 as the document gives it") String departmentName,
        @Schema(description = "dry-run: read and validated, nothing stored; imported: at least one part created or revised; "
                + "unchanged: every part was already stored as the document says (no revision added)",
                enumeration = {DRY_RUN, IMPORTED, UNCHANGED}) String outcome,
        @Schema(description = "Where the composed disclosure is (or would be) read, e.g. /api/v1/disclosures/130624-203/2020")
        String disclosure,
        @Schema(description = "What each service stored (absent in a dry run)") List<WriteReport.Part> parts,
        @Schema(description = "Dry run only: the disclosure read from the document, with the nine parts keyed as in "
                + "PUT /api/v1/disclosures/{departmentId}/{year}; absent when parts could not be read (see storableParts)",
                ref = "DisclosureDocument") ObjectNode document,
        @Schema(description = "Dry run only: what does not add up in the document (the consistency rules of every part "
                + "and across parts), as GET /api/v1/disclosures/{departmentId}/{year}/findings reports a stored one; absent "
                + "when parts could not be read") DisclosureFindings findings,
        @Schema(description = "With partial=true, when not every part could be stored: each part not stored (absent from "
                + "the disclosure as before) and why; parts lists the documents stored") List<NotStored> notStored,
        @Schema(description = "Dry run with partial=true of a document not read whole (instead of document): the parts that "
                + "would be stored, keyed and shaped as in document") ObjectNode storableParts,
        @Schema(description = "Absent in a dry run: the import's id") UUID importId,
        @Schema(description = "Absent in a dry run: the record of this import, e.g. /api/v1/imports/{importId}: who sent "
                + "the document, and for each part the revision it produced and the lines it was read from") String importRecord,
        @Schema(description = "Absent in a dry run: the document as received, byte for byte, e.g. "
                + "/api/v1/imports/{importId}/source (the latest import's is also under "
                + "/api/v1/disclosures/{departmentId}/{year}/source)") String source) {

    /** A part an import with partial=true did not store. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ImportNotStoredPart", requiredProperties = {"part", "reason"})
    public record NotStored(
            @Schema(description = "The part's key, e.g. summary") String part,
            @Schema(description = "Why, e.g. it could not be read (see problems), or it is stored together with a part that "
                    + "could not be") String reason,
            @Schema(description = "What could not be read in the part itself; absent when the part was read") List<DocumentProblem> problems) {
    }

    public static final String DRY_RUN = "dry-run";
    public static final String IMPORTED = "imported";
    public static final String UNCHANGED = "unchanged";
}
