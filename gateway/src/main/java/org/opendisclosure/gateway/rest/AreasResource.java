package org.opendisclosure.gateway.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendisclosure.common.web.AreaParams.AreaQuery;
import org.opendisclosure.common.web.AreaParams;
import org.opendisclosure.common.web.ColumnTitles;
import org.opendisclosure.common.web.CsvWriter;
import org.opendisclosure.common.web.XlsxWriter;
import org.opendisclosure.common.web.Page;
import org.opendisclosure.common.web.PageRequest;
import org.opendisclosure.common.web.TabularFormat;
import org.opendisclosure.common.web.TabularListApi;
import org.opendisclosure.common.web.TabularListParams;
import org.opendisclosure.common.web.TabularResponses;
import org.opendisclosure.common.web.YearRange;
import org.opendisclosure.common.web.YearRangeParams;
import org.opendisclosure.gateway.service.AreaRollups;
import org.opendisclosure.gateway.service.DisclosureList;

/** Every part's headline figures summed by area across years; {@link YearAreasResource} is the same for one year. */
@Path("/api/v1/areas")
@Tag(name = "Analysts", description = "Figures across departments and areas, for comparison; JSON or CSV")
public class AreasResource {

    static final String DESCRIPTION = "Each service sums its part by area in its database (budget: revenue, expenditure and its "
            + "parts, operating expenses, the “三公” totals; performance: projects and their budget; procurement: the stated totals; "
            + "assets: fixed assets, buildings' area, vehicles); the rows are joined by fiscal year and division code, each with the "
            + "number of departments every part has there (0: none there). A service that cannot be read is named in "
            + "unavailableServices and X-Unavailable-Services, its parts in unavailableParts, its figures and departments null; "
            + "the answer is still 200. " + AreaParams.DESCRIPTION;

    private final AreaRollups areas;
    private final TabularResponses tabular;

    public AreasResource(AreaRollups areas, TabularResponses tabular) {
        this.areas = areas;
        this.tabular = tabular;
    }

    /** The JSON answer: a page of rows with its totals, and what could not be read. */
    @Schema(name = "AreaPage", description = "One page of the list: items, page (from 1), size, totalItems, totalPages; "
            + "unavailableParts, the numbers of the parts (2 to 7) whose service could not be read, and unavailableServices, those services")
    record AreaPage(List<AreaRollups.AreaRow> items, int page, int size, long totalItems, long totalPages,
                    List<Integer> unavailableParts, List<DisclosureList.Unavailable> unavailableServices) {
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, TabularFormat.TEXT_CSV, TabularFormat.SPREADSHEET})
    @Operation(operationId = "listAreas", summary = "Every part's headline figures summed by area, year by year",
            description = "For every fiscal year from fromYear to toYear (both optional, inclusive). " + DESCRIPTION)
    @Extension(name = TabularListApi.MARK, value = "true")
    @APIResponse(responseCode = "200", description = "One page of rows",
            headers = @Header(name = DisclosureListResource.UNAVAILABLE_HEADER,
                    description = "The services that could not be read, comma-separated", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AreaPage.class)))
    public Response list(@BeanParam YearRangeParams list, @BeanParam AreaParams area) {
        return answer(tabular, areas, list, list.range(), area.query());
    }

    /** Every input read before any service is asked, so a bad one costs no call. */
    static Response answer(TabularResponses tabular, AreaRollups areas, TabularListParams list, YearRange years, AreaQuery area) {
        TabularFormat format = list.format();
        ColumnTitles titles = list.titles();
        String name = "areas-" + years.label();
        PageRequest request = list.request();
        AreaRollups.Listing listing = areas.of(years, area);
        if (list.download()) {
            return DisclosureListResource.withUnavailable(tabular.download(format, titles, AreaRollups.AreaRow.class, name,
                    whole -> Page.slice(listing.rows(), whole)), listing.unavailableServices());
        }
        Page<AreaRollups.AreaRow> rows = Page.slice(listing.rows(), request);
        return DisclosureListResource.withUnavailable(tabular.page(list.headers(), list.uri(), format, rows,
                () -> new AreaPage(rows.items(), rows.page(), rows.size(), rows.totalItems(), rows.totalPages(),
                        listing.unavailableParts(), listing.unavailableServices()),
                table -> table == TabularFormat.XLSX ? XlsxWriter.write(AreaRollups.AreaRow.class, rows.items(), titles, name)
                        : CsvWriter.write(AreaRollups.AreaRow.class, rows.items(), titles), name), listing.unavailableServices());
    }
}
