package org.opendisclosure.gateway.service;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.opendisclosure.common.consistency.FindingsReport;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.common.problem.ProblemType;
import org.opendisclosure.common.web.SortKeys;
import org.opendisclosure.common.web.SortOrder;
import org.opendisclosure.gateway.client.RequestIds;
import org.opendisclosure.gateway.client.Services;
import org.opendisclosure.gateway.config.GatewayConfig;
import org.opendisclosure.gateway.parts.Downstream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * For analysts: the findings of every department's disclosure of a fiscal year, counted by
 * severity. At the default tolerance the counts are those kept with the data, read as a few pages
 * from each service; otherwise (and across parts, where nothing kept matches the parts as they
 * are) each disclosure is checked as its own findings endpoint checks it, a few at a time so that
 * a large year does not take every thread of the gateway.
 */
@ApplicationScoped
public class FindingsSummary {

    private static final int AT_ONCE = 8;

    private final DisclosureList list;
    private final DisclosureChecks checks;
    private final CrossPartFindingsKept crossParts;
    private final Services services;
    private final ManagedExecutor executor;

    private final Semaphore computing;
    private final Duration deadline;

    public FindingsSummary(DisclosureList list, DisclosureChecks checks, CrossPartFindingsKept crossParts, Services services,
                           ManagedExecutor executor, GatewayConfig config) {
        this.list = list;
        this.checks = checks;
        this.crossParts = crossParts;
        this.services = services;
        this.executor = executor;
        this.computing = new Semaphore(config.findingsSummary().concurrent());
        this.deadline = config.findingsSummary().deadline();
    }

    @JsonPropertyOrder({"departmentId", "departmentName", "fiscalYear", "checked", "error", "warning", "info", "total"})
    @Schema(name = "FindingsSummaryRow", requiredProperties = {"departmentId", "fiscalYear", "checked", "error", "warning", "info", "total"})
    public record Row(
            @Schema(description = "e.g. 130624-203") String departmentId,
            @Schema(description = "As budget-service gives it; null when it does not", nullable = true) String departmentName,
            int fiscalYear,
            @Schema(description = "false when a service could not check its parts: the counts are then a lower bound") boolean checked,
            @Schema(description = "Findings of severity error") int error,
            @Schema(description = "Findings of severity warning") int warning,
            @Schema(description = "Findings of severity info") int info,
            @Schema(description = "All findings") int total) {
    }

    public record Listing(List<Row> rows, List<DisclosureList.Unavailable> unavailableServices) {
    }

    /** What the rows can be sorted by (ties by department), each under its {@code sort} key. */
    public enum Sort {
        DEPARTMENT_ID("departmentId", Comparator.comparing(Row::departmentId)),
        ERROR("error", Comparator.comparingInt(Row::error)),
        WARNING("warning", Comparator.comparingInt(Row::warning)),
        INFO("info", Comparator.comparingInt(Row::info)),
        TOTAL("total", Comparator.comparingInt(Row::total));

        private static final SortKeys KEYS = keys();

        private final String key;
        private final Comparator<Row> order;

        Sort(String key, Comparator<Row> order) {
            this.key = key;
            this.order = order;
        }

        /** The keys, as a sort declaration (in memory: no query expressions). */
        public static SortKeys keys() {
            Map<String, String> keys = new LinkedHashMap<>();
            for (Sort sort : values()) {
                keys.put(sort.key, sort.key);
            }
            return new SortKeys(DEPARTMENT_ID.key, keys);
        }

        /** The order a {@code sort} parameter asks for ({@code -} in front for descending). */
        public static Comparator<Row> parse(String raw) {
            SortOrder order = KEYS.parse(raw);
            Comparator<Row> chosen = Arrays.stream(values()).filter(sort -> sort.key.equals(order.key())).findFirst()
                    .orElse(DEPARTMENT_ID).order;
            return (order.descending() ? chosen.reversed() : chosen).thenComparing(Row::departmentId);
        }
    }

    /**
     * Every department's counts of the year, in the given order: at tolerance 0 what is kept with
     * the data (each service's counts and the findings across parts budget-service keeps), those
     * across parts computed only where what is kept does not match the parts as they are now; at
     * another tolerance, every disclosure checked as its findings endpoint checks it.
     *
     * @throws ProblemException 503 (with Retry-After) when too many are being computed, or this one passes its deadline
     */
    public Listing byDepartment(int year, BigDecimal tolerance, Comparator<Row> order) {
        if (!computing.tryAcquire()) {
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE,
                    "The findings of a whole year are being computed for other requests; try again shortly");
        }
        Listing listing;
        try {
            long until = System.nanoTime() + deadline.toNanos();
            listing = tolerance.signum() == 0 ? kept(year, until) : byDepartment(year, tolerance, until);
        } finally {
            computing.release();
        }
        List<Row> rows = new ArrayList<>(listing.rows());
        rows.sort(order);
        return new Listing(rows, listing.unavailableServices());
    }

    /** One of the services' kept lists of a year, by department; or why it could not be read. */
    private record Kept(Map<String, JsonNode> items, DisclosureList.Unavailable unavailable) {
    }

    private CompletableFuture<Kept> kept(Downstream downstream, String list, int year) {
        return executor.supplyAsync(RequestIds.carried(() -> {
            Map<String, JsonNode> items = new HashMap<>();
            DisclosureList.Unavailable unavailable = ServicePages.read(
                    page -> services.yearList(downstream, list, year, page, ServicePages.SIZE), "list of kept findings",
                    item -> items.put(item.path("departmentId").asText(), item));
            return new Kept(items, unavailable);
        }));
    }

    private Listing kept(int year, long until) {
        CompletableFuture<DisclosureList.Listing> asked = executor.supplyAsync(RequestIds.carried(() -> list.list(year)));
        Map<Downstream, CompletableFuture<Kept>> askedCounts = new EnumMap<>(Downstream.class);
        for (Downstream downstream : Downstream.withParts()) {
            askedCounts.put(downstream, kept(downstream, Services.KEPT_FINDINGS_COUNTS, year));
        }
        CompletableFuture<Kept> askedAcross = kept(Services.CROSS_PART_KEEPER, Services.CROSS_PART_FINDINGS_COUNTS, year);

        DisclosureList.Listing departments = asked.join();
        Map<Downstream, Kept> counts = new EnumMap<>(Downstream.class);
        askedCounts.forEach((downstream, answer) -> counts.put(downstream, answer.join()));
        Kept across = askedAcross.join();
        Map<String, DisclosureList.Unavailable> unavailable = new LinkedHashMap<>();
        departments.unavailableServices().forEach(service -> unavailable.put(service.service(), service));
        counts.values().stream().map(Kept::unavailable).filter(Objects::nonNull)
                .forEach(service -> unavailable.putIfAbsent(service.service(), service));

        List<Row> rows = new ArrayList<>(departments.rows().size());
        List<Row> unmatched = new ArrayList<>();
        for (DisclosureList.Row department : departments.rows()) {
            String id = department.departmentId();
            int[] found = new int[3];
            boolean checked = true;
            Map<Downstream, String> revisions = new EnumMap<>(Downstream.class);
            for (Map.Entry<Downstream, Kept> service : counts.entrySet()) {
                if (service.getValue().unavailable() != null) {
                    checked = false;
                    continue;
                }
                JsonNode item = service.getValue().items().get(id);
                if (item != null) {
                    add(found, item);
                    revisions.put(service.getKey(), item.path("revisions").asText());
                }
            }
            Row row = new Row(id, department.departmentName(), year, checked, found[0], found[1], found[2],
                    found[0] + found[1] + found[2]);
            JsonNode kept = across.unavailable() == null ? across.items().get(id) : null;
            if (!checked) {
                // Without every service's parts the rules across them cannot be said to hold: a lower bound.
                rows.add(row);
            } else if (kept != null && kept.path("fingerprint").asText().equals(crossParts.fingerprint(revisions))) {
                add(found, kept);
                rows.add(new Row(id, row.departmentName(), year, true, found[0], found[1], found[2], found[0] + found[1] + found[2]));
            } else {
                unmatched.add(row);
            }
        }
        rows.addAll(acrossParts(unmatched, year, until));
        return new Listing(rows, List.copyOf(unavailable.values()));
    }

    private static void add(int[] found, JsonNode counts) {
        found[0] += counts.path("error").asInt();
        found[1] += counts.path("warning").asInt();
        found[2] += counts.path("info").asInt();
    }

    /** The rows with their findings across parts added, computed now: none is kept from the parts as they are. */
    private List<Row> acrossParts(List<Row> rows, int year, long until) {
        List<Row> done = new ArrayList<>(rows.size());
        for (int from = 0; from < rows.size(); from += AT_ONCE) {
            List<CompletableFuture<Row>> batch = new ArrayList<>();
            for (Row row : rows.subList(from, Math.min(from + AT_ONCE, rows.size()))) {
                batch.add(executor.supplyAsync(RequestIds.carried(() -> {
                    DisclosureChecks.AcrossParts across = checks.acrossParts(row.departmentId(), year);
                    if (across == null) {
                        return row;
                    }
                    var counts = FindingsReport.Counts.of(across.findings());
                    int error = row.error() + counts.error();
                    int warning = row.warning() + counts.warning();
                    int info = row.info() + counts.info();
                    return new Row(row.departmentId(), row.departmentName(), year, across.complete(), error, warning, info,
                            error + warning + info);
                })));
            }
            batch.forEach(row -> done.add(row.join()));
            if (System.nanoTime() - until > 0) {
                throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "The findings of " + year + " took longer than "
                        + deadline.toSeconds() + " s to compute (" + done.size() + " of " + rows.size()
                        + " departments checked across parts) and were given up; try again later");
            }
        }
        return done;
    }

    private Listing byDepartment(int year, BigDecimal tolerance, long until) {
        DisclosureList.Listing departments = list.list(year);
        List<Row> rows = new ArrayList<>(departments.rows().size());
        List<DisclosureList.Row> all = departments.rows();
        for (int from = 0; from < all.size(); from += AT_ONCE) {
            List<CompletableFuture<Row>> batch = new ArrayList<>();
            for (DisclosureList.Row department : all.subList(from, Math.min(from + AT_ONCE, all.size()))) {
                batch.add(executor.supplyAsync(RequestIds.carried(() -> row(department, year, tolerance))));
            }
            batch.forEach(row -> rows.add(row.join()));
            if (System.nanoTime() - until > 0) {
                throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "The findings of " + year + " took longer than "
                        + deadline.toSeconds() + " s to compute (" + rows.size() + " of " + all.size()
                        + " departments checked) and were given up; try again later");
            }
        }
        return new Listing(rows, departments.unavailableServices());
    }

    private Row row(DisclosureList.Row department, int year, BigDecimal tolerance) {
        DisclosureFindings findings = checks.stored(department.departmentId(), year, tolerance);
        if (findings == null) {
            return new Row(department.departmentId(), department.departmentName(), year, false, 0, 0, 0, 0);
        }
        var counts = findings.counts();
        return new Row(department.departmentId(), department.departmentName(), year, findings.complete(),
                counts.error(), counts.warning(), counts.info(), counts.error() + counts.warning() + counts.info());
    }
}
