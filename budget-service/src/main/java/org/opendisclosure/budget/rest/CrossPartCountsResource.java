package org.opendisclosure.budget.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendisclosure.budget.model.CrossPartCounts;
import org.opendisclosure.budget.service.CrossPartFindingsStore;
import org.opendisclosure.common.id.FiscalYear;
import org.opendisclosure.common.web.Page;
import org.opendisclosure.common.web.PageParams;
import org.opendisclosure.common.web.PageSchema;

/** A year's findings across parts as kept here for the gateway, counted per department. */
@Path("/api/v1/fiscal-years/{year}/cross-part-findings-counts")
@Tag(name = "Consistency")
public class CrossPartCountsResource {

    private final CrossPartFindingsStore store;

    public CrossPartCountsResource(CrossPartFindingsStore store) {
        this.store = store;
    }

    @Schema(name = "CrossPartFindingCountsPage", description = "One page of the counts: items, page (from 1), size, totalItems, totalPages")
    static final class CountsPage extends PageSchema<CrossPartCounts> {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every department's kept findings across parts of a fiscal year, counted by severity",
            description = "One item per department whose findings across parts are kept for the year, with what they were "
                    + "computed from; ordered by departmentId.")
    @APIResponse(responseCode = "200", description = "One page of counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CountsPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Page<CrossPartCounts> counts(
            @PathParam("year") @Parameter(description = "Fiscal year, 2000 to 2100",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100")) String year,
            @BeanParam PageParams page) {
        return store.counts(FiscalYear.parse("year", year), page.request());
    }
}
