package org.opendisclosure.procurement.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendisclosure.procurement.model.ProcurementLineRow;
import org.opendisclosure.procurement.model.ProcurementOverviewRow;
import org.opendisclosure.procurement.model.ProcurementTotalRow;

/**
 * Concrete shapes of the generic page for the OpenAPI document (annotations cannot name a
 * parameterised type). They describe, field for field, what {@code Page<T>} serialises to.
 */
final class ApiSchemas {

    private ApiSchemas() {
    }

    static final String PAGE_DESCRIPTION = "One page of the list: items, page (from 1), size, totalItems, totalPages";

    @Schema(name = "ProcurementLinePage", description = PAGE_DESCRIPTION)
    record ProcurementLinePage(List<ProcurementLineRow> items, int page, int size, long totalItems, long totalPages) {
    }

    @Schema(name = "ProcurementTotalPage", description = PAGE_DESCRIPTION)
    record ProcurementTotalPage(List<ProcurementTotalRow> items, int page, int size, long totalItems, long totalPages) {
    }

    @Schema(name = "ProcurementOverviewPage", description = PAGE_DESCRIPTION)
    record ProcurementOverviewPage(List<ProcurementOverviewRow> items, int page, int size, long totalItems, long totalPages) {
    }
}
