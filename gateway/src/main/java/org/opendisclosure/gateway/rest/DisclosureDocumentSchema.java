package org.opendisclosure.gateway.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shape of a whole disclosure sent to the gateway, for the OpenAPI document. The gateway
 * passes each part to its service as it came (a JSON tree), so the parts' own schemas are the
 * services'; they are named here, not repeated.
 */
@Schema(name = "DisclosureDocument", additionalProperties = Schema.False.class,
        description = "部门预算信息公开: all nine parts of a department's disclosure for a fiscal year, keyed as in the parts of "
                + "the composed disclosure. Each part is exactly what its service's write takes (the content of that part in a "
                + "composed disclosure can be sent back as it is). Every key is required; no other key is accepted.",
        requiredProperties = {"organization", "summary", "operatingExpenses", "threePublicExpenses", "performance",
                "procurement", "assets", "glossary", "otherNotes"})
record DisclosureDocumentSchema(
        @Schema(description = "一 部门职责及机构设置: budget-service's department document (PUT /api/v1/departments/{departmentId})",
                type = SchemaType.OBJECT) Object organization,
        @Schema(description = "二 部门预算安排的总体情况: summary of budget-service's budget document (PUT /api/v1/departments/{departmentId}/budgets/{year})",
                type = SchemaType.OBJECT) Object summary,
        @Schema(description = "三 机关运行经费: operatingExpenses of the budget document", type = SchemaType.OBJECT) Object operatingExpenses,
        @Schema(description = "四 “三公”经费: threePublicExpenses of the budget document", type = SchemaType.OBJECT) Object threePublicExpenses,
        @Schema(description = "五 预算绩效信息: performance-service's document (PUT /api/v1/departments/{departmentId}/performance/{year})",
                type = SchemaType.OBJECT) Object performance,
        @Schema(description = "六 政府采购预算: procurement-service's document (PUT /api/v1/departments/{departmentId}/procurement/{year})",
                type = SchemaType.OBJECT) Object procurement,
        @Schema(description = "七 国有资产: assets-service's document (PUT /api/v1/departments/{departmentId}/assets/{year})",
                type = SchemaType.OBJECT) Object assets,
        @Schema(description = "八 名词解释: glossary of the budget document, in published order") List<Object> glossary,
        @Schema(description = "九 其他需说明的事项: otherNotes of the budget document, as published") String otherNotes) {
}
