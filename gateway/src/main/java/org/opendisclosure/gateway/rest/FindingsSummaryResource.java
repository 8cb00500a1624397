package org.opendisclosure.gateway.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendisclosure.common.web.Page;
import org.opendisclosure.common.web.PageRequest;
import org.opendisclosure.common.web.PageSchema;
import org.opendisclosure.common.web.TabularFormat;
import org.opendisclosure.common.web.TabularResponses;
import org.opendisclosure.gateway.service.FindingsSummary;

@Path("/api/v1/fiscal-years/{year}/findings")
@Tag(name = "Consistency checks")
public class FindingsSummaryResource {

    private final FindingsSummary findingsSummary;
    private final TabularResponses tabular;

    public FindingsSummaryResource(FindingsSummary findingsSummary, TabularResponses tabular) {
        this.findingsSummary = findingsSummary;
        this.tabular = tabular;
    }

    @Schema(name = "FindingsSummaryPage", description = "One page of the counts: items, page (from 1), size, totalItems, totalPages")
    static final class SummaryPage extends PageSchema<FindingsSummary.Row> {
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, TabularFormat.TEXT_CSV})
    @Operation(summary = "For analysts: every department's findings of a fiscal year, counted by severity",
            description = "One row per department with any part published for the year: the number of findings of each severity "
                    + "and in all, as GET /api/v1/disclosures/{departmentId}/{year}/findings reports them. Sortable (sort=-error "
                    + "for the most errors first; ties by departmentId), paged, JSON by default or CSV (Accept: text/csv or "
                    + "format=csv). checked is false for a department whose parts a service could not check; services whose "
                    + "year lists could not be read are named in X-Unavailable-Services.")
    @APIResponse(responseCode = "200", description = "One page of rows",
            headers = {@Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "X-Total-Count", schema = @Schema(type = SchemaType.INTEGER)),
                    @Header(name = DisclosureListResource.UNAVAILABLE_HEADER, description = "The services that could not be read, "
                            + "comma-separated", schema = @Schema(type = SchemaType.STRING))},
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SummaryPage.class)),
                    @Content(mediaType = TabularFormat.TEXT_CSV, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    public Response counts(
            @BeanParam YearAddress address,
            @Parameter(description = "departmentId, error, warning, info or total; prefix - for descending (default departmentId)")
            @QueryParam("sort") String sort,
            @BeanParam ToleranceQuery tolerance,
            @BeanParam ListQuery list,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        TabularFormat chosen = list.format();
        int year = address.year();
        Comparator<FindingsSummary.Row> order = FindingsSummary.Sort.parse(sort);
        PageRequest request = list.page();
        FindingsSummary.Listing listing = findingsSummary.byDepartment(year, tolerance.tolerance(), order);
        Page<FindingsSummary.Row> rowPage = Page.slice(listing.rows(), request);
        return DisclosureListResource.withUnavailable(
                tabular.page(headers, uri, chosen, rowPage, FindingsSummary.Row.class, "findings-" + year),
                listing.unavailableServices());
    }
}
