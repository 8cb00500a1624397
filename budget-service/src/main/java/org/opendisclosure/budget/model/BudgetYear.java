package org.opendisclosure.budget.model;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BudgetYear", description = "A fiscal year for which a department's budget is stored")
public record BudgetYear(int fiscalYear, int revision, OffsetDateTime revisedAt) {
}
