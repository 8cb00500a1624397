package org.opendisclosure.common.web;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list, with what a client needs to fetch the rest. */
public record Page<T>(
        @Schema(description = "The items of this page") List<T> items,
        @Schema(description = "This page's number, counting from 1") int page,
        @Schema(description = "Requested page size") int size,
        @Schema(description = "Number of items matching the query over all pages") long totalItems,
        @Schema(description = "Number of pages") long totalPages) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
        long pages = totalItems == 0 ? 0 : (totalItems + request.size() - 1) / request.size();
        return new Page<>(items, request.page(), request.size(), totalItems, pages);
    }

    /** The requested page of a list held whole in memory (a list the gateway gathers from the services). */
    public static <T> Page<T> slice(List<T> all, PageRequest request) {
        int from = (int) Math.min(request.offset(), all.size());
        int to = (int) Math.min((long) from + request.size(), all.size());
        return of(List.copyOf(all.subList(from, to)), request, all.size());
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
