package org.opendisclosure.common.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.opendisclosure.common.members.Dimension;
import org.opendisclosure.common.members.Member;
import org.opendisclosure.common.members.MemberListParams;
import org.opendisclosure.common.members.MemberQuery;

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
        return page(headers, uri, format, page, () -> page, () -> CsvWriter.write(rowType, page.items()), csvFileName);
    }

    /**
     * As {@link #page(HttpHeaders, UriInfo, TabularFormat, Page, Class, String)}, for a list whose JSON
     * body says more than the page or whose CSV columns are not those of a row record.
     */
    public Response page(HttpHeaders headers, UriInfo uri, TabularFormat format, Page<?> page, Supplier<Object> json,
                         Supplier<byte[]> csv, String csvFileName) {
        Response response = format == TabularFormat.CSV
                ? representations.conditional(headers, csv.get(), CsvWriter.MEDIA_TYPE)
                : representations.conditional(headers, representations.json(json.get()),
                        jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"));
        Response.ResponseBuilder builder = paged(Response.fromResponse(response), page);
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
    public <T> Response list(YearListParams list, Class<T> rowType, String name,
                             BiFunction<Integer, PageRequest, Page<T>> query) {
        TabularFormat format = list.format();
        int year = list.fiscalYear();
        return page(list.headers, list.uri, format, query.apply(year, list.request()), rowType, name + "-" + year);
    }

    /**
     * An analysts' list across fiscal years, as {@link #list(YearListParams, Class, String, BiFunction)}
     * for one year: the CSV file is named {@code <name>-<range>-page<n>.csv}, e.g. {@code 2019-2021}.
     */
    public <T> Response list(YearRangeParams list, Class<T> rowType, String name,
                             BiFunction<YearRange, PageRequest, Page<T>> query) {
        TabularFormat format = list.format();
        YearRange years = list.range();
        return page(list.headers, list.uri, format, query.apply(years, list.request()), rowType, name + "-" + years.label());
    }

    /**
     * The values of one of a service's dimensions (an unknown one is a 404 naming them), of one
     * fiscal year (null: of all): the parameters are read before the query runs; the CSV file is
     * named {@code members-<dimension>[-<year>]-page<n>.csv}.
     */
    public <D extends Enum<D> & Dimension> Response members(MemberListParams params, Class<D> dimensions, MemberQuery<D> query) {
        D dimension = params.dimension(dimensions);
        TabularFormat format = params.format();
        Integer year = params.fiscalYear();
        PageRequest request = params.request();
        return page(params.headers(), params.uri(), format, query.values(dimension, year, request), Member.class,
                "members-" + dimension.key() + (year == null ? "" : "-" + year));
    }

    /**
     * What every answer with a page of a list carries, whatever its body: X-Total-Count, Vary:
     * Accept, and a Link header to the first, previous, next and last pages where there are any,
     * under the public base URL, never the Host a client sent.
     */
    public Response.ResponseBuilder paged(Response.ResponseBuilder builder, Page<?> page) {
        builder.header(TOTAL_COUNT, page.totalItems()).header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        List<String> links = new ArrayList<>();
        if (page.page() > 1) {
            links.add(link(1, "first"));
            links.add(link(Math.min(page.page() - 1, Math.max(page.totalPages(), 1)), "prev"));
        }
        if (page.page() < page.totalPages()) {
            links.add(link(page.page() + 1, "next"));
            links.add(link(page.totalPages(), "last"));
        }
        if (!links.isEmpty()) {
            builder.header("Link", String.join(", ", links));
        }
        return builder;
    }

    private String link(long page, String rel) {
        return "<" + publicUris.requestUriBuilder().replaceQueryParam("page", page).build() + ">; rel=\"" + rel + "\"";
    }
}
