package org.opendisclosure.performance.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendisclosure.performance.model.PerformanceOverviewRow;
import org.opendisclosure.performance.model.ProjectRow;
import org.opendisclosure.performance.model.ProjectView;

/**
 * Concrete shapes of the generic page for the OpenAPI document (annotations cannot name a
 * parameterised type). They describe, field for field, what {@code Page<T>} serialises to.
 */
final class ApiSchemas {

    private ApiSchemas() {
    }

    static final String PAGE_DESCRIPTION = "One page of the list: items, page (from 1), size, totalItems, totalPages";

    @Schema(name = "ProjectPage", description = PAGE_DESCRIPTION)
    record ProjectPage(List<ProjectView> items, int page, int size, long totalItems, long totalPages) {
    }

    @Schema(name = "ProjectRowPage", description = PAGE_DESCRIPTION)
    record ProjectRowPage(List<ProjectRow> items, int page, int size, long totalItems, long totalPages) {
    }

    @Schema(name = "PerformanceOverviewPage", description = PAGE_DESCRIPTION)
    record PerformanceOverviewPage(List<PerformanceOverviewRow> items, int page, int size, long totalItems, long totalPages) {
    }
}
