package org.opendisclosure.store;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendisclosure.common.id.DepartmentId;
import org.opendisclosure.common.id.FiscalYear;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.common.problem.ProblemType;
import org.opendisclosure.common.web.Page;
import org.opendisclosure.common.web.PageParams;
import org.opendisclosure.common.web.PageSchema;

/**
 * {@code GET /api/v1/fiscal-years/{year}/findings-counts} of a service: its {@link KeptFindings}
 * counted per department, for the gateway's summary of a year.
 */
@Path("/api/v1/fiscal-years/{year}/findings-counts")
@Tag(name = "Consistency")
public class KeptFindingsResource {

    private final KeptFindings kept;

    public KeptFindingsResource(KeptFindings kept) {
        this.kept = kept;
    }

    @Schema(name = "KeptFindingCountsPage", description = "One page of the counts: items, page (from 1), size, totalItems, totalPages")
    static final class CountsPage extends PageSchema<KeptCounts> {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every department's findings of a fiscal year in this service, counted by severity",
            description = "The findings of each part's current revision at tolerance 0, kept when the revision was written, "
                    + "summed over the department's parts in this service; one item per department with any part of the year, "
                    + "ordered by departmentId (or only the department asked for). 503 while the service, just started under new rules, is still computing them.")
    @APIResponse(responseCode = "200", description = "One page of counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CountsPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Page<KeptCounts> counts(
            @PathParam("year") @Parameter(description = "Fiscal year, 2000 to 2100",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100")) String year,
            @QueryParam("departmentId") @Parameter(description = "Only this department's counts, e.g. 130624-203",
                    schema = @Schema(type = SchemaType.STRING, pattern = DepartmentId.PATTERN)) String departmentId,
            @BeanParam PageParams page) {
        int fiscalYear = FiscalYear.parse("year", year);
        DepartmentId department = departmentId == null ? null : DepartmentId.parse("departmentId", departmentId);
        if (!kept.current()) {
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE,
                    "The findings of the stored revisions are being computed under the present rules; try again shortly");
        }
        return kept.counts(fiscalYear, department, page.request());
    }
}
