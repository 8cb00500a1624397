package org.opendisclosure.assets.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendisclosure.assets.model.AssetsOverviewRow;

/**
 * Concrete shapes of the generic page for the OpenAPI document (annotations cannot name a
 * parameterised type). They describe, field for field, what {@code Page<T>} serialises to.
 */
final class ApiSchemas {

    private ApiSchemas() {
    }

    static final String PAGE_DESCRIPTION = "One page of the list: items, page (from 1), size, totalItems, totalPages";

    @Schema(name = "AssetsOverviewPage", description = PAGE_DESCRIPTION)
    record AssetsOverviewPage(List<AssetsOverviewRow> items, int page, int size, long totalItems, long totalPages) {
    }
}
