package org.opendisclosure.budget.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendisclosure.budget.model.BudgetAreaRow;
import org.opendisclosure.budget.model.BudgetOverviewRow;
import org.opendisclosure.budget.model.BudgetYear;
import org.opendisclosure.budget.model.DepartmentSummary;
import org.opendisclosure.budget.model.OperatingItemDepartmentRow;
import org.opendisclosure.budget.model.OperatingItemRow;
import org.opendisclosure.budget.model.ThreePublicDepartmentRow;
import org.opendisclosure.budget.model.ThreePublicItemRow;
import org.opendisclosure.common.web.PageSchema;

/** The pages of this service's lists, for the OpenAPI document (see {@link PageSchema}). */
final class ApiSchemas {

    private ApiSchemas() {
    }

    @Schema(name = "DepartmentPage", description = PageSchema.DESCRIPTION)
    static final class DepartmentPage extends PageSchema<DepartmentSummary> {
    }

    @Schema(name = "BudgetYearPage", description = PageSchema.DESCRIPTION)
    static final class BudgetYearPage extends PageSchema<BudgetYear> {
    }

    @Schema(name = "BudgetOverviewPage", description = PageSchema.DESCRIPTION)
    static final class BudgetOverviewPage extends PageSchema<BudgetOverviewRow> {
    }

    @Schema(name = "BudgetAreaPage", description = PageSchema.DESCRIPTION)
    static final class BudgetAreaPage extends PageSchema<BudgetAreaRow> {
    }

    @Schema(name = "ThreePublicItemPage", description = PageSchema.DESCRIPTION)
    static final class ThreePublicItemPage extends PageSchema<ThreePublicItemRow> {
    }

    @Schema(name = "ThreePublicDepartmentPage", description = PageSchema.DESCRIPTION)
    static final class ThreePublicDepartmentPage extends PageSchema<ThreePublicDepartmentRow> {
    }

    @Schema(name = "OperatingItemPage", description = PageSchema.DESCRIPTION)
    static final class OperatingItemPage extends PageSchema<OperatingItemRow> {
    }

    @Schema(name = "OperatingItemDepartmentPage", description = PageSchema.DESCRIPTION)
    static final class OperatingItemDepartmentPage extends PageSchema<OperatingItemDepartmentRow> {
    }
}
