package org.opendisclosure.scale;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.opendisclosure.battery.JsonHttp;

/**
 * Loads generated disclosures through the suite's own write path, the whole-disclosure PUT of the
 * gateway: departments in parallel, each department's years in order (the year-on-year rules read
 * the year before as stored).
 */
public final class Loader {

    /** What a load did; {@code planted} counts the planted inconsistencies by rule. */
    public record Result(int documents, int failed, int retried, Duration took, List<String> failures, Map<String, Integer> planted) {

        public String line() {
            double seconds = Math.max(took.toMillis(), 1) / 1000.0;
            return String.format("loaded %d documents in %.1f s: %.1f documents/s; failed %d, retried after 503 %d; planted %s",
                    documents, seconds, documents / seconds, failed, retried, planted);
        }
    }

    private static final int ATTEMPTS = 6;

    private final String gateway;
    private final JsonHttp http;
    private final int concurrency;

    public Loader(String gateway, String token, int concurrency) {
        this.gateway = gateway;
        this.http = new JsonHttp(token, Duration.ofSeconds(60));
        this.concurrency = concurrency;
    }

    /** Loads departments {@code from} (inclusive) to {@code to} (exclusive); the manifest lists what was planted where. */
    public Result load(Generator generator, int from, int to, int firstYear, int years, Path manifest) throws Exception {
        AtomicInteger documents = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger retried = new AtomicInteger();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        List<String> plantedRows = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<?>> tasks = new ArrayList<>();
            for (int i = from; i < to; i++) {
                int department = i;
                tasks.add(pool.submit(() -> {
                    for (Generator.Generated generated : generator.years(department, firstYear, years)) {
                        String url = gateway + "/api/v1/disclosures/" + generated.department().id() + "/" + generated.year();
                        JsonHttp.Answer answer = put(url, generated, retried);
                        documents.incrementAndGet();
                        if (!answer.ok()) {
                            failed.incrementAndGet();
                            if (failures.size() < 5) {
                                failures.add("PUT " + url + " -> " + answer);
                            }
                            return null;
                        }
                        if (generated.planted() != null) {
                            plantedRows.add(generated.department().id() + "," + generated.year() + "," + generated.planted());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> task : tasks) {
                task.get();
            }
        } finally {
            pool.shutdownNow();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        Map<String, Integer> planted = new TreeMap<>();
        List<String> rows = new ArrayList<>(plantedRows);
        Collections.sort(rows);
        for (String row : rows) {
            planted.merge(row.substring(row.lastIndexOf(',') + 1), 1, Integer::sum);
        }
        if (manifest != null) {
            rows.add(0, "departmentId,year,plantedRule");
            Files.write(manifest, rows, StandardCharsets.UTF_8);
        }
        return new Result(documents.get(), failed.get(), retried.get(), took, failures, planted);
    }

    /** A 503 (shed, or a service briefly away) is sent again after a growing pause, as a patient writer would. */
    private JsonHttp.Answer put(String url, Generator.Generated generated, AtomicInteger retried) throws InterruptedException {
        JsonHttp.Answer answer = http.put(url, generated.disclosure());
        for (int attempt = 1; attempt < ATTEMPTS && answer.status() == 503; attempt++) {
            retried.incrementAndGet();
            Thread.sleep(1000L * attempt);
            answer = http.put(url, generated.disclosure());
        }
        return answer;
    }

    static void writeDocuments(Generator generator, int from, int to, int firstYear, int years, Path directory) throws IOException {
        for (int i = from; i < to; i++) {
            for (Generator.Generated generated : generator.years(i, firstYear, years)) {
                Path file = directory.resolve(generated.department().id()).resolve(generated.year() + ".json");
                Files.createDirectories(file.getParent());
                Files.write(file, JsonHttp.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(generated.disclosure()));
            }
        }
    }
}
