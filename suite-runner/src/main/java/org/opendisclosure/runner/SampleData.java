package org.opendisclosure.runner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * Loads the sample disclosure (中共阜平县委组织部, 2020) through the services' own APIs: each part
 * that its service does not hold yet, so a first run has something to show and a service added
 * later gets its part too. Until the importer exists these are the hand-made documents of the
 * sample-data module.
 */
final class SampleData {

    private static final String DEPARTMENT = "130624-203";
    private static final int YEAR = 2020;

    /** In order: the department first, as its budget needs it. */
    private static final List<Load> LOADS = List.of(
            new Load("budget-service", "/api/v1/departments/" + DEPARTMENT, "department"),
            new Load("budget-service", "/api/v1/departments/" + DEPARTMENT + "/budgets/" + YEAR, "budget"),
            new Load("performance-service", "/api/v1/departments/" + DEPARTMENT + "/performance/" + YEAR, "performance"),
            new Load("procurement-service", "/api/v1/departments/" + DEPARTMENT + "/procurement/" + YEAR, "procurement"),
            new Load("assets-service", "/api/v1/departments/" + DEPARTMENT + "/assets/" + YEAR, "assets"));

    private record Load(String service, String path, String part) {
    }

    private SampleData() {
    }

    static void loadMissing(List<RunningService> services) throws IOException, InterruptedException {
        int loaded = 0;
        for (Load load : LOADS) {
            String url = find(services, load.service()).baseUrl() + load.path();
            int status = RunningService.HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status == 404) {
                put(url, resource(load.part()));
                loaded++;
            } else if (status != 200) {
                throw new IOException("GET " + url + " answered " + status);
            }
        }
        SuiteRunner.log(loaded == 0
                ? "the sample disclosure of " + DEPARTMENT + " for " + YEAR + " is already stored"
                : "loaded " + loaded + " part(s) of the sample disclosure of " + DEPARTMENT + " for " + YEAR);
    }

    private static RunningService find(List<RunningService> services, String name) {
        return services.stream().filter(s -> s.spec().name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException(name + " is not part of the suite"));
    }

    private static void put(String url, byte[] body) throws IOException, InterruptedException {
        HttpResponse<String> response = RunningService.HTTP.send(HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("PUT " + url + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private static byte[] resource(String part) {
        String path = "/sample/" + DEPARTMENT + "/" + YEAR + "/" + part + ".json";
        try (InputStream in = SampleData.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing sample " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
