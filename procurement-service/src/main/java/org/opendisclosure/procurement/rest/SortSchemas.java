package org.opendisclosure.procurement.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.opendisclosure.common.web.SortKeys;
import org.opendisclosure.procurement.repository.ProcurementRepository;
import org.opendisclosure.procurement.repository.ProcurementRepository.GroupBy;

/** The values each list's {@code sort} takes, from the repositories' own sort declarations. */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class SortSchemas implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        ProcurementRepository.OVERVIEW_SORTS.document(openAPI, "ProcurementOverviewSort");
        ProcurementRepository.LINE_SORTS.document(openAPI, "ProcurementLineSort");
        // The keys are the same whatever the lines are grouped by.
        GroupBy any = GroupBy.values()[0];
        SortKeys.document(openAPI, "ProcurementTotalSort",
                ProcurementRepository.totalSorts(any), ProcurementRepository.departmentTotalSorts(any));
    }
}
