package org.opendisclosure.runner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * Loads the sample disclosure (中共阜平县委组织部, 2020) through the services' own APIs when
 * their databases are empty, so a first run has something to show. Until the importer exists
 * these are the hand-made documents of the sample-data module.
 */
final class SampleData {

    private static final String DEPARTMENT = "130624-203";
    private static final int YEAR = 2020;

    private SampleData() {
    }

    static void loadIfEmpty(List<RunningService> services) throws IOException, InterruptedException {
        RunningService budget = find(services, "budget-service");
        String list = get(budget.baseUrl() + "/api/v1/departments?size=1");
        if (!list.contains("\"totalItems\":0")) {
            SuiteRunner.log("databases already hold data; sample not loaded");
            return;
        }
        put(budget.baseUrl() + "/api/v1/departments/" + DEPARTMENT, resource("department"));
        put(budget.baseUrl() + "/api/v1/departments/" + DEPARTMENT + "/budgets/" + YEAR, resource("budget"));
        SuiteRunner.log("loaded the sample disclosure of " + DEPARTMENT + " for " + YEAR + ": "
                + budget.baseUrl() + "/api/v1/departments/" + DEPARTMENT + "/budgets/" + YEAR);
    }

    private static RunningService find(List<RunningService> services, String name) {
        return services.stream().filter(s -> s.spec().name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException(name + " is not part of the suite"));
    }

    private static String get(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = RunningService.HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
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
