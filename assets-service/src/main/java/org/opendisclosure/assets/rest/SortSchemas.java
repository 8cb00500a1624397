package org.opendisclosure.assets.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.opendisclosure.assets.repository.AssetsRepository;

/** The values each list's {@code sort} takes, from the repositories' own sort declarations. */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class SortSchemas implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        AssetsRepository.OVERVIEW_SORTS.document(openAPI, "AssetsOverviewSort");
    }
}
