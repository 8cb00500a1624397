package org.opendisclosure.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A service that says it is ready has started, but its first requests still load and initialise
 * the classes, queries and serializers of each path they take; on two cores that first read of a
 * part can outlast the gateway's timeout for it, and the disclosure is served with the part
 * unavailable. So before the suite says it is running, each service is read a few times along
 * the paths the gateway takes (a department's every part, a year's lists, a 404), all services at
 * once, and then the gateway composes a disclosure until one comes back complete.
 */
final class WarmUp {

    private static final int ROUNDS = 5;
    private static final Duration COMPOSED_WITHIN = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private WarmUp() {
    }

    static void run(Suite suite) throws IOException, InterruptedException {
        long started = System.nanoTime();
        String department = ReferenceDocument.DEPARTMENT;
        int year = ReferenceDocument.YEAR;
        JsonNode first = json(suite.url("budget-service") + "/api/v1/departments?size=1").path("items").path(0);
        if (first.hasNonNull("id") && first.hasNonNull("fiscalYear")) {
            department = first.get("id").asText();
            year = first.get("fiscalYear").asInt();
        }
        String part = "/api/v1/departments/" + department + "/%s/" + year;
        Map<String, List<String>> reads = Map.of(
                "budget-service", List.of(part.formatted("organization"), part.formatted("budgets"),
                        "/api/v1/fiscal-years/" + year + "/budgets?size=1", "/api/v1/departments/000000-000/budgets/" + year),
                "performance-service", List.of(part.formatted("performance"), "/api/v1/fiscal-years/" + year + "/performance?size=1"),
                "procurement-service", List.of(part.formatted("procurement"), "/api/v1/fiscal-years/" + year + "/procurement?size=1"),
                "assets-service", List.of(part.formatted("assets"), "/api/v1/fiscal-years/" + year + "/assets?size=1"),
                "documents-service", List.of("/api/v1/disclosures/" + department + "/" + year + "/imports?size=1"));
        // One reader per service: a service warms on its own core time, not after the others are done.
        ExecutorService readers = Executors.newFixedThreadPool(reads.size());
        try {
            List<Future<Void>> warmed = new ArrayList<>();
            reads.forEach((service, paths) -> warmed.add(readers.submit(() -> {
                for (int round = 0; round < ROUNDS; round++) {
                    for (String path : paths) {
                        get(suite.url(service) + path);
                    }
                }
                return null;
            })));
            for (Future<Void> done : warmed) {
                try {
                    done.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof IOException failed) {
                        throw failed;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            readers.shutdownNow();
        }
        // The gateway keeps a composed copy for a moment; a copy that came back incomplete is
        // composed again once it has expired.
        long servicesWarmed = System.nanoTime();
        int composedTimes = 0;
        String disclosure = suite.gatewayUrl() + "/api/v1/disclosures/" + department + "/" + year;
        long deadline = System.nanoTime() + COMPOSED_WITHIN.toNanos();
        boolean complete = false;
        while (!complete && System.nanoTime() < deadline) {
            HttpResponse<String> composed = get(disclosure);
            composedTimes++;
            complete = composed.statusCode() != 200
                    || composed.headers().firstValue("X-Disclosure-Complete").map("true"::equals).orElse(false);
            if (!complete) {
                Thread.sleep(500);
            }
        }
        long end = System.nanoTime();
        SuiteRunner.log("warmed up in " + millis(end - started) + " ms (" + department + " " + year + ": the services in "
                + millis(servicesWarmed - started) + " ms, then the disclosure composed " + composedTimes + " time(s) in "
                + millis(end - servicesWarmed) + " ms" + (complete ? "" : ", still incomplete") + ")");
    }

    private static long millis(long nanos) {
        return Duration.ofNanos(nanos).toMillis();
    }

    private static JsonNode json(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = get(url);
        return response.statusCode() == 200 ? JSON.readTree(response.body()) : JSON.createObjectNode();
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return RunningService.HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }
}
