package org.opendisclosure.gateway.rest;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The shape of a composed disclosure, for the OpenAPI document (the gateway builds it as a JSON tree). */
@Schema(name = "Disclosure", description = "部门预算信息公开: a department's disclosure for a fiscal year, composed from the services")
record DisclosureSchema(
        String departmentId,
        int fiscalYear,
        @Schema(description = "部门名称, when part 一 is available", nullable = true) String departmentName,
        @Schema(description = "e.g. 中共阜平县委组织部2020年部门预算信息公开", nullable = true) String title,
        @Schema(description = "true when every part is available and the last whole write of the disclosure completed")
        boolean complete,
        @Schema(description = "Present when the last whole write stopped before every part was stored: the disclosure may mix "
                + "its parts with older ones until the same disclosure is sent again") IncompleteWrite incompleteWrite,
        @Schema(description = "Numbers of the parts not published") List<Integer> absentParts,
        @Schema(description = "Numbers of the parts whose service could not answer") List<Integer> unavailableParts,
        @Schema(description = "The parts in the document's order") List<PartSchema> parts) {

    @Schema(name = "IncompleteWrite", description = "A whole write of the disclosure that stopped half way")
    record IncompleteWrite(
            OffsetDateTime startedAt,
            @Schema(description = "The subject of the writer's token", nullable = true) String writtenBy,
            @Schema(description = "The part keys the write was to store") List<String> parts,
            String detail) {
    }

    @Schema(name = "DisclosurePart", description = "One part of the disclosure")
    record PartSchema(
            @Schema(description = "Its number in the document (1 for 一)") int part,
            @Schema(description = "The part's key, as in a disclosure sent to the gateway") String key,
            @Schema(description = "The part's heading in the document") String title,
            @Schema(description = "The service that owns the part") String service,
            @Schema(enumeration = {"available", "absent", "unavailable"}) String status,
            @Schema(description = "Why the part is unavailable", nullable = true) String reason,
            @Schema(description = "The revision of the part served", nullable = true) Integer revision,
            @Schema(nullable = true) OffsetDateTime revisedAt,
            @Schema(description = "The part exactly as its service holds it (object, array or text)", nullable = true,
                    type = SchemaType.OBJECT) Object content) {
    }
}
