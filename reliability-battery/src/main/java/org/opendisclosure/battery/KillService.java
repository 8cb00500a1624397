package org.opendisclosure.battery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A service killed (SIGKILL) during a whole-disclosure PUT at the gateway: the reference disclosure,
 * one figure of a part the service owns changed, written for a year it is not published for. The
 * PUT must be answered (a success, or a 5xx problem saying what failed), never left hanging; a
 * failed one must leave the disclosure absent (nothing stored) or reading incomplete; once the
 * suite has restarted the service the same PUT is sent again (asked again while the gateway
 * says 503 with Retry-After) and must succeed, and the disclosure must then read complete, every
 * part as written.
 */
public final class KillService {

    private static final String DEPARTMENT = "130624-203";
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(60);

    public record Settings(String service, Duration killAfter, Duration deadline) {
    }

    private final String gateway;
    private final JsonHttp http;
    private final Path pidsFile;
    private final Settings settings;
    private final Figures figures = new Figures("kill-service");
    private final StringBuilder story = new StringBuilder();
    private boolean passed;

    /** @param pidsFile the suite's {@code pids} file, beside its PostgreSQL data directory */
    public KillService(String gateway, String token, Path pidsFile, Settings settings) {
        this.gateway = gateway;
        this.http = new JsonHttp(token, ANSWER_WITHIN);
        this.pidsFile = pidsFile;
        this.settings = settings;
    }

    /** False when the repeat did not succeed or the disclosure did not read back complete and as written. */
    public boolean passed() {
        return passed && !figures.failedWrites();
    }

    /** What happened, e.g. "kill-service: killed assets-service (pid 12) 100 ms into the PUT: first answer 503 …". */
    public String summary() {
        return "kill-service: " + story;
    }

    public Figures run() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + settings.deadline().toNanos();
        JsonHttp.Answer reference = http.get(gateway + Crash.REFERENCE);
        if (reference.status() != 200) {
            throw new IOException("the reference disclosure " + Crash.REFERENCE + " cannot be read: " + reference);
        }
        JsonNode disclosure = reference.json();
        ObjectNode document = JsonHttp.writable(disclosure, null);
        String changed = changeAFigure(disclosure, document);
        int year = unpublishedYear();
        String url = gateway + "/api/v1/disclosures/" + DEPARTMENT + "/" + year;

        Pids.Running victim = Pids.service(pidsFile, settings.service())
                .orElseThrow(() -> new IOException(pidsFile + " names no running " + settings.service()));
        long sentAt = System.nanoTime();
        CompletableFuture<JsonHttp.Answer> pending = http.putAsync(url, document);
        Thread.sleep(settings.killAfter().toMillis()); // where in the PUT the kill lands: the scenario, not a wait for a condition
        victim.process().destroyForcibly();
        JsonHttp.Answer first = answer(pending);
        JsonHttp.count(figures, "PUT " + url + " (" + settings.service() + " killed)", first);
        story.append(String.format("killed %s (pid %d) %d ms into PUT %s (%s changed): answered %s after %d ms", settings.service(),
                victim.process().pid(), settings.killAfter().toMillis(), url, changed, first.status() == 0 ? "nothing" : first.status(),
                (System.nanoTime() - sentAt) / 1_000_000));

        Optional<Pids.Running> restarted = awaitRestart(victim, deadline);
        if (restarted.isEmpty()) {
            story.append("; ").append(settings.service()).append(" was not restarted and ready in time");
            return figures;
        }
        story.append(String.format("; restarted (pid %d) and ready after %.1f s", restarted.get().process().pid(),
                (System.nanoTime() - sentAt) / 1e9));

        // A write refused half way must not be read as a whole one: until it is repeated, what it left says it is incomplete.
        boolean honestMeanwhile = true;
        if (!first.ok()) {
            JsonHttp.Answer meanwhile = http.get(url);
            boolean incomplete = meanwhile.status() == 200 && !meanwhile.json().path("complete").asBoolean(true)
                    && meanwhile.json().has("incompleteWrite");
            honestMeanwhile = meanwhile.status() == 404 || incomplete;
            story.append("; before the repeat the disclosure reads ").append(meanwhile.status() == 404 ? "absent (nothing stored)"
                    : incomplete ? "incomplete, naming the write that stopped" : "as if whole (" + meanwhile.status() + ")");
        }

        JsonHttp.Answer repeat = http.put(url, document);
        JsonHttp.count(figures, "PUT " + url + " (repeated)", repeat);
        int asked = 1;
        while (repeat.status() == 503 && System.nanoTime() < deadline) {
            Thread.sleep(1000); // a client told 503 with Retry-After asks again; the gateway's circuit may still be open
            repeat = http.put(url, document);
            JsonHttp.count(figures, "PUT " + url + " (repeated)", repeat);
            asked++;
        }
        story.append("; the repeat answered ").append(repeat.status()).append(asked > 1 ? " (asked " + asked + " times)" : "");
        if (!repeat.ok()) {
            return figures;
        }
        JsonHttp.Answer read = http.get(url);
        JsonNode written = read.status() == 200 ? read.json() : null;
        boolean complete = written != null && written.path("complete").asBoolean(false);
        story.append("; the disclosure then reads complete: ").append(complete);
        if (written != null) {
            compare(document, written, url);
        }
        passed = complete && honestMeanwhile && figures.lost == 0;
        return figures;
    }

    /** Every part as written, counted lost otherwise. */
    private void compare(ObjectNode document, JsonNode disclosure, String url) {
        ObjectNode read = JsonHttp.writable(disclosure, null);
        for (Iterator<Map.Entry<String, JsonNode>> parts = document.fields(); parts.hasNext(); ) {
            Map.Entry<String, JsonNode> part = parts.next();
            if (!JsonHttp.sameContent(part.getValue(), read.get(part.getKey()))) {
                figures.lost++;
                Figures.example(figures.lostExamples, "GET " + url + ": part " + part.getKey() + " does not read as written");
            }
        }
    }

    /**
     * Adds 0.01 to the first decimal figure of the first part the killed service owns, so that the
     * write changes what that service stores; returns where, e.g. {@code assets.totalFixedAssets}.
     */
    private String changeAFigure(JsonNode disclosure, ObjectNode document) throws IOException {
        for (JsonNode part : disclosure.path("parts")) {
            if (part.path("service").asText().equals(settings.service()) && document.has(part.path("key").asText())) {
                String key = part.path("key").asText();
                String where = changeFirstDecimal(document.get(key), key);
                if (where != null) {
                    return where;
                }
            }
        }
        throw new IOException("the reference disclosure has no decimal figure in a part of " + settings.service());
    }

    private static String changeFirstDecimal(JsonNode node, String path) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getValue().isBigDecimal()) {
                    BigDecimal figure = field.getValue().decimalValue();
                    ((ObjectNode) node).set(field.getKey(), DecimalNode.valueOf(figure.add(new BigDecimal("0.01"))));
                    return path + "." + field.getKey();
                }
                String inner = changeFirstDecimal(field.getValue(), path + "." + field.getKey());
                if (inner != null) {
                    return inner;
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String inner = changeFirstDecimal(node.get(i), path + "[" + i + "]");
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    /** The first year from 2090 on that the department has no disclosure for, so the write creates every part. */
    private int unpublishedYear() throws IOException, InterruptedException {
        for (int year = 2090; year <= 2100; year++) {
            JsonHttp.Answer answer = http.get(gateway + "/api/v1/disclosures/" + DEPARTMENT + "/" + year);
            if (answer.status() == 404) {
                return year;
            }
        }
        throw new IOException("every year from 2090 to 2100 already has a disclosure of " + DEPARTMENT);
    }

    private static JsonHttp.Answer answer(CompletableFuture<JsonHttp.Answer> pending) throws InterruptedException {
        try {
            return pending.get(ANSWER_WITHIN.toMillis() + 5000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            pending.cancel(true);
            return new JsonHttp.Answer(0, null, null, "", "no answer within " + ANSWER_WITHIN.toSeconds() + " s");
        }
    }

    /** The service under a new pid, answering ready on its port. */
    private Optional<Pids.Running> awaitRestart(Pids.Running victim, long deadline) throws InterruptedException {
        while (System.nanoTime() < deadline) {
            Optional<Pids.Running> now = Pids.service(pidsFile, settings.service())
                    .filter(running -> running.process().pid() != victim.process().pid());
            if (now.isPresent() && http.get("http://127.0.0.1:" + now.get().port() + "/q/health/ready").status() == 200) {
                return now;
            }
            Thread.sleep(200);
        }
        return Optional.empty();
    }
}
