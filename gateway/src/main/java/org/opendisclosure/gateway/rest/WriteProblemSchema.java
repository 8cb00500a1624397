package org.opendisclosure.gateway.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendisclosure.gateway.service.WriteReport;

/** The 503 of a whole-disclosure write, for the OpenAPI document (the gateway builds it as a JSON tree). */
@Schema(name = "DisclosureWriteProblem", requiredProperties = {"type", "title", "status"},
        description = "RFC 9457 problem details of a whole-disclosure write that a service kept from completing. "
                + "type " + WriteProblems.NOT_VALIDATED_TYPE + ": a service could not validate its parts, nothing was written, "
                + "unvalidated names them. type " + WriteProblems.PARTIALLY_WRITTEN_TYPE + ": every part was valid but a "
                + "service failed while writing; parts says which were stored. Either way, send the same disclosure again: "
                + "stored parts are reported unchanged and the rest is stored.")
record WriteProblemSchema(
        @Schema(description = "URI identifying the kind of problem",
                enumeration = {WriteProblems.NOT_VALIDATED_TYPE, WriteProblems.PARTIALLY_WRITTEN_TYPE}) String type,
        String title,
        @Schema(description = "HTTP status code") int status,
        @Schema(description = "What was and was not stored, for a human") String detail,
        @Schema(description = "The request path") String instance,
        @Schema(description = "Not validated: the documents whose service could not validate them")
        List<WriteReport.Unvalidated> unvalidated,
        @Schema(description = "Partially written: the department") String departmentId,
        @Schema(description = "Partially written: the fiscal year") Integer fiscalYear,
        @Schema(description = "Partially written: where the composed disclosure is read") String disclosure,
        @Schema(description = "Partially written: what became of each document, as in a successful write's report")
        List<WriteReport.Part> parts,
        @Schema(description = "Partially written: false, the write is not recorded as completed and the disclosure reads as "
                + "incomplete until the same disclosure is sent again") Boolean completed) {
}
