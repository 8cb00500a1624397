package org.opendisclosure.budget.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendisclosure.budget.model.BudgetOverviewRow;
import org.opendisclosure.budget.model.BudgetYear;
import org.opendisclosure.budget.model.DepartmentSummary;

/**
 * Concrete shapes of the generic page for the OpenAPI document (annotations cannot name a
 * parameterised type). They describe, field for field, what {@code Page<T>} serialises to.
 */
final class ApiSchemas {

    private ApiSchemas() {
    }

    static final String PAGE_DESCRIPTION = "One page of the list: items, page (from 1), size, totalItems, totalPages";

    @Schema(name = "DepartmentPage", description = PAGE_DESCRIPTION)
    record DepartmentPage(List<DepartmentSummary> items, int page, int size, long totalItems, long totalPages) {
    }

    @Schema(name = "BudgetYearPage", description = PAGE_DESCRIPTION)
    record BudgetYearPage(List<BudgetYear> items, int page, int size, long totalItems, long totalPages) {
    }

    @Schema(name = "BudgetOverviewPage", description = PAGE_DESCRIPTION)
    record BudgetOverviewPage(List<BudgetOverviewRow> items, int page, int size, long totalItems, long totalPages) {
    }
}
