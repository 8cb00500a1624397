package org.opendisclosure.budget.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendisclosure.budget.model.UnitRow;
import org.opendisclosure.budget.service.OrganizationService;
import org.opendisclosure.common.web.DepartmentListParams;
import org.opendisclosure.common.web.PageSchema;
import org.opendisclosure.common.web.TabularFormat;
import org.opendisclosure.common.web.TabularListApi;
import org.opendisclosure.common.web.TabularResponses;

@Path("/api/v1/fiscal-years/{year}/units")
@Tag(name = "Analysts")
public class UnitListResource {

    @Schema(name = "UnitPage", description = "One page of units: items, page (from 1), size, totalItems, totalPages")
    static final class UnitPage extends PageSchema<UnitRow> {
    }

    private final OrganizationService service;
    private final TabularResponses tabular;

    public UnitListResource(OrganizationService service, TabularResponses tabular) {
        this.service = service;
        this.tabular = tabular;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, TabularFormat.TEXT_CSV, TabularFormat.SPREADSHEET})
    @Operation(operationId = "listUnits", summary = "The units (机构) of every department's part 一 for a fiscal year",
            description = "One row per unit of each department's current part 一, in the published order: 序号, 单位名称, 单位性质, "
                    + "单位规格, 经费保障形式. Filter by division code prefix; sort by departmentId (the default), departmentName, "
                    + "unitName or nature (prefix - for descending). JSON by default; CSV with Accept: text/csv or format=csv, "
                    + "XLSX with format=xlsx; the whole list as one file with download=true.")
    @Extension(name = TabularListApi.MARK, value = "true")
    @APIResponse(responseCode = "200", description = "One page of rows", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = UnitPage.class)))
    public Response list(@BeanParam DepartmentListParams list,
                         @Parameter(description = "Sort key; prefix with - for descending", schema = @Schema(ref = "UnitSort"))
                         @QueryParam("sort") String sort) {
        return tabular.list(list, UnitRow.class, "units", (year, page) -> service.units(year, list.divisionPrefix(), sort, page));
    }
}
