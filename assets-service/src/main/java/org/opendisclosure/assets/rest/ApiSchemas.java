package org.opendisclosure.assets.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendisclosure.assets.model.AssetsAreaRow;
import org.opendisclosure.assets.model.AssetsOverviewRow;
import org.opendisclosure.common.web.PageSchema;

/** The pages of this service's lists, for the OpenAPI document (see {@link PageSchema}). */
final class ApiSchemas {

    private ApiSchemas() {
    }

    @Schema(name = "AssetsOverviewPage", description = PageSchema.DESCRIPTION)
    static final class AssetsOverviewPage extends PageSchema<AssetsOverviewRow> {
    }

    @Schema(name = "AssetsAreaPage", description = PageSchema.DESCRIPTION)
    static final class AssetsAreaPage extends PageSchema<AssetsAreaRow> {
    }
}
