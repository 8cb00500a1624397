package org.opendisclosure.battery;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded mixed read load through the gateway: a fixed number of requests spread over a few
 * clients, each asking in turn for what readers and analysts ask most (the composed disclosure,
 * its findings, the department's series, a year's list, its roll-up by county, a search). Every
 * request is valid, so each must be answered 2xx (or 503 with Retry-After, load shed); it prints
 * the figures and the latency's median and 99th percentile.
 */
public final class MixedLoad {

    private static final List<String> READS = List.of(
            "/api/v1/disclosures/130624-203/2020",
            "/api/v1/disclosures/130624-203/2020/findings",
            "/api/v1/departments/130624-203/series",
            "/api/v1/fiscal-years/2020/budgets?division=1306&size=50",
            "/api/v1/fiscal-years/2020/areas?level=county&division=13",
            "/api/v1/departments?division=130624",
            "/api/v1/departments/130624-203/performance/2020/projects?size=20");

    private final String gateway;
    private final int clients;
    private final int requests;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());

    public MixedLoad(String gateway, int clients, int requests) {
        this.gateway = gateway;
        this.clients = clients;
        this.requests = requests;
    }

    public Figures run() throws InterruptedException {
        Figures figures = new Figures("load");
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                        read(READS.get(i % READS.size()), figures);
                    }
                }));
            }
            for (Future<?> client : running) {
                try {
                    client.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("a client of the load stopped", e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return figures;
    }

    private void read(String path, Figures figures) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(30)).GET().build();
        long started = System.nanoTime();
        try {
            HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            latencies.add(System.nanoTime() - started);
            int status = answer.statusCode();
            synchronized (figures) {
                figures.tried++;
                if (status == 503 && answer.headers().firstValue("Retry-After").isPresent()) {
                    figures.unavailable++;
                } else if (status >= 500) {
                    figures.serverErrors++;
                    Figures.example(figures.serverErrorExamples, "GET " + path + " -> " + status);
                } else if (status >= 300 && status != 304) {
                    figures.wrongStatus++;
                    Figures.example(figures.wrongStatusExamples, "GET " + path + " -> " + status);
                } else {
                    figures.acknowledged++;
                }
            }
        } catch (IOException e) {
            synchronized (figures) {
                figures.tried++;
                figures.noAnswer++;
                Figures.example(figures.serverErrorExamples, "GET " + path + " -> no answer: " + e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The latency of the answered requests, e.g. {@code p50 12 ms, p99 80 ms}. */
    public String latency() {
        List<Long> sorted;
        synchronized (latencies) {
            sorted = new ArrayList<>(latencies);
        }
        if (sorted.isEmpty()) {
            return "no answers";
        }
        Collections.sort(sorted);
        return "p50 " + millis(sorted, 0.50) + " ms, p99 " + millis(sorted, 0.99) + " ms over " + sorted.size() + " answers";
    }

    private static long millis(List<Long> sorted, double quantile) {
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1);
        return Duration.ofNanos(sorted.get(Math.max(0, index))).toMillis();
    }
}
