package org.opendisclosure.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Imports documents as one bulk import of the suite ({@code POST /api/v1/import-jobs}): each file is
 * kept first as a source ({@code PUT /api/v1/sources/{sha256}}, one small request each, sent again
 * when a service is briefly unavailable), then the job is submitted and followed until it has
 * finished. The job runs in the suite: it survives this command and a restart of the suite, and
 * can be followed at its address by anyone.
 */
final class JobImporter {

    /** The job's documents at most; a larger folder is imported as several jobs, one after the other. */
    static final int JOB_SIZE = 5000;
    private static final int ATTEMPTS = 5;

    private final URI gateway;
    private final String token;
    private final Duration timeout;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    JobImporter(URI gateway, String token, Duration timeout) {
        this.gateway = gateway;
        this.token = token;
        this.timeout = timeout;
    }

    /** A file the suite keeps as a source, or why it could not be kept. */
    private record Kept(Path file, String sha256, String failure) {
    }

    /**
     * @param progress told how many documents are done so far (of all files)
     * @param jobs     files kept at once
     */
    List<Importer.Result> run(List<Path> files, Importer.Target target, int jobs, IntConsumer progress, java.util.function.Consumer<String> jobStarted)
            throws IOException, InterruptedException {
        List<Importer.Result> results = new ArrayList<>();
        for (int from = 0; from < files.size(); from += JOB_SIZE) {
            List<Path> batch = files.subList(from, Math.min(files.size(), from + JOB_SIZE));
            int before = results.size();
            results.addAll(runJob(batch, target, jobs, done -> progress.accept(before + done), jobStarted));
        }
        return results;
    }

    private List<Importer.Result> runJob(List<Path> files, Importer.Target target, int jobs, IntConsumer progress,
                                         java.util.function.Consumer<String> jobStarted) throws IOException, InterruptedException {
        List<Kept> kept = keepAll(files, jobs);
        List<Importer.Result> results = new ArrayList<>();
        List<Kept> sendable = new ArrayList<>();
        for (Kept k : kept) {
            if (k.failure() != null) {
                results.add(new Importer.Result(k.file(), Importer.Outcome.FAILED, null, null, null, k.failure()));
            } else {
                sendable.add(k);
            }
        }
        if (sendable.isEmpty()) {
            return results;
        }
        ObjectNode request = json.createObjectNode();
        ArrayNode documents = request.putArray("documents");
        for (Kept k : sendable) {
            Importer.Target own = target.forFile(k.file());
            ObjectNode document = documents.addObject().put("source", k.sha256()).put("fileName", k.file().getFileName().toString());
            if (own.department() != null) {
                document.put("department", own.department());
            } else if (own.division() != null) {
                document.put("division", own.division());
            }
        }
        if (target.divisionName() != null) {
            request.put("divisionName", target.divisionName());
        }
        HttpResponse<String> submitted = send(HttpRequest.newBuilder(gateway.resolve("/api/v1/import-jobs"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(request))));
        if (submitted.statusCode() != 202) {
            String reason = "the job was refused: " + Importer.reason(submitted.statusCode(), body(submitted));
            for (Kept k : sendable) {
                results.add(new Importer.Result(k.file(), Importer.Outcome.FAILED, null, null, null, reason));
            }
            return results;
        }
        String job = body(submitted).path("id").asText();
        jobStarted.accept(gateway.resolve("/api/v1/import-jobs/" + job).toString());
        awaitFinished(job, progress);
        List<JsonNode> outcomes = outcomes(job);
        for (int i = 0; i < sendable.size(); i++) {
            results.add(result(sendable.get(i).file(), i < outcomes.size() ? outcomes.get(i) : null));
        }
        return results;
    }

    private List<Kept> keepAll(List<Path> files, int jobs) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        try {
            List<Future<Kept>> pending = new ArrayList<>();
            for (Path file : files) {
                pending.add(pool.submit(() -> keep(file)));
            }
            List<Kept> kept = new ArrayList<>();
            for (Future<Kept> future : pending) {
                try {
                    kept.add(future.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
            return kept;
        } finally {
            pool.shutdownNow();
        }
    }

    private Kept keep(Path file) throws InterruptedException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return new Kept(file, null, "cannot read the file: " + e.getMessage());
        }
        String sha256 = sha256(bytes);
        try {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(gateway.resolve("/api/v1/sources/" + sha256))
                    .header("Content-Type", "application/octet-stream")
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)));
            if (answer.statusCode() == 200 || answer.statusCode() == 201) {
                return new Kept(file, sha256, null);
            }
            return new Kept(file, null, Importer.reason(answer.statusCode(), body(answer)));
        } catch (IOException e) {
            return new Kept(file, null, "the gateway at " + gateway + " does not answer (is the suite running?)");
        }
    }

    private void awaitFinished(String job, IntConsumer progress) throws IOException, InterruptedException {
        String etag = null;
        while (true) {
            HttpRequest.Builder poll = HttpRequest.newBuilder(gateway.resolve("/api/v1/import-jobs/" + job)).GET();
            if (etag != null) {
                poll.header("If-None-Match", etag);
            }
            HttpResponse<String> answer = send(poll);
            if (answer.statusCode() == 200) {
                etag = answer.headers().firstValue("ETag").orElse(null);
                JsonNode state = body(answer);
                progress.accept(state.path("progress").path("done").asInt());
                if (state.path("state").asText().equals("finished")) {
                    return;
                }
            } else if (answer.statusCode() != 304) {
                throw new IOException("the job " + job + " could not be followed: HTTP " + answer.statusCode());
            }
            // The job runs in the suite; it is looked at again a moment later.
            Thread.sleep(250);
        }
    }

    private List<JsonNode> outcomes(String job) throws IOException, InterruptedException {
        List<JsonNode> outcomes = new ArrayList<>();
        for (int page = 1; ; page++) {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(
                    gateway.resolve("/api/v1/import-jobs/" + job + "/documents?size=1000&page=" + page)).GET());
            JsonNode items = body(answer).path("items");
            items.forEach(outcomes::add);
            if (items.size() < 1000) {
                return outcomes;
            }
        }
    }

    private static Importer.Result result(Path file, JsonNode document) {
        if (document == null) {
            return new Importer.Result(file, Importer.Outcome.FAILED, null, null, null, "the job does not list this document");
        }
        Importer.Outcome outcome = switch (document.path("state").asText()) {
            case "imported" -> Importer.Outcome.IMPORTED;
            case "unchanged" -> Importer.Outcome.UNCHANGED;
            case "checked" -> Importer.Outcome.CHECKED;
            default -> Importer.Outcome.FAILED;
        };
        String reason = outcome == Importer.Outcome.FAILED
                ? Importer.reason(document.path("status").asInt(0), document.path("problem")) : null;
        return new Importer.Result(file, outcome, document.path("departmentId").asText(null),
                document.path("fiscalYear").canConvertToInt() ? document.get("fiscalYear").intValue() : null,
                document.path("disclosure").asText(null), reason);
    }

    /** The request with the token, sent again (after the time the suite asks for) while it answers 503. */
    private HttpResponse<String> send(HttpRequest.Builder builder) throws IOException, InterruptedException {
        HttpRequest request = builder.timeout(timeout).header("Accept", "application/json")
                .header("Authorization", "Bearer " + token).build();
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (answer.statusCode() != 503 || attempt == ATTEMPTS) {
                return answer;
            }
            Importer.pause(answer);
        }
    }

    private JsonNode body(HttpResponse<String> answer) {
        try {
            return json.readTree(answer.body());
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
