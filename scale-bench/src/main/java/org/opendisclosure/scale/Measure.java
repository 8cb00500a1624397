package org.opendisclosure.scale;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Times the analysts' endpoints of a loaded suite, each beside a hand-written SQL query that
 * computes the same answer in the service's own database, in the same run: p50 and p95 over
 * repeated requests, one after the other (a latency, not a throughput).
 */
final class Measure {

    /**
     * One endpoint and its SQL. {@code database} null: no single query gives its answer (it crosses
     * services, or is computed from documents), so only the endpoint's own figures and target count.
     */
    record Probe(String name, String path, String database, List<String> sql, double targetMs) {
    }

    /** One probe's figures, in milliseconds; {@code sqlP50}/{@code sqlP95} NaN without SQL. */
    record Timing(Probe probe, int status, long bytes, double p50, double p95, double sqlP50, double sqlP95) {

        String row() {
            String sql = Double.isNaN(sqlP50) ? "—" : String.format("%.1f / %.1f", sqlP50, sqlP95);
            String ratio = Double.isNaN(sqlP95) ? "—" : String.format("%.2f", p95 / Math.max(sqlP95, 0.1));
            String target = p95 <= probe.targetMs() ? "met" : "missed";
            return String.format("| %s | %d | %,d | %.1f / %.1f | %s | %s | < %.0f ms: %s |", probe.name(), status, bytes, p50, p95, sql,
                    ratio, probe.targetMs(), target);
        }
    }

    static final String HEADER = "| endpoint | status | bytes | API p50 / p95 ms | SQL p50 / p95 ms | p95 API/SQL | target |\n"
            + "|---|---|---|---|---|---|---|";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String gateway;
    private final String jdbcBase;
    private final int repeats;

    Measure(String gateway, String jdbcBase, int repeats) {
        this.gateway = gateway;
        this.jdbcBase = jdbcBase;
        this.repeats = repeats;
    }

    /** The probes over the loaded year {@code year}, the division {@code city} (4 digits) and one department. */
    static List<Probe> probes(int year, String city, Generator.Department department) {
        String current = " from budget b join department d on d.id = b.department_id join budget_revision r on r.budget_id = b.id"
                + " and r.revision = b.current_revision where b.fiscal_year = " + year + " and d.division_code like '" + city + "%'";
        String county = department.county().code();
        return List.of(
                new Probe("budgets list, city, sorted, 50 a page", "/api/v1/fiscal-years/" + year + "/budgets?division=" + city
                        + "&sort=-projectExpenditure&size=50", "budget", List.of(
                        "select d.division_code, d.code, d.name, r.revision, r.revised_at, r.revenue_total, r.expenditure_total,"
                                + " r.expenditure_basic, r.expenditure_personnel, r.expenditure_public, r.expenditure_project,"
                                + " r.expenditure_other, r.change_total, r.operating_total, r.three_public_previous,"
                                + " r.three_public_current, r.three_public_change" + current
                                + " order by r.expenditure_project desc, d.division_code, d.code limit 50",
                        "select count(*)" + current), 50),
                new Probe("projects search, budget ≥ 100, sorted", "/api/v1/fiscal-years/" + year
                        + "/projects?minBudget=100&sort=-budget&size=50", "performance", List.of(
                        "select h.division_code, h.department_code, p.code, p.name, p.unit_name, p.budget_total, p.fiscal_funds,"
                                + " p.other_funds, p.indicator_count from performance h join performance_revision r on r.performance_id = h.id"
                                + " and r.revision = h.current_revision join performance_project p on p.revision_id = r.id"
                                + " where h.fiscal_year = " + year + " and p.budget_total >= 100"
                                + " order by p.budget_total desc, h.division_code, h.department_code, p.position limit 50",
                        "select count(*) from performance h join performance_revision r on r.performance_id = h.id"
                                + " and r.revision = h.current_revision join performance_project p on p.revision_id = r.id"
                                + " where h.fiscal_year = " + year + " and p.budget_total >= 100"), 50),
                new Probe("budgets roll-up by county of a city", "/api/v1/fiscal-years/" + year + "/budgets-areas?level=county&division="
                        + city, "budget", List.of(
                        "select left(d.division_code, 6), count(*), sum(r.revenue_total), sum(r.expenditure_total), sum(r.expenditure_basic),"
                                + " sum(r.expenditure_personnel), sum(r.expenditure_public), sum(r.expenditure_project),"
                                + " sum(r.expenditure_other), sum(r.operating_total), sum(r.three_public_previous),"
                                + " sum(r.three_public_current)" + current + " group by 1 order by 1"), 50),
                new Probe("roll-up of every part by county (gateway)", "/api/v1/fiscal-years/" + year + "/areas?level=county&division="
                        + city, null, List.of(), 50),
                new Probe("三公 drill-down by item, city", "/api/v1/fiscal-years/" + year + "/three-public?division=" + city, "budget",
                        List.of("select t.category, min(t.name), count(*), sum(t.previous_year), sum(t.current_year), sum(t.change)"
                                + " from budget b join department d on d.id = b.department_id join budget_revision r on r.budget_id = b.id"
                                + " and r.revision = b.current_revision join budget_three_public_row t on t.revision_id = r.id"
                                + " where b.fiscal_year = " + year + " and d.division_code like '" + city + "%'"
                                + " group by t.category order by min(t.position)"), 50),
                new Probe("members: divisions of the year", "/api/v1/members/divisions?fiscalYear=" + year, "budget", List.of(
                        "select d.division_code, count(*) from budget b join department d on d.id = b.department_id"
                                + " where b.fiscal_year = " + year + " group by 1 order by 1"), 50),
                new Probe("series of one department", "/api/v1/departments/" + department.id() + "/series", "budget", List.of(
                        "select b.fiscal_year, r.revenue_total, r.expenditure_total, r.expenditure_basic, r.expenditure_personnel,"
                                + " r.expenditure_public, r.expenditure_project, r.operating_total, r.three_public_current,"
                                + " r.change_total from budget b join department d on d.id = b.department_id join budget_revision r"
                                + " on r.budget_id = b.id and r.revision = b.current_revision where d.division_code = '" + county
                                + "' and d.code = '" + department.code() + "' order by b.fiscal_year"), 50),
                new Probe("departments of the year (gateway), city", "/api/v1/fiscal-years/" + year + "/disclosures?division=" + city
                        + "&size=50", null, List.of(), 50),
                new Probe("findings of the year, first page", "/api/v1/fiscal-years/" + year + "/findings?size=50", null, List.of(), 1000),
                new Probe("export of the year (zip)", "/api/v1/fiscal-years/" + year + "/export", null, List.of(), 60_000));
    }

    List<Timing> run(List<Probe> probes) throws Exception {
        List<Timing> timings = new ArrayList<>();
        for (Probe probe : probes) {
            boolean heavy = probe.targetMs() >= 1000;
            int times = heavy ? Math.min(repeats, 3) : repeats;
            long[] api = new long[times];
            HttpResponse<byte[]> last = null;
            for (int i = 0; i < (heavy ? 1 : 3); i++) {
                last = get(probe.path());
            }
            for (int i = 0; i < times; i++) {
                long start = System.nanoTime();
                last = get(probe.path());
                api[i] = System.nanoTime() - start;
            }
            double sqlP50 = Double.NaN;
            double sqlP95 = Double.NaN;
            if (probe.database() != null && jdbcBase != null) {
                long[] sql = sql(probe, times);
                sqlP50 = percentile(sql, 50);
                sqlP95 = percentile(sql, 95);
            }
            Timing timing = new Timing(probe, last.statusCode(), last.body().length, percentile(api, 50), percentile(api, 95), sqlP50, sqlP95);
            System.out.println(timing.row());
            timings.add(timing);
        }
        return timings;
    }

    private long[] sql(Probe probe, int times) throws SQLException {
        long[] nanos = new long[times];
        try (Connection connection = DriverManager.getConnection(jdbcBase + probe.database(), "postgres", "postgres")) {
            List<PreparedStatement> statements = new ArrayList<>();
            for (String sql : probe.sql()) {
                statements.add(connection.prepareStatement(sql));
            }
            for (int i = -3; i < times; i++) {
                long start = System.nanoTime();
                for (PreparedStatement statement : statements) {
                    try (ResultSet rows = statement.executeQuery()) {
                        int columns = rows.getMetaData().getColumnCount();
                        while (rows.next()) {
                            for (int c = 1; c <= columns; c++) {
                                rows.getObject(c);
                            }
                        }
                    }
                }
                if (i >= 0) {
                    nanos[i] = System.nanoTime() - start;
                }
            }
            for (PreparedStatement statement : statements) {
                statement.close();
            }
        }
        return nanos;
    }

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(120))
                .header("Accept", path.endsWith("/export") ? "application/zip" : "application/json").GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    static double percentile(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1_000_000.0;
    }

    /** The PostgreSQL port as its data directory's postmaster.pid gives it (fourth line). */
    static int postgresPort(java.nio.file.Path postgresData) throws IOException {
        List<String> lines = java.nio.file.Files.readAllLines(postgresData.resolve("postmaster.pid"));
        return Integer.parseInt(lines.get(3).trim());
    }
}
