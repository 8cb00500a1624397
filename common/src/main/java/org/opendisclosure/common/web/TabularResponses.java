package org.opendisclosure.common.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.opendisclosure.common.members.Dimension;
import org.opendisclosure.common.members.Member;
import org.opendisclosure.common.members.MemberListParams;
import org.opendisclosure.common.members.MemberQuery;

/**
 * Answers a paged list as JSON (the page with its totals), CSV or XLSX (the page's rows with a
 * header row), each with its ETag, the total in {@code X-Total-Count} and RFC 8288 links to the
 * neighbouring pages, so a CSV client can page too. Or, with {@code download=true}, the whole list
 * as one CSV or XLSX file, streamed: each row written as the query reads it (see {@link PageRequest#whole}).
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

    public <T> Response page(HttpHeaders headers, UriInfo uri, TabularFormat format, ColumnTitles titles, Page<T> page,
                             Class<T> rowType, String csvFileName) {
        return page(headers, uri, format, page, () -> page, table -> table == TabularFormat.XLSX
                ? XlsxWriter.write(rowType, page.items(), titles, csvFileName)
                : CsvWriter.write(rowType, page.items(), titles), csvFileName);
    }

    /**
     * As {@link #page(HttpHeaders, UriInfo, TabularFormat, ColumnTitles, Page, Class, String)}, for a list whose JSON
     * body says more than the page or whose table columns are not those of a row record: {@code table}
     * gives the page's bytes as CSV or XLSX.
     */
    public Response page(HttpHeaders headers, UriInfo uri, TabularFormat format, Page<?> page, Supplier<Object> json,
                         Function<TabularFormat, byte[]> table, String fileName) {
        Response response = format == TabularFormat.JSON
                ? representations.conditional(headers, representations.json(json.get()), format.mediaType())
                : representations.conditional(headers, table.apply(format), format.mediaType());
        Response.ResponseBuilder builder = paged(Response.fromResponse(response), page);
        if (format != TabularFormat.JSON) {
            builder.header("Content-Disposition", "inline; filename=\"" + fileName + "-page" + page.page() + "." + format.extension() + "\"");
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
        ColumnTitles titles = list.titles();
        int year = list.fiscalYear();
        if (list.download()) {
            return download(format, titles, rowType, name + "-" + year, request -> query.apply(year, request));
        }
        return page(list.headers, list.uri, format, titles, query.apply(year, list.request()), rowType, name + "-" + year);
    }

    /**
     * A list of the request's {@code page}, {@code size}, {@code format}, {@code header} and {@code download}, answered by
     * {@code query}; the file is named {@code <name>-page<n>.csv}, or {@code <name>.csv} for a download.
     */
    public <T> Response list(TabularListParams list, Class<T> rowType, String name, Function<PageRequest, Page<T>> query) {
        TabularFormat format = list.format();
        ColumnTitles titles = list.titles();
        if (list.download()) {
            return download(format, titles, rowType, name, query);
        }
        return page(list.headers, list.uri, format, titles, query.apply(list.request()), rowType, name);
    }

    /**
     * The whole list as one file, written while the query reads it. Its first row is asked for before
     * the answer starts, so that a bad filter or sort, or a database that cannot be reached, is still a
     * problem answer rather than a broken file. A failure on the way breaks the connection: a client
     * sees a download cut short, never a complete-looking file missing rows.
     */
    public <T> Response download(TabularFormat format, ColumnTitles titles, Class<T> rowType, String fileName,
                                 Function<PageRequest, Page<T>> query) {
        query.apply(new PageRequest(1, 1));
        StreamingOutput body = out -> {
            try (TableWriter<T> writer = format == TabularFormat.XLSX
                    ? XlsxWriter.open(rowType, titles, fileName, out) : CsvWriter.open(rowType, titles, out)) {
                Page<T> rest = query.apply(PageRequest.whole(row -> {
                    try {
                        writer.row(rowType.cast(row));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
                // A list that cannot stream its rows gives them as one page.
                for (T row : rest.items()) {
                    writer.row(row);
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        };
        return attachment(Response.ok(body, format.mediaType()), format, fileName);
    }

    /** A whole list's table already held (a list gathered from the services), sent as a download. */
    public Response attachment(TabularFormat format, byte[] table, String fileName) {
        return attachment(Response.ok(table, format.mediaType()), format, fileName);
    }

    private static Response attachment(Response.ResponseBuilder builder, TabularFormat format, String fileName) {
        return builder.header("Content-Disposition", "attachment; filename=\"" + fileName + "." + format.extension() + "\"")
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .build();
    }

    /**
     * An analysts' list across fiscal years, as {@link #list(YearListParams, Class, String, BiFunction)}
     * for one year: the CSV file is named {@code <name>-<range>-page<n>.csv}, e.g. {@code 2019-2021}.
     */
    public <T> Response list(YearRangeParams list, Class<T> rowType, String name,
                             BiFunction<YearRange, PageRequest, Page<T>> query) {
        TabularFormat format = list.format();
        ColumnTitles titles = list.titles();
        YearRange years = list.range();
        if (list.download()) {
            return download(format, titles, rowType, name + "-" + years.label(), request -> query.apply(years, request));
        }
        return page(list.headers, list.uri, format, titles, query.apply(years, list.request()), rowType, name + "-" + years.label());
    }

    /**
     * The values of one of a service's dimensions (an unknown one is a 404 naming them), of one
     * fiscal year (null: of all): the parameters are read before the query runs; the CSV file is
     * named {@code members-<dimension>[-<year>]-page<n>.csv}.
     */
    public <D extends Enum<D> & Dimension> Response members(MemberListParams params, Class<D> dimensions, MemberQuery<D> query) {
        D dimension = params.dimension(dimensions);
        TabularFormat format = params.format();
        ColumnTitles titles = params.titles();
        Integer year = params.fiscalYear();
        String name = "members-" + dimension.key() + (year == null ? "" : "-" + year);
        if (params.download()) {
            return download(format, titles, Member.class, name, request -> query.values(dimension, year, request));
        }
        PageRequest request = params.request();
        return page(params.headers(), params.uri(), format, titles, query.values(dimension, year, request), Member.class, name);
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
