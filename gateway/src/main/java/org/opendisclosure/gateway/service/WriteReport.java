package org.opendisclosure.gateway.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What became of each document of a disclosure sent to the gateway. */
@Schema(name = "DisclosureWriteReport", description = "What a whole-disclosure write stored, document by document",
        requiredProperties = {"departmentId", "fiscalYear", "disclosure", "parts", "completed"})
public record WriteReport(
        @Schema(description = "e.g. 130624-203") String departmentId,
        int fiscalYear,
        @Schema(description = "Where the composed disclosure is read, e.g. /api/v1/disclosures/130624-203/2020") String disclosure,
        @Schema(description = "The documents in the order they are written, part 一's first")
        List<Part> parts,
        @Schema(description = "true when every document is stored and the write is recorded as completed; false: the "
                + "disclosure reads as incomplete (incompleteWrite) until the same disclosure is sent again")
        boolean completed) {

    public static final String CREATED = "created";
    public static final String REVISED = "revised";
    public static final String UNCHANGED = "unchanged";
    public static final String FAILED = "failed";

    static boolean allStored(Collection<Part> parts) {
        return parts.stream().noneMatch(p -> FAILED.equals(p.status()));
    }

    @Schema(name = "DisclosureWritePart", description = "One document a service stores, made of one or more parts of the disclosure",
            requiredProperties = {"keys", "service", "resource", "status"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Part(
            @Schema(description = "The disclosure's keys the document is made of: one part's, or the five of budget-service's budget")
            List<String> keys,
            @Schema(description = "The service that stores it") String service,
            @Schema(description = "The service's path for the document (also reachable through the gateway), with its revisions below it")
            String resource,
            @Schema(description = "created: first revision; revised: a new revision; unchanged: equal to the current revision, "
                    + "none added; failed: not stored (see reason)", enumeration = {CREATED, REVISED, UNCHANGED, FAILED})
            String status,
            @Schema(description = "The document's current revision, when stored") Integer revision,
            @Schema(description = "Why it was not stored") String reason) {
    }

    /** A document whose service could not say whether it is valid. */
    @Schema(name = "UnvalidatedDocument", description = "A document whose service could not validate it",
            requiredProperties = {"keys", "service", "reason"})
    public record Unvalidated(
            @Schema(description = "The disclosure's keys the document is made of") List<String> keys,
            String service,
            @Schema(description = "Why it could not be validated, e.g. a service did not answer in time") String reason) {
    }
}
