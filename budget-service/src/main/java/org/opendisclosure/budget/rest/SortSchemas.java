package org.opendisclosure.budget.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.opendisclosure.budget.repository.BudgetRepository;
import org.opendisclosure.budget.repository.DepartmentRepository;
import org.opendisclosure.budget.repository.DrillDownRepository;
import org.opendisclosure.budget.repository.OrganizationRepository;
import org.opendisclosure.common.web.SortKeys;

/** The values each list's {@code sort} takes, from the repositories' own sort declarations. */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class SortSchemas implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        BudgetRepository.OVERVIEW_SORTS.document(openAPI, "BudgetOverviewSort");
        DepartmentRepository.SORTS.document(openAPI, "DepartmentSort");
        OrganizationRepository.UNIT_SORTS.document(openAPI, "UnitSort");
        SortKeys.document(openAPI, "ThreePublicDrillDownSort",
                DrillDownRepository.THREE_PUBLIC_ITEM_SORTS, DrillDownRepository.THREE_PUBLIC_DEPARTMENT_SORTS);
        SortKeys.document(openAPI, "OperatingItemDrillDownSort",
                DrillDownRepository.OPERATING_ITEM_SORTS, DrillDownRepository.OPERATING_DEPARTMENT_SORTS);
    }
}
