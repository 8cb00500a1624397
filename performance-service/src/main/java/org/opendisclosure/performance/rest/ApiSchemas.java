package org.opendisclosure.performance.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendisclosure.common.web.PageSchema;
import org.opendisclosure.performance.model.IndicatorCategoryDepartmentRow;
import org.opendisclosure.performance.model.IndicatorCategoryRow;
import org.opendisclosure.performance.model.PerformanceAreaRow;
import org.opendisclosure.performance.model.PerformanceOverviewRow;
import org.opendisclosure.performance.model.IndicatorRow;
import org.opendisclosure.performance.model.ProjectRow;
import org.opendisclosure.performance.model.ProjectView;

/** The pages of this service's lists, for the OpenAPI document (see {@link PageSchema}). */
final class ApiSchemas {

    private ApiSchemas() {
    }

    @Schema(name = "ProjectPage", description = PageSchema.DESCRIPTION)
    static final class ProjectPage extends PageSchema<ProjectView> {
    }

    @Schema(name = "IndicatorRowPage", description = PageSchema.DESCRIPTION)
    static final class IndicatorRowPage extends PageSchema<IndicatorRow> {
    }

    @Schema(name = "ProjectRowPage", description = PageSchema.DESCRIPTION)
    static final class ProjectRowPage extends PageSchema<ProjectRow> {
    }

    @Schema(name = "PerformanceOverviewPage", description = PageSchema.DESCRIPTION)
    static final class PerformanceOverviewPage extends PageSchema<PerformanceOverviewRow> {
    }

    @Schema(name = "PerformanceAreaPage", description = PageSchema.DESCRIPTION)
    static final class PerformanceAreaPage extends PageSchema<PerformanceAreaRow> {
    }

    @Schema(name = "IndicatorCategoryPage", description = PageSchema.DESCRIPTION)
    static final class IndicatorCategoryPage extends PageSchema<IndicatorCategoryRow> {
    }

    @Schema(name = "IndicatorCategoryDepartmentPage", description = PageSchema.DESCRIPTION)
    static final class IndicatorCategoryDepartmentPage extends PageSchema<IndicatorCategoryDepartmentRow> {
    }
}
