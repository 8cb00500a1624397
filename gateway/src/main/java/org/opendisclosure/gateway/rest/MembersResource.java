package org.opendisclosure.gateway.rest;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendisclosure.common.members.MemberListParams;
import org.opendisclosure.common.members.MemberPage;
import org.opendisclosure.common.web.PublicUris;
import org.opendisclosure.common.web.Representations;
import org.opendisclosure.common.web.TabularFormat;
import org.opendisclosure.gateway.parts.MemberDimension;

/**
 * The dimensions of the suite and, for each, the values it takes: listed here from
 * {@link MemberDimension}, answered by the service that keeps the part the dimension belongs to,
 * passed through as it answers.
 */
@Path("/api/v1/members")
@Tag(name = "Analysts", description = "Across departments: drill-downs and the values of each dimension")
public class MembersResource {

    private final Representations representations;
    private final PublicUris publicUris;
    private final PassThrough passThrough;

    public MembersResource(Representations representations, PublicUris publicUris, PassThrough passThrough) {
        this.representations = representations;
        this.publicUris = publicUris;
        this.passThrough = passThrough;
    }

    @Schema(name = "Dimension", description = "A dimension whose values /api/v1/members/{dimension} lists")
    record DimensionRow(
            @Schema(description = "Its key in the path, e.g. divisions", required = true) String dimension,
            @Schema(description = "What it is, in the document's words", required = true) String title,
            @Schema(description = "The key of the part it belongs to, as in a composed disclosure (organization, performance …)", required = true)
            String part,
            @Schema(description = "The number of that part, 1 to 9 (一 to 九)", required = true) int partNumber,
            @Schema(description = "The service that answers for it, e.g. budget-service", required = true) String service,
            @Schema(description = "Where its values are, under the public address", required = true) String href) {
    }

    @Schema(name = "DimensionList")
    record DimensionList(@Schema(required = true) List<DimensionRow> items) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listDimensions", summary = "The dimensions whose values the suite lists",
            description = "Every dimension (divisions, unit-natures, economic-classes, indicator-categories, catalogue-codes) with "
                    + "the part it belongs to, the service that answers for it and the link to its values.")
    @APIResponse(responseCode = "200", description = "The dimensions",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DimensionList.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    public Response dimensions(@Context HttpHeaders headers) {
        return representations.ok(headers, new DimensionList(Arrays.stream(MemberDimension.values())
                .map(d -> new DimensionRow(d.key(), d.title(), d.part().key(), d.part().number(), d.downstream().service(),
                        publicUris.resolve("/api/v1/members/" + d.key()).toString()))
                .toList()));
    }

    @GET
    @Path("/{dimension}")
    @Produces({MediaType.APPLICATION_JSON, TabularFormat.TEXT_CSV, TabularFormat.SPREADSHEET})
    @Operation(operationId = "listMembers", summary = "The values a dimension takes, with counts",
            description = "Of the current revisions of one fiscal year (fiscalYear), or of every year: each value (a division code "
                    + "with its name, a unit nature, an economic class, an indicator category under its parent, a catalogue code with "
                    + "its item name and category) with the number of departments and of rows that carry it. Answered by the "
                    + "service that keeps the dimension's part (see GET /api/v1/members); paged, JSON by default, CSV with "
                    + "Accept: text/csv or format=csv. An unknown dimension is a 404 naming the known ones; a service that cannot "
                    + "answer, a 503 with Retry-After.")
    @Parameter(name = "dimension", in = ParameterIn.PATH, required = true, schema = @Schema(enumeration = {
            "divisions", "unit-natures", "economic-classes", "indicator-categories", "catalogue-codes"}))
    @APIResponse(responseCode = "200", description = "One page of values",
            headers = {@Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "X-Total-Count", schema = @Schema(type = SchemaType.INTEGER))},
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberPage.class)),
                    @Content(mediaType = TabularFormat.TEXT_CSV, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = TabularFormat.SPREADSHEET, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public Uni<Response> members(@BeanParam MemberListParams params, @Context HttpServerRequest request, @Context HttpHeaders headers) {
        // Checked here so that an unknown one names every dimension of the suite, not those of one service.
        params.dimension(MemberDimension.class);
        return passThrough.get(request, headers);
    }
}
