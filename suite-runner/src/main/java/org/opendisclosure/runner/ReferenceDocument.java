package org.opendisclosure.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.opendisclosure.importer.Importer;

/**
 * Fills an empty suite with the reference document, the published 2020 disclosure of 中共阜平县委组织部,
 * imported as any department's document is: its text through the gateway's import endpoint. A
 * suite that holds any department already is left as it is, so a local edit is never overwritten.
 */
final class ReferenceDocument {

    static final String DEPARTMENT = "130624-203";
    static final int YEAR = 2020;
    private static final String DIVISION = "130624";
    private static final String FILE = "fuping-organization-department-2020.txt";

    private ReferenceDocument() {
    }

    static void importIfEmpty(String gatewayUrl, String budgetServiceUrl, String token) throws IOException, InterruptedException {
        long departments = departments(budgetServiceUrl);
        if (departments > 0) {
            SuiteRunner.log("the database holds " + departments + " department(s): nothing imported");
            return;
        }
        byte[] document;
        try (InputStream in = ReferenceDocument.class.getResourceAsStream("/fixtures/" + FILE)) {
            if (in == null) {
                throw new IllegalStateException("missing the reference document /fixtures/" + FILE);
            }
            document = in.readAllBytes();
        }
        Importer.Result result = new Importer(URI.create(gatewayUrl), Duration.ofSeconds(120), token)
                .importDocument(Path.of(FILE), document, new Importer.Target(DIVISION, null, null), false);
        if (result.outcome() == Importer.Outcome.FAILED) {
            throw new IOException("importing " + FILE + " failed: " + result.reason());
        }
        SuiteRunner.log("empty database: imported " + FILE + " through the importer (" + result.outcome().name().toLowerCase()
                + ", " + result.departmentId() + " " + result.fiscalYear() + ")");
    }

    private static long departments(String budgetServiceUrl) throws IOException, InterruptedException {
        HttpResponse<String> response = RunningService.HTTP.send(
                HttpRequest.newBuilder(URI.create(budgetServiceUrl + "/api/v1/departments?size=1"))
                        .header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("budget-service's department list answered " + response.statusCode());
        }
        JsonNode page = new ObjectMapper().readTree(response.body());
        return page.path("totalItems").asLong();
    }
}
