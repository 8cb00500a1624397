package org.opendisclosure.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.opendisclosure.gateway.client.Fetched;

/** Every page of one of a service's lists, read with the services' largest page size. */
final class ServicePages {

    /** The page size the services are read with: their largest. */
    static final int SIZE = 1000;
    /** A guard against a service that keeps announcing more pages. */
    private static final int MAX_PAGES = 1000;

    private ServicePages() {
    }

    /**
     * Hands each item of every page to {@code item}, page by page.
     *
     * @param list what the list is, for the reason when the service has none (a 404)
     * @return null when every page was read, otherwise the service and why it could not be
     */
    static DisclosureList.Unavailable read(IntFunction<Fetched> pages, String list, Consumer<JsonNode> item) {
        long totalPages = 1;
        for (int page = 1; page <= totalPages && page <= MAX_PAGES; page++) {
            Fetched fetched = pages.apply(page);
            if (fetched.status() == Fetched.Status.UNAVAILABLE) {
                return new DisclosureList.Unavailable(fetched.service(), fetched.reason());
            }
            if (fetched.status() == Fetched.Status.ABSENT) {
                // A list is never "not found" (nothing stored is an empty list): this service lacks the list.
                return new DisclosureList.Unavailable(fetched.service(), fetched.service() + " has no " + list + " (HTTP 404)");
            }
            fetched.body().path("items").forEach(item);
            totalPages = fetched.body().path("totalPages").asLong(1);
        }
        return null;
    }
}
