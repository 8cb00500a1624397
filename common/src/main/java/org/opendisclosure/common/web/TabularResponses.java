package org.opendisclosure.common.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Answers a paged list as JSON (the page with its totals) or CSV (the page's rows with a header
 * row), each with its ETag, the total in {@code X-Total-Count} and RFC 8288 links to the
 * neighbouring pages, so a CSV client can page too.
 */
@ApplicationScoped
public class TabularResponses {

    public static final String TOTAL_COUNT = "X-Total-Count";

    private final Representations representations;
    private final PublicUris publicUris;

    public TabularResponses(Representations representations, PublicUris publicUris) {
        this.representations = representations;
        this.publicUris = publicUris;
    }

    public <T> Response page(HttpHeaders headers, UriInfo uri, TabularFormat format, Page<T> page, Class<T> rowType,
                             String csvFileName) {
        Response response = format == TabularFormat.CSV
                ? representations.conditional(headers, CsvWriter.write(rowType, page.items()), CsvWriter.MEDIA_TYPE)
                : representations.conditional(headers, representations.json(page),
                        jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"));
        Response.ResponseBuilder builder = Response.fromResponse(response)
                .header(TOTAL_COUNT, page.totalItems())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        List<String> links = new ArrayList<>();
        if (page.page() > 1) {
            links.add(link(uri, 1, "first"));
            links.add(link(uri, Math.min(page.page() - 1, Math.max(page.totalPages(), 1)), "prev"));
        }
        if (page.page() < page.totalPages()) {
            links.add(link(uri, page.page() + 1, "next"));
            links.add(link(uri, page.totalPages(), "last"));
        }
        if (!links.isEmpty()) {
            builder.header("Link", String.join(", ", links));
        }
        if (format == TabularFormat.CSV) {
            builder.header("Content-Disposition", "inline; filename=\"" + csvFileName + "-page" + page.page() + ".csv\"");
        }
        return builder.build();
    }

    /**
     * An analysts' list of one fiscal year: the format and the year are read before the query
     * runs, so a list that cannot be answered costs no query; the CSV file is named
     * {@code <name>-<year>-page<n>.csv}.
     */
    public <T> Response list(YearListParams list, HttpHeaders headers, UriInfo uri, Class<T> rowType, String name,
                             BiFunction<Integer, PageRequest, Page<T>> query) {
        TabularFormat format = list.format(headers);
        int year = list.fiscalYear();
        return page(headers, uri, format, query.apply(year, list.request()), rowType, name + "-" + year);
    }

    private String link(UriInfo uri, long page, String rel) {
        return "<" + publicUris.requestUriBuilder().replaceQueryParam("page", page).build() + ">; rel=\"" + rel + "\"";
    }
}
