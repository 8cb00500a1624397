package org.opendisclosure.gateway.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendisclosure.common.web.ColumnTitles;
import org.opendisclosure.common.web.CsvWriter;
import org.opendisclosure.common.web.XlsxWriter;
import org.opendisclosure.common.web.Page;
import org.opendisclosure.common.web.PageRequest;
import org.opendisclosure.common.web.TabularFormat;
import org.opendisclosure.common.web.TabularListApi;
import org.opendisclosure.common.web.TabularResponses;
import org.opendisclosure.common.web.YearListParams;
import org.opendisclosure.gateway.parts.Part;
import org.opendisclosure.gateway.service.DisclosureList;

@Path("/api/v1/fiscal-years/{year}/disclosures")
@Tag(name = "Disclosures", description = "部门预算信息公开: the whole disclosure of a department for a fiscal year, part by part")
public class DisclosureListResource {

    static final String UNAVAILABLE_HEADER = "X-Unavailable-Services";

    private final DisclosureList list;
    private final TabularResponses tabular;

    public DisclosureListResource(DisclosureList list, TabularResponses tabular) {
        this.list = list;
        this.tabular = tabular;
    }

    /** The JSON answer: a page of rows with its totals, and the services that could not be read. */
    @Schema(name = "DisclosureListPage", description = "One page of the list: items, page (from 1), size, totalItems, "
            + "totalPages; and unavailableServices, the services that could not be read (their parts are unknown)")
    record DisclosureListPage(List<DisclosureList.Row> items, int page, int size, long totalItems, long totalPages,
                              List<DisclosureList.Unavailable> unavailableServices) {
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, TabularFormat.TEXT_CSV, TabularFormat.SPREADSHEET})
    @Operation(summary = "Every department's disclosure for a fiscal year, with each part's presence",
            description = "One row per department that has any part for the year, ordered by departmentId, with each of its "
                    + "parts present, absent or unknown (its service could not be read: the service is then listed in "
                    + "unavailableServices and in X-Unavailable-Services, and the answer is still 200). complete is true when "
                    + "every part is present. Read from every page of the services' lists for the year. JSON by default; "
                    + "CSV (UTF-8, header row, one column per part key) with Accept: text/csv or format=csv.")
    @Extension(name = TabularListApi.MARK, value = "true")
    @APIResponse(responseCode = "200", description = "One page of rows",
            headers = @Header(name = UNAVAILABLE_HEADER, description = "The services that could not be read, comma-separated",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DisclosureListPage.class)))
    public Response list(@BeanParam YearListParams list) {
        TabularFormat format = list.format();
        ColumnTitles titles = list.titles();
        int year = list.fiscalYear();
        PageRequest request = list.request();
        DisclosureList.Listing listing = this.list.list(year);
        if (list.download()) {
            // Gathered from every service before the answer starts, so sent as it is held rather than streamed.
            return withUnavailable(tabular.attachment(format, table(format, listing.rows(), titles, "disclosures-" + year),
                    "disclosures-" + year), listing.unavailableServices());
        }
        Page<DisclosureList.Row> rows = Page.slice(listing.rows(), request);
        // As TabularResponses answers a page, with the unavailable services in the JSON body as well.
        return withUnavailable(tabular.page(list.headers(), list.uri(), format, rows,
                () -> new DisclosureListPage(rows.items(), rows.page(), rows.size(), rows.totalItems(), rows.totalPages(),
                        listing.unavailableServices()),
                table -> table(table, rows.items(), titles, "disclosures-" + year), "disclosures-" + year), listing.unavailableServices());
    }

    /** The rows flat, one column per part key, as CsvWriter writes records; a part's Chinese title is its heading in the document. */
    private static byte[] table(TabularFormat format, List<DisclosureList.Row> rows, ColumnTitles titles, String name) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (String column : DisclosureList.Row.columns()) {
            columns.put(column, titles.title(column));
        }
        if (titles == ColumnTitles.ZH) {
            Arrays.stream(Part.values()).forEach(part -> columns.put(part.key(), part.title()));
        }
        List<Map<String, Object>> flat = rows.stream().map(DisclosureList.Row::flat).toList();
        return format == TabularFormat.XLSX ? XlsxWriter.write(columns, flat, name) : CsvWriter.write(columns, flat);
    }

    /** The answer, naming in {@value #UNAVAILABLE_HEADER} the services whose year lists could not be read, if any. */
    static Response withUnavailable(Response response, List<DisclosureList.Unavailable> unavailable) {
        if (unavailable.isEmpty()) {
            return response;
        }
        return Response.fromResponse(response).header(UNAVAILABLE_HEADER,
                String.join(",", unavailable.stream().map(DisclosureList.Unavailable::service).toList())).build();
    }
}
