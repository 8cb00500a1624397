package org.opendisclosure.procurement.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendisclosure.common.web.PageSchema;
import org.opendisclosure.procurement.model.ProcurementAreaRow;
import org.opendisclosure.procurement.model.ProcurementDepartmentTotalRow;
import org.opendisclosure.procurement.model.ProcurementLineRow;
import org.opendisclosure.procurement.model.ProcurementOverviewRow;
import org.opendisclosure.procurement.model.ProcurementTotalRow;

/** The pages of this service's lists, for the OpenAPI document (see {@link PageSchema}). */
final class ApiSchemas {

    private ApiSchemas() {
    }

    @Schema(name = "ProcurementLinePage", description = PageSchema.DESCRIPTION)
    static final class ProcurementLinePage extends PageSchema<ProcurementLineRow> {
    }

    @Schema(name = "ProcurementTotalPage", description = PageSchema.DESCRIPTION)
    static final class ProcurementTotalPage extends PageSchema<ProcurementTotalRow> {
    }

    @Schema(name = "ProcurementDepartmentTotalPage", description = PageSchema.DESCRIPTION)
    static final class ProcurementDepartmentTotalPage extends PageSchema<ProcurementDepartmentTotalRow> {
    }

    @Schema(name = "ProcurementOverviewPage", description = PageSchema.DESCRIPTION)
    static final class ProcurementOverviewPage extends PageSchema<ProcurementOverviewRow> {
    }

    @Schema(name = "ProcurementAreaPage", description = PageSchema.DESCRIPTION)
    static final class ProcurementAreaPage extends PageSchema<ProcurementAreaRow> {
    }
}
