package org.opendisclosure.budget.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendisclosure.budget.model.DepartmentSummary;
import org.opendisclosure.budget.model.DepartmentView;
import org.opendisclosure.budget.service.DepartmentService;
import org.opendisclosure.common.web.DepartmentAddress;
import org.opendisclosure.common.web.TabularListParams;
import org.opendisclosure.common.web.Representations;
import org.opendisclosure.common.web.TabularFormat;
import org.opendisclosure.common.web.TabularResponses;

@Path("/api/v1/departments")
@Tag(name = "Departments", description = "部门职责及机构设置 (part 一): departments, and their duties and units per fiscal year, with revisions")
public class DepartmentResource {

    private final DepartmentService service;
    private final Representations representations;
    private final TabularResponses tabular;

    public DepartmentResource(DepartmentService service, Representations representations, TabularResponses tabular) {
        this.service = service;
        this.representations = representations;
        this.tabular = tabular;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, TabularFormat.TEXT_CSV, TabularFormat.SPREADSHEET})
    @Operation(summary = "List and search departments",
            description = "Paged. Filter by division code prefix (130624 for 阜平县, 1306 for all of 保定市) and by a fragment of the name. "
                    + "JSON by default; CSV with Accept: text/csv or format=csv; every department matching as one CSV file "
                    + "with download=true.")
    @APIResponse(responseCode = "200", description = "One page of departments",
            headers = {@Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "X-Total-Count", schema = @Schema(type = SchemaType.INTEGER))},
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiSchemas.DepartmentPage.class)),
                    @Content(mediaType = TabularFormat.TEXT_CSV, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = TabularFormat.SPREADSHEET, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    public Response list(@BeanParam DepartmentSearch search, @BeanParam TabularListParams list) {
        return tabular.list(list, DepartmentSummary.class, "departments", page -> service.search(search.filter(), search.sort(), page));
    }

    @GET
    @Path("/{departmentId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read a department",
            description = "Its identity, the name and division name of its latest year's part 一 and the fiscal years it has part 一 "
                    + "for; each year's duties and units are at /api/v1/departments/{departmentId}/organization/{year}.")
    @APIResponse(responseCode = "200", description = "The department",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DepartmentView.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@BeanParam DepartmentAddress address, @Context HttpHeaders headers) {
        return representations.ok(headers, service.get(address.id()));
    }
}
