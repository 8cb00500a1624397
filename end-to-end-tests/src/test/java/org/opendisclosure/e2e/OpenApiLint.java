package org.opendisclosure.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The two linters client generators are judged by (Spectral's {@code spectral:oas} and Redocly's
 * {@code recommended}), run on a served OpenAPI document as the project's {@code lint/} pins them.
 * Both print JSON, read here, so a finding names its rule and where in the document it is.
 */
final class OpenApiLint {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path lintDirectory;

    OpenApiLint(Path root) {
        this.lintDirectory = root.resolve("lint");
        bin("spectral");
        bin("redocly");
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
        return NodeTool.bin(lintDirectory, tool);
    }

    /** The JSON a linter printed, past anything it says before it. */
    private String run(List<String> command) throws IOException, InterruptedException {
        NodeTool.Ran ran = NodeTool.run(lintDirectory, command);
        int start = Math.min(indexOr(ran.out(), '{'), indexOr(ran.out(), '['));
        if (start == Integer.MAX_VALUE) {
            throw new IllegalStateException(command.get(0) + " printed no JSON (exit " + ran.exit() + "): " + ran.printed());
        }
        return ran.out().substring(start);
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
