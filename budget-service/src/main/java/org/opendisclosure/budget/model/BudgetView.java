package org.opendisclosure.budget.model;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Budget", description = "A department's budget for a fiscal year at one revision: the document as written, with its identity and revision")
public record BudgetView(
        @Schema(description = "e.g. 130624-203") String departmentId,
        int fiscalYear,
        @Schema(description = "Revision number, from 1") int revision,
        OffsetDateTime revisedAt,
        BudgetDocument.Summary summary,
        BudgetDocument.OperatingExpenses operatingExpenses,
        BudgetDocument.ThreePublicExpenses threePublicExpenses,
        List<BudgetDocument.GlossaryEntry> glossary,
        String otherNotes) {
}
