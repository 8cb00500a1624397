package org.opendisclosure.gateway.service;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendisclosure.gateway.client.Fetched;
import org.opendisclosure.gateway.client.Services;

/**
 * Which departments have which parts for a fiscal year: every page of each service's analysts'
 * list for the year, merged by department. A service that cannot be read makes its parts
 * "unknown" and is named; the others are still used.
 */
@ApplicationScoped
public class DisclosureList {

    /** The page size the services are read with: their largest. */
    static final int SERVICE_PAGE_SIZE = 1000;
    /** A guard against a service that keeps announcing more pages. */
    private static final int MAX_SERVICE_PAGES = 1000;

    public static final String PRESENT = "present";
    public static final String ABSENT = "absent";
    public static final String UNKNOWN = "unknown";

    private final Services services;
    private final ManagedExecutor executor;

    public DisclosureList(Services services, ManagedExecutor executor) {
        this.services = services;
        this.executor = executor;
    }

    @Schema(name = "DisclosurePresence", description = "Each part of a department's disclosure for the year: present, absent "
            + "(not published) or unknown (its service could not be read)")
    @JsonPropertyOrder({"organization", "summary", "operatingExpenses", "threePublicExpenses", "performance", "procurement",
            "assets", "glossary", "otherNotes"})
    public record Parts(
            @Schema(enumeration = {PRESENT, ABSENT, UNKNOWN}, description = "一 部门职责及机构设置") String organization,
            @Schema(enumeration = {PRESENT, ABSENT, UNKNOWN}, description = "二 收支预算总体情况") String summary,
            @Schema(enumeration = {PRESENT, ABSENT, UNKNOWN}, description = "三 机关运行经费") String operatingExpenses,
            @Schema(enumeration = {PRESENT, ABSENT, UNKNOWN}, description = "四 三公经费") String threePublicExpenses,
            @Schema(enumeration = {PRESENT, ABSENT, UNKNOWN}, description = "五 绩效目标") String performance,
            @Schema(enumeration = {PRESENT, ABSENT, UNKNOWN}, description = "六 政府采购") String procurement,
            @Schema(enumeration = {PRESENT, ABSENT, UNKNOWN}, description = "七 国有资产占用") String assets,
            @Schema(enumeration = {PRESENT, ABSENT, UNKNOWN}, description = "八 名词解释") String glossary,
            @Schema(enumeration = {PRESENT, ABSENT, UNKNOWN}, description = "九 其他说明") String otherNotes) {

        boolean complete() {
            return List.of(organization, summary, operatingExpenses, threePublicExpenses, performance, procurement, assets,
                    glossary, otherNotes).stream().allMatch(PRESENT::equals);
        }
    }

    @Schema(name = "DisclosureListRow", description = "A department that has any part of its disclosure for the year")
    @JsonPropertyOrder({"departmentId", "departmentName", "fiscalYear", "complete", "parts"})
    public record Row(
            String departmentId,
            @Schema(description = "As budget-service gives it; null when it does not", nullable = true) String departmentName,
            int fiscalYear,
            @Schema(description = "true when all nine parts are present") boolean complete,
            Parts parts) {
    }

    /** The same row flat, for CSV: one column per part key. */
    @JsonPropertyOrder({"departmentId", "departmentName", "fiscalYear", "complete", "organization", "summary",
            "operatingExpenses", "threePublicExpenses", "performance", "procurement", "assets", "glossary", "otherNotes"})
    public record CsvRow(String departmentId, String departmentName, int fiscalYear, boolean complete, String organization,
                         String summary, String operatingExpenses, String threePublicExpenses, String performance,
                         String procurement, String assets, String glossary, String otherNotes) {

        public static CsvRow of(Row row) {
            Parts p = row.parts();
            return new CsvRow(row.departmentId(), row.departmentName(), row.fiscalYear(), row.complete(), p.organization(),
                    p.summary(), p.operatingExpenses(), p.threePublicExpenses(), p.performance(), p.procurement(), p.assets(),
                    p.glossary(), p.otherNotes());
        }
    }

    @Schema(name = "UnavailableService", description = "A service that could not be read; its parts are unknown")
    public record Unavailable(@Schema(example = "performance-service") String service, String reason) {
    }

    /** Every department of the year, ordered by departmentId, and the services that could not be read. */
    public record Listing(List<Row> rows, List<Unavailable> unavailableServices) {
    }

    public Listing list(int year) {
        // The four services are read at once: a slow or failing one costs its own timeout, not the sum of all.
        // Only the budgets' read writes the names, and join() makes them visible here.
        Map<String, String> names = new HashMap<>();
        CompletableFuture<ServiceIds> budgetIds = executor.supplyAsync(
                () -> read(page -> services.yearBudgets(year, page, SERVICE_PAGE_SIZE), names));
        CompletableFuture<ServiceIds> performanceIds = executor.supplyAsync(
                () -> read(page -> services.yearPerformance(year, page, SERVICE_PAGE_SIZE), null));
        CompletableFuture<ServiceIds> procurementIds = executor.supplyAsync(
                () -> read(page -> services.yearProcurement(year, page, SERVICE_PAGE_SIZE), null));
        CompletableFuture<ServiceIds> assetsIds = executor.supplyAsync(
                () -> read(page -> services.yearAssets(year, page, SERVICE_PAGE_SIZE), null));
        Set<String> budgets = budgetIds.join().ids();
        Set<String> performance = performanceIds.join().ids();
        Set<String> procurement = procurementIds.join().ids();
        Set<String> assets = assetsIds.join().ids();
        TreeSet<String> departments = new TreeSet<>();
        List<Unavailable> unavailable = new ArrayList<>();
        // In the services' order, whichever answered first.
        for (ServiceIds read : Stream.of(budgetIds, performanceIds, procurementIds, assetsIds).map(CompletableFuture::join).toList()) {
            if (read.ids() != null) {
                departments.addAll(read.ids());
            } else {
                unavailable.add(read.unavailable());
            }
        }
        List<Row> rows = new ArrayList<>(departments.size());
        for (String id : departments) {
            String budget = presence(budgets, id);
            Parts parts = new Parts(budget, budget, budget, budget, presence(performance, id), presence(procurement, id),
                    presence(assets, id), budget, budget);
            rows.add(new Row(id, names.get(id), year, parts.complete(), parts));
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
        long totalPages = 1;
        for (int page = 1; page <= totalPages && page <= MAX_SERVICE_PAGES; page++) {
            Fetched fetched = pages.apply(page);
            if (fetched.status() == Fetched.Status.UNAVAILABLE) {
                return new ServiceIds(null, new Unavailable(fetched.service(), fetched.reason()));
            }
            if (fetched.status() == Fetched.Status.ABSENT) {
                // A year's list is never "not found" (an empty year is an empty list): this service lacks the list.
                return new ServiceIds(null, new Unavailable(fetched.service(),
                        fetched.service() + " has no list of the year's parts (HTTP 404)"));
            }
            JsonNode body = fetched.body();
            for (JsonNode item : body.path("items")) {
                JsonNode id = item.get("departmentId");
                if (id == null || !id.isTextual()) {
                    continue;
                }
                ids.add(id.asText());
                JsonNode name = item.get("departmentName");
                if (names != null && name != null && name.isTextual()) {
                    names.put(id.asText(), name.asText());
                }
            }
            totalPages = body.path("totalPages").asLong(1);
        }
        return new ServiceIds(ids, null);
    }
}
