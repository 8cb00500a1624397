package org.opendisclosure.gateway.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendisclosure.common.web.CsvWriter;
import org.opendisclosure.common.web.Page;
import org.opendisclosure.common.web.PageRequest;
import org.opendisclosure.common.web.PublicUris;
import org.opendisclosure.common.web.Representations;
import org.opendisclosure.common.web.TabularFormat;
import org.opendisclosure.common.web.TabularResponses;
import org.opendisclosure.gateway.service.DisclosureList;

@Path("/api/v1/fiscal-years/{year}/disclosures")
@Tag(name = "Disclosures", description = "部门预算信息公开: the whole disclosure of a department for a fiscal year, part by part")
public class DisclosureListResource {

    static final String UNAVAILABLE_HEADER = "X-Unavailable-Services";
    private static final CsvMapper CSV = new CsvMapper();

    private final DisclosureList list;
    private final Representations representations;
    private final PublicUris publicUris;

    public DisclosureListResource(DisclosureList list, Representations representations, PublicUris publicUris) {
        this.list = list;
        this.representations = representations;
        this.publicUris = publicUris;
    }

    /** The JSON answer: a page of rows with its totals, and the services that could not be read. */
    @Schema(name = "DisclosureListPage", description = "One page of the list: items, page (from 1), size, totalItems, "
            + "totalPages; and unavailableServices, the services that could not be read (their parts are unknown)")
    record DisclosureListPage(List<DisclosureList.Row> items, int page, int size, long totalItems, long totalPages,
                              List<DisclosureList.Unavailable> unavailableServices) {
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, TabularFormat.TEXT_CSV})
    @Operation(summary = "Every department's disclosure for a fiscal year, with each part's presence",
            description = "One row per department that has any part for the year, ordered by departmentId, with each of its "
                    + "parts present, absent or unknown (its service could not be read: the service is then listed in "
                    + "unavailableServices and in X-Unavailable-Services, and the answer is still 200). complete is true when "
                    + "every part is present. Read from every page of the services' lists for the year. JSON by default; "
                    + "CSV (UTF-8, header row, one column per part key) with Accept: text/csv or format=csv.")
    @APIResponse(responseCode = "200", description = "One page of rows",
            headers = {@Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "X-Total-Count", schema = @Schema(type = SchemaType.INTEGER)),
                    @Header(name = UNAVAILABLE_HEADER, description = "The services that could not be read, comma-separated",
                            schema = @Schema(type = SchemaType.STRING))},
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DisclosureListPage.class)),
                    @Content(mediaType = TabularFormat.TEXT_CSV, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    public Response list(@BeanParam YearAddress address, @BeanParam ListQuery query,
                         @Context HttpHeaders headers) {
        TabularFormat chosen = query.format();
        int year = address.year();
        PageRequest request = query.page();
        DisclosureList.Listing listing = list.list(year);
        Page<DisclosureList.Row> rowPage = Page.slice(listing.rows(), request);
        Response.ResponseBuilder builder;
        if (chosen == TabularFormat.CSV) {
            builder = Response.fromResponse(representations.conditional(headers, csv(rowPage.items()), CsvWriter.MEDIA_TYPE))
                    .header("Content-Disposition", "inline; filename=\"disclosures-" + year + "-page" + rowPage.page() + ".csv\"");
        } else {
            // As TabularResponses answers a page, with the unavailable services in the body as well.
            DisclosureListPage body = new DisclosureListPage(rowPage.items(), rowPage.page(), rowPage.size(), rowPage.totalItems(),
                    rowPage.totalPages(), listing.unavailableServices());
            builder = Response.fromResponse(representations.conditional(headers, representations.json(body),
                    MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")));
        }
        builder.header(TabularResponses.TOTAL_COUNT, rowPage.totalItems()).header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        List<String> links = links(rowPage);
        if (!links.isEmpty()) {
            builder.header("Link", String.join(", ", links));
        }
        return withUnavailable(builder.build(), listing.unavailableServices());
    }

    /** The rows flat, one column per part key, as CsvWriter writes records (UTF-8, header row). */
    private static byte[] csv(List<DisclosureList.Row> rows) {
        CsvSchema.Builder schema = CsvSchema.builder();
        DisclosureList.Row.columns().forEach(schema::addColumn);
        try {
            return CSV.writer(schema.build().withHeader()).writeValueAsBytes(rows.stream().map(DisclosureList.Row::flat).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("rows could not be written as CSV", e);
        }
    }

    /** The answer, naming in {@value #UNAVAILABLE_HEADER} the services whose year lists could not be read, if any. */
    static Response withUnavailable(Response response, List<DisclosureList.Unavailable> unavailable) {
        if (unavailable.isEmpty()) {
            return response;
        }
        return Response.fromResponse(response).header(UNAVAILABLE_HEADER,
                String.join(",", unavailable.stream().map(DisclosureList.Unavailable::service).toList())).build();
    }

    private List<String> links(Page<?> page) {
        List<String> links = new ArrayList<>();
        if (page.page() > 1) {
            links.add(link(1, "first"));
            links.add(link(Math.min(page.page() - 1, Math.max(page.totalPages(), 1)), "prev"));
        }
        if (page.page() < page.totalPages()) {
            links.add(link(page.page() + 1, "next"));
            links.add(link(page.totalPages(), "last"));
        }
        return links;
    }

    private String link(long page, String rel) {
        return "<" + publicUris.requestUriBuilder().replaceQueryParam("page", page).build() + ">; rel=\"" + rel + "\"";
    }
}
