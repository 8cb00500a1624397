package org.opendisclosure.gateway.service;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.common.problem.ProblemType;
import org.opendisclosure.common.web.SortKeys;
import org.opendisclosure.common.web.SortOrder;
import org.opendisclosure.gateway.client.RequestIds;
import org.opendisclosure.gateway.config.GatewayConfig;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * For analysts: the findings of every department's disclosure of a fiscal year, counted by
 * severity. Each disclosure is checked as its own findings endpoint checks it, a few at a time so
 * that a large year does not take every thread of the gateway.
 */
@ApplicationScoped
public class FindingsSummary {

    private static final int AT_ONCE = 8;

    private final DisclosureList list;
    private final DisclosureChecks checks;
    private final ManagedExecutor executor;

    private final Semaphore computing;
    private final Duration deadline;

    public FindingsSummary(DisclosureList list, DisclosureChecks checks, ManagedExecutor executor, GatewayConfig config) {
        this.list = list;
        this.checks = checks;
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
     * Every department's counts of the year, in the given order.
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
            listing = byDepartment(year, tolerance, System.nanoTime() + deadline.toNanos());
        } finally {
            computing.release();
        }
        List<Row> rows = new ArrayList<>(listing.rows());
        rows.sort(order);
        return new Listing(rows, listing.unavailableServices());
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
