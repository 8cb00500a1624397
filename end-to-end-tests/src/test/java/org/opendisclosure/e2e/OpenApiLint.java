package org.opendisclosure.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The two linters client generators are judged by (Spectral's {@code spectral:oas} and Redocly's
 * {@code recommended}), run on a served OpenAPI document as the project's {@code lint/} pins them.
 * Both print JSON, read here, so a finding names its rule and where in the document it is.
 */
final class OpenApiLint {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long TIMEOUT_SECONDS = 180;

    private final Path lintDirectory;

    OpenApiLint(Path root) {
        this.lintDirectory = root.resolve("lint");
        if (!Files.isExecutable(bin("spectral")) || !Files.isExecutable(bin("redocly"))) {
            throw new IllegalStateException("The OpenAPI linters are not installed: run `npm ci --prefix lint` "
                    + "(.ci/run does) before the end-to-end tests");
        }
    }

    /** Every error and warning of either linter, as {@code linter rule at path: message}; empty when clean. */
    List<String> findings(Path lintee) throws IOException, InterruptedException {
        // The linters run in lint/, so the document is named whole.
        Path document = lintee.toAbsolutePath();
        List<String> findings = new ArrayList<>();
        JsonNode spectral = JSON.readTree(run(List.of(bin("spectral").toString(), "lint", "--quiet", "--format", "json",
                "--ruleset", lintDirectory.resolve(".spectral.yaml").toString(), document.toString())));
        if (!spectral.isArray()) {
            throw new IllegalStateException("spectral printed no list of results: " + spectral);
        }
        for (JsonNode result : spectral) {
            // 0 error, 1 warning; 2 information and 3 hint are not findings
            if (result.path("severity").asInt() <= 1) {
                findings.add("spectral " + result.path("code").asText() + " at " + joined(result.path("path")) + ": "
                        + result.path("message").asText());
            }
        }
        JsonNode redocly = JSON.readTree(run(List.of(bin("redocly").toString(), "lint", "--format", "json",
                "--config", lintDirectory.resolve("redocly.yaml").toString(), document.toString())));
        if (!redocly.path("totals").isObject() || !redocly.path("problems").isArray()) {
            throw new IllegalStateException("redocly printed no totals and problems: " + redocly);
        }
        for (JsonNode problem : redocly.path("problems")) {
            String severity = problem.path("severity").asText();
            if (severity.equals("error") || severity.equals("warn")) {
                findings.add("redocly " + problem.path("ruleId").asText() + " at "
                        + problem.path("location").path(0).path("pointer").asText() + ": " + problem.path("message").asText());
            }
        }
        return findings;
    }

    private Path bin(String tool) {
        return lintDirectory.resolve("node_modules").resolve(".bin").resolve(tool);
    }

    /** Standard output; a linter exits non-zero when it finds anything, which is read, not thrown. */
    private String run(List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("openapi-lint", ".json");
        Path err = Files.createTempFile("openapi-lint", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(lintDirectory.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            // Only the package registries can be reached from CI: no telemetry, no update check.
            builder.environment().put("REDOCLY_TELEMETRY", "off");
            builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command.get(0) + " did not finish in " + TIMEOUT_SECONDS + " s");
            }
            String printed = Files.readString(out, StandardCharsets.UTF_8);
            int start = Math.min(indexOr(printed, '{'), indexOr(printed, '['));
            if (start == Integer.MAX_VALUE) {
                throw new IllegalStateException(command.get(0) + " printed no JSON (exit " + process.exitValue() + "): "
                        + printed + Files.readString(err, StandardCharsets.UTF_8));
            }
            return printed.substring(start);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static int indexOr(String text, char c) {
        int index = text.indexOf(c);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    private static String joined(JsonNode path) {
        List<String> segments = new ArrayList<>();
        path.forEach(segment -> segments.add(segment.asText()));
        return "/" + String.join("/", segments);
    }
}
