package org.opendisclosure.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Posts documents to the gateway's import endpoint ({@code POST /api/v1/imports}) and says what
 * became of each. A service that is briefly unavailable (503) is waited for and tried again,
 * which is safe: an import of a document already stored changes nothing.
 */
public final class Importer {

    /** What became of one document. */
    public enum Outcome { IMPORTED, UNCHANGED, CHECKED, FAILED }

    /** The division or department the documents are of; they never carry their division code themselves. */
    public record Target(String division, String department, String divisionName) {

        public static final Target NONE = new Target(null, null, null);

        /**
         * The target for one file: what was given, or else a division code or department id the
         * file's name begins with (130624-203-2020.txt, 130624_教育局.txt).
         */
        public Target forFile(Path file) {
            if (division != null || department != null) {
                return this;
            }
            Matcher m = FILE_NAME.matcher(file.getFileName().toString());
            if (!m.lookingAt()) {
                return this;
            }
            return m.group(2) != null ? new Target(null, m.group(1) + "-" + m.group(2), divisionName)
                    : new Target(m.group(1), null, divisionName);
        }
    }

    public record Result(Path file, Outcome outcome, String departmentId, Integer fiscalYear, String disclosure, String reason) {
    }

    private static final Pattern FILE_NAME = Pattern.compile("(\\d{6,12})(?:-([0-9A-Za-z]{1,20})(?=[-_.]))?");
    private static final int ATTEMPTS = 3;

    private final URI gateway;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final Duration timeout;
    private final String token;

    /** @param token the bearer token the gateway and the services check every import against; null sends none */
    public Importer(URI gateway, Duration timeout, String token) {
        this.gateway = gateway;
        this.timeout = timeout;
        this.token = token;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    public Result importFile(Path file, Target target, boolean dryRun) {
        byte[] body;
        try {
            body = Files.readAllBytes(file);
        } catch (IOException e) {
            return failed(file, "cannot read the file: " + e.getMessage());
        }
        return importDocument(file, body, target.forFile(file), dryRun);
    }

    /** Imports a document that is not a file of its own (a resource, a download); {@code file} only names it in the result. */
    public Result importDocument(Path file, byte[] body, Target target, boolean dryRun) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(gateway.resolve("/api/v1/imports?" + query(target, dryRun)))
                .timeout(timeout)
                .header("Content-Type", DocumentFiles.mediaType(file))
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        HttpRequest request = builder.build();
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (ConnectException e) {
                return failed(file, "the gateway at " + gateway + " does not answer (is the suite running?)");
            } catch (HttpTimeoutException e) {
                return failed(file, "the gateway did not answer within " + timeout.toSeconds() + " s");
            } catch (IOException e) {
                return failed(file, "the request failed: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return failed(file, "interrupted");
            }
            if (response.statusCode() == 503 && attempt < ATTEMPTS) {
                pause(response);
                continue;
            }
            return result(file, response);
        }
    }

    private Result result(Path file, HttpResponse<String> response) {
        JsonNode body;
        try {
            body = json.readTree(response.body());
        } catch (IOException e) {
            return failed(file, "HTTP " + response.statusCode() + " with a body that is not JSON");
        }
        int status = response.statusCode();
        if (status == 200 || status == 201) {
            String outcome = body.path("outcome").asText();
            Outcome done = switch (outcome) {
                case "imported" -> Outcome.IMPORTED;
                case "unchanged" -> Outcome.UNCHANGED;
                case "dry-run" -> Outcome.CHECKED;
                default -> null;
            };
            if (done == null) {
                return failed(file, "the gateway answered an unknown outcome \"" + outcome + "\"");
            }
            return new Result(file, done, body.path("departmentId").asText(null),
                    body.path("fiscalYear").canConvertToInt() ? body.path("fiscalYear").intValue() : null,
                    body.path("disclosure").asText(null), findingsNote(body.path("findings")));
        }
        return failed(file, reason(status, body));
    }

    /** A dry run's findings in a few words, e.g. "findings: 3 errors, 6 warnings". */
    private static String findingsNote(JsonNode findings) {
        JsonNode counts = findings.path("counts");
        if (counts.isMissingNode()) {
            return null;
        }
        return "findings: " + counts.path("error").asInt() + " errors, " + counts.path("warning").asInt() + " warnings, "
                + counts.path("info").asInt() + " info";
    }

    static String reason(int status, JsonNode problem) {
        StringBuilder reason = new StringBuilder("HTTP ").append(status).append(": ")
                .append(problem.path("detail").asText(problem.path("title").asText("no detail")));
        JsonNode errors = problem.path("errors");
        if (errors.isArray() && errors.size() > 1) {
            reason.append(" (").append(errors.size()).append(" errors, first ")
                    .append(errors.get(0).path("field").asText()).append(": ").append(errors.get(0).path("message").asText())
                    .append(')');
        }
        return reason.toString();
    }

    static void pause(HttpResponse<String> response) {
        long seconds = response.headers().firstValue("Retry-After").map(Importer::seconds).orElse(2L);
        try {
            Thread.sleep(Duration.ofSeconds(Math.min(seconds, 30)).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long seconds(String raw) {
        try {
            return Long.parseLong(raw.trim());
        } catch (NumberFormatException e) {
            return 2;
        }
    }

    private static Result failed(Path file, String reason) {
        return new Result(file, Outcome.FAILED, null, null, null, reason);
    }

    private static String query(Target target, boolean dryRun) {
        Map<String, String> params = new LinkedHashMap<>();
        if (target.department() != null) {
            params.put("department", target.department());
        } else if (target.division() != null) {
            params.put("division", target.division());
        }
        if (target.divisionName() != null) {
            params.put("divisionName", target.divisionName());
        }
        if (dryRun) {
            params.put("dryRun", "true");
        }
        return params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
