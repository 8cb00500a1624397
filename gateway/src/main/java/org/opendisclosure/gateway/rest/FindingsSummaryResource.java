package org.opendisclosure.gateway.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.Comparator;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendisclosure.common.consistency.ToleranceParam;
import org.opendisclosure.common.web.Page;
import org.opendisclosure.common.web.PageRequest;
import org.opendisclosure.common.web.PageSchema;
import org.opendisclosure.common.web.TabularFormat;
import org.opendisclosure.common.web.TabularListApi;
import org.opendisclosure.common.web.TabularResponses;
import org.opendisclosure.common.web.YearListParams;
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
    @Produces({MediaType.APPLICATION_JSON, TabularFormat.TEXT_CSV, TabularFormat.SPREADSHEET})
    @Operation(summary = "For analysts: every department's findings of a fiscal year, counted by severity",
            description = "One row per department with any part published for the year: the number of findings of each severity "
                    + "and in all, as GET /api/v1/disclosures/{departmentId}/{year}/findings reports them. At tolerance 0 (the "
                    + "default) the counts are those kept with the data, so a large year answers in a few reads and is right as "
                    + "soon as a write is answered: each service keeps its parts' findings as it stores each revision, and the "
                    + "findings across parts are kept after every write through the gateway. Another tolerance checks every "
                    + "disclosure on the request, which takes time in proportion to the year's departments (503 past the "
                    + "configured deadline). Sortable (sort=-error "
                    + "for the most errors first; ties by departmentId), paged, JSON by default or CSV (Accept: text/csv or "
                    + "format=csv). checked is false for a department whose parts a service could not check; services whose "
                    + "year lists could not be read are named in X-Unavailable-Services.")
    @Extension(name = TabularListApi.MARK, value = "true")
    @APIResponse(responseCode = "200", description = "One page of rows",
            headers = @Header(name = DisclosureListResource.UNAVAILABLE_HEADER, description = "The services that could not be read, "
                    + "comma-separated", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SummaryPage.class)))
    public Response counts(
            @BeanParam YearListParams list,
            @Parameter(description = "departmentId, error, warning, info or total; prefix - for descending (default departmentId)",
                    schema = @Schema(ref = "FindingsSummarySort"))
            @QueryParam("sort") String sort,
            @BeanParam ToleranceParam tolerance) {
        int year = list.fiscalYear();
        Comparator<FindingsSummary.Row> order = FindingsSummary.Sort.parse(sort);
        BigDecimal allowed = tolerance.value();
        // Gathered from every service before the answer starts: a download of it is the whole list held, not a stream.
        FindingsSummary.Listing[] listing = new FindingsSummary.Listing[1];
        Response response = tabular.list(list, FindingsSummary.Row.class, "findings-" + year, request -> {
            if (listing[0] == null) {
                listing[0] = findingsSummary.byDepartment(year, allowed, order);
            }
            return Page.slice(listing[0].rows(), request);
        });
        return DisclosureListResource.withUnavailable(response, listing[0].unavailableServices());
    }
}
