package org.opendisclosure.gateway.service;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendisclosure.gateway.client.Fetched;
import org.opendisclosure.gateway.client.RequestIds;
import org.opendisclosure.gateway.client.Services;
import org.opendisclosure.gateway.parts.Downstream;
import org.opendisclosure.gateway.parts.Part;

/**
 * Which departments have which parts for a fiscal year: every page of each service's analysts'
 * list for the year, merged by department. A service that cannot be read makes its parts
 * "unknown" and is named; the others are still used.
 */
@ApplicationScoped
public class DisclosureList {


    public static final String PRESENT = "present";
    public static final String ABSENT = "absent";
    public static final String UNKNOWN = "unknown";

    private final Services services;
    private final ManagedExecutor executor;

    public DisclosureList(Services services, ManagedExecutor executor) {
        this.services = services;
        this.executor = executor;
    }

    /** Each part's presence, keyed by part in the document's order (its schema is DisclosurePresence, made from the parts). */
    @Schema(name = "DisclosureListRow", description = "A department that has any part of its disclosure for the year")
    @JsonPropertyOrder({"departmentId", "departmentName", "fiscalYear", "complete", "parts"})
    public record Row(
            String departmentId,
            @Schema(description = "As budget-service gives it; null when it does not", nullable = true) String departmentName,
            int fiscalYear,
            @Schema(description = "true when every part is present") boolean complete,
            @Schema(ref = PRESENCE_SCHEMA) Map<String, String> parts) {

        /** The same row flat, for CSV: one column per part key after the department's. */
        public Map<String, Object> flat() {
            Map<String, Object> flat = new LinkedHashMap<>();
            flat.put("departmentId", departmentId);
            flat.put("departmentName", departmentName);
            flat.put("fiscalYear", fiscalYear);
            flat.put("complete", complete);
            flat.putAll(parts);
            return flat;
        }

        public static List<String> columns() {
            List<String> columns = new ArrayList<>(List.of("departmentId", "departmentName", "fiscalYear", "complete"));
            columns.addAll(Part.keys());
            return columns;
        }
    }

    public static final String PRESENCE_SCHEMA = "DisclosurePresence";

    @Schema(name = "UnavailableService", description = "A service that could not be read; its parts are unknown")
    public record Unavailable(@Schema(example = "budget-service") String service, String reason) {
    }

    /** Every department of the year, ordered by departmentId, and the services that could not be read. */
    public record Listing(List<Row> rows, List<Unavailable> unavailableServices) {
    }

    public Listing list(int year) {
        // The services are read at once: a slow or failing one costs its own timeout, not the sum of all.
        // Only the department's service writes the names, and join() makes them visible here.
        Downstream namer = Part.ORGANIZATION.downstream();
        Map<String, String> names = new HashMap<>();
        Map<Downstream, CompletableFuture<ServiceIds>> asked = new EnumMap<>(Downstream.class);
        for (Downstream downstream : Downstream.withParts()) {
            asked.put(downstream, executor.supplyAsync(RequestIds.carried(() -> read(
                    page -> services.yearList(downstream, downstream.presenceList(), year, page, ServicePages.SIZE),
                    downstream == namer ? names : null))));
        }
        Map<Downstream, Set<String>> ids = new EnumMap<>(Downstream.class);
        TreeSet<String> departments = new TreeSet<>();
        List<Unavailable> unavailable = new ArrayList<>();
        // In the services' order, whichever answered first.
        asked.forEach((downstream, answer) -> {
            ServiceIds read = answer.join();
            if (read.ids() != null) {
                ids.put(downstream, read.ids());
                departments.addAll(read.ids());
            } else {
                unavailable.add(read.unavailable());
            }
        });
        List<Row> rows = new ArrayList<>(departments.size());
        for (String id : departments) {
            Map<String, String> parts = new LinkedHashMap<>();
            for (Part part : Part.values()) {
                parts.put(part.key(), presence(ids.get(part.downstream()), id));
            }
            boolean complete = parts.values().stream().allMatch(PRESENT::equals);
            rows.add(new Row(id, names.get(id), year, complete, parts));
        }
        return new Listing(rows, unavailable);
    }

    private static String presence(Set<String> ids, String id) {
        if (ids == null) {
            return UNKNOWN;
        }
        return ids.contains(id) ? PRESENT : ABSENT;
    }

    /** One service's department ids over every page, or null ids and why the service could not be read. */
    private record ServiceIds(Set<String> ids, Unavailable unavailable) {
    }

    private static ServiceIds read(IntFunction<Fetched> pages, Map<String, String> names) {
        Set<String> ids = new HashSet<>();
        Unavailable unavailable = ServicePages.read(pages, "list of the year's parts", item -> {
            JsonNode id = item.get("departmentId");
            if (id == null || !id.isTextual()) {
                return;
            }
            ids.add(id.asText());
            JsonNode name = item.get("departmentName");
            if (names != null && name != null && name.isTextual()) {
                names.put(id.asText(), name.asText());
            }
        });
        return unavailable == null ? new ServiceIds(ids, null) : new ServiceIds(null, unavailable);
    }
}
