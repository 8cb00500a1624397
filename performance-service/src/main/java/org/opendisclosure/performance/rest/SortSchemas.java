package org.opendisclosure.performance.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.opendisclosure.common.web.SortKeys;
import org.opendisclosure.performance.repository.DrillDownRepository;
import org.opendisclosure.performance.repository.PerformanceRepository;
import org.opendisclosure.performance.repository.ProjectRepository;

/** The values each list's {@code sort} takes, from the repositories' own sort declarations. */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class SortSchemas implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        PerformanceRepository.OVERVIEW_SORTS.document(openAPI, "PerformanceOverviewSort");
        ProjectRepository.SEARCH_SORTS.document(openAPI, "ProjectSort");
        ProjectRepository.INDICATOR_SORTS.document(openAPI, "IndicatorSort");
        SortKeys.document(openAPI, "IndicatorDrillDownSort", DrillDownRepository.ITEM_SORTS, DrillDownRepository.DEPARTMENT_SORTS);
    }
}
