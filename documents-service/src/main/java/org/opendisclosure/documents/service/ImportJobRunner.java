package org.opendisclosure.documents.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.opendisclosure.documents.model.ImportJobDocument;

/**
 * Imports the documents of the jobs, each through the gateway's import endpoint with the token the
 * job was submitted with, as the submitter's own request would: read, checked and stored by every
 * service, its source and record kept. A document a service was briefly unable to take is tried
 * again later; what the import answered otherwise is its outcome.
 */
@ApplicationScoped
public class ImportJobRunner {

    private static final Logger LOG = Logger.getLogger(ImportJobRunner.class);
    private static final Set<Integer> TRY_AGAIN = Set.of(408, 429, 500, 502, 503, 504);
    private static final Duration STOP_WAIT = Duration.ofSeconds(5);
    private static final String BOUNDARY = "import-job-document-boundary-7f3c";

    private final ImportJobs jobs;
    private final JobSettings settings;
    private final ObjectMapper objectMapper;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Object work = new Object();
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean running;

    public ImportJobRunner(ImportJobs jobs, JobSettings settings, ObjectMapper objectMapper) {
        this.jobs = jobs;
        this.settings = settings;
        this.objectMapper = objectMapper;
    }

    void start(@Observes StartupEvent event) {
        running = true;
        for (int i = 0; i < settings.workers(); i++) {
            Thread worker = new Thread(this::work, "import-job-" + (i + 1));
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
    }

    /**
     * Stops the importers, and waits (briefly) for each to put back the document it was importing, so
     * that a restarted service takes it up at once rather than when its lease runs out.
     */
    void stop(@Observes ShutdownEvent event) {
        running = false;
        workers.forEach(Thread::interrupt);
        for (Thread worker : workers) {
            try {
                worker.join(STOP_WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Tells the importers that documents were queued. */
    public void wake() {
        synchronized (work) {
            work.notifyAll();
        }
    }

    private void work() {
        while (running) {
            try {
                Optional<ImportJobs.Task> task = jobs.claim(settings.lease());
                if (task.isPresent()) {
                    run(task.get());
                } else {
                    idle();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // The database is away (or the service stops): the documents stay claimed or pending, and are
                // taken up again once it answers.
                LOG.warnf("Import jobs: %s", e.getMessage());
                try {
                    idle();
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Until woken, the next document falls due, or the idle time is over. */
    private void idle() throws InterruptedException {
        long wait = settings.idle().toMillis();
        Optional<OffsetDateTime> due = running ? nextDue() : Optional.empty();
        if (due.isPresent()) {
            wait = Math.max(1, Math.min(wait, Duration.between(StoredValues.now(), due.get()).toMillis()));
        }
        synchronized (work) {
            work.wait(wait);
        }
    }

    private Optional<OffsetDateTime> nextDue() {
        try {
            return jobs.nextDue();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private void run(ImportJobs.Task task) throws InterruptedException {
        if (task.authorization() == null || (task.tokenExpiresAt() != null && task.tokenExpiresAt().isBefore(StoredValues.now()))) {
            jobs.complete(task.claim(), failed(401, problem(401, "Unauthorized", "The token the job was submitted with "
                    + (task.authorization() == null ? "is gone" : "expired at " + task.tokenExpiresAt())
                    + " before this document was imported: submit it again with a valid token")));
            return;
        }
        HttpResponse<byte[]> answer;
        try {
            answer = http.send(request(task), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            // The service stops: the document goes back to be taken up again (its import, if it got through, is
            // then answered unchanged).
            jobs.retryLater(task.claim(), Duration.ZERO, null, null);
            throw e;
        } catch (HttpTimeoutException e) {
            retryOrFail(task, null, problem(504, "Gateway timeout", "The import did not answer within "
                    + settings.timeout().toSeconds() + " s"), null);
            return;
        } catch (IOException e) {
            retryOrFail(task, null, problem(503, "Service unavailable", "The suite's gateway at " + settings.gatewayUrl()
                    + " could not be reached"), null);
            return;
        }
        int status = answer.statusCode();
        JsonNode body = body(answer.body());
        if (status == 200 || status == 201) {
            jobs.complete(task.claim(), outcome(status, body));
        } else if (TRY_AGAIN.contains(status)) {
            retryOrFail(task, status, body, answer.headers().firstValue("Retry-After").orElse(null));
        } else {
            jobs.complete(task.claim(), failed(status, body));
        }
    }

    private void retryOrFail(ImportJobs.Task task, Integer status, JsonNode problem, String retryAfter) {
        if (task.claim().attempt() >= settings.attempts()) {
            jobs.complete(task.claim(), failed(status, problem));
            return;
        }
        long seconds = Math.min(60, 1L << Math.min(task.claim().attempt(), 6));
        if (retryAfter != null && retryAfter.trim().matches("\\d{1,4}")) {
            seconds = Math.max(1, Math.min(300, Long.parseLong(retryAfter.trim())));
        }
        LOG.infof("Import job %s, document %d: HTTP %s, tried again in %d s", task.claim().jobId(), task.claim().position(),
                status == null ? "none" : status.toString(), seconds);
        jobs.retryLater(task.claim(), Duration.ofSeconds(seconds), status, problem);
    }

    private HttpRequest request(ImportJobs.Task task) {
        Map<String, String> params = new LinkedHashMap<>();
        if (task.department() != null) {
            params.put("department", task.department());
        } else if (task.division() != null) {
            params.put("division", task.division());
        }
        if (task.divisionName() != null) {
            params.put("divisionName", task.divisionName());
        }
        if (task.partial()) {
            params.put("partial", "true");
        }
        if (task.dryRun()) {
            params.put("dryRun", "true");
        }
        String query = params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        URI uri = URI.create(settings.gatewayUrl().replaceFirst("/+$", "") + "/api/v1/imports" + (query.isEmpty() ? "" : "?" + query));
        return HttpRequest.newBuilder(uri)
                .timeout(settings.timeout())
                .header("Authorization", task.authorization())
                .header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(form(task.fileName(), jobs.sourceBytes(task.sourceSha256()))))
                .build();
    }

    /** The document as the form field file, under its name: the import records the name with the source. */
    private static byte[] form(String fileName, byte[] document) {
        String name = fileName == null ? "document" : fileName.replaceAll("[\"\\r\\n\\\\]", "_");
        ByteArrayOutputStream out = new ByteArrayOutputStream(document.length + 512);
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(document);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private ImportJobs.Outcome outcome(int status, JsonNode body) {
        String state = switch (body.path("outcome").asText()) {
            case "imported" -> ImportJobDocument.IMPORTED;
            case "unchanged" -> ImportJobDocument.UNCHANGED;
            case "dry-run" -> ImportJobDocument.CHECKED;
            default -> null;
        };
        if (state == null) {
            return failed(status, problem(502, "Bad gateway", "The import answered an outcome the job does not know: "
                    + body.path("outcome").asText("none")));
        }
        UUID importId = body.hasNonNull("importId") ? UUID.fromString(body.get("importId").asText()) : null;
        JsonNode notStored = body.path("notStored").isArray() && !body.path("notStored").isEmpty() ? body.get("notStored") : null;
        return new ImportJobs.Outcome(state, status, body.path("departmentId").asText(null),
                body.path("fiscalYear").canConvertToInt() ? body.get("fiscalYear").intValue() : null, importId, null, notStored);
    }

    private static ImportJobs.Outcome failed(Integer status, JsonNode problem) {
        return new ImportJobs.Outcome(ImportJobDocument.FAILED, status, null, null, null, problem, null);
    }

    private JsonNode body(byte[] bytes) {
        try {
            JsonNode node = objectMapper.readTree(bytes);
            return node == null ? objectMapper.createObjectNode() : node;
        } catch (IOException e) {
            return problem(502, "Bad gateway", "The import answered something that is not JSON");
        }
    }

    private ObjectNode problem(int status, String title, String detail) {
        return objectMapper.createObjectNode().put("title", title).put("status", status).put("detail", detail);
    }
}
