package org.opendisclosure.battery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * PostgreSQL killed (SIGKILL on its postmaster) during a stream of part writes: several writers
 * each PUT new revisions of the budget of a department of their own (division 130624, made from
 * the reference disclosure), the postmaster is killed once or more while they write, and once the
 * suite has recovered every write that was answered 2xx is read back by its revision number. An
 * acknowledged revision that does not read back as written is lost; a revision number acknowledged
 * twice is reused. 503s while PostgreSQL is down are expected; any other 5xx is a failure.
 */
public final class Crash {

    static final String REFERENCE = "/api/v1/disclosures/130624-203/2020";
    private static final List<String> BUDGET_PARTS = List.of("summary", "operatingExpenses", "threePublicExpenses", "glossary",
            "otherNotes");
    private static final int YEAR = 2020;
    /** A writer refused with 503 asks again after this long: often enough to see the suite recover, not a flood. */
    private static final Duration RETRY_PAUSE = Duration.ofMillis(100);

    /** @param writes how many writes at least; the writers go on until every kill has been recovered from */
    public record Settings(int writers, int writes, int kills, Duration deadline) {
    }

    private record Acknowledged(String department, int revision, String etag, JsonNode written) {
    }

    private final String readBase;
    private final String writeBase;
    private final JsonHttp http;
    private final Path postgresData;
    private final Settings settings;
    private final Figures figures = new Figures("crash");
    private final List<Acknowledged> acknowledged = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger started = new AtomicInteger();
    private final List<String> kills = new ArrayList<>();
    /** When the newest acknowledged write was sent (System.nanoTime()). */
    private volatile long lastAcknowledgedSentAt = Long.MIN_VALUE;
    private volatile boolean killsDone;
    private long deadline;

    /**
     * @param readBase     where the reference disclosure is read (the gateway)
     * @param writeBase    where the writes go and are read back (the gateway, or the budget service itself)
     * @param postgresData PostgreSQL's data directory, whose postmaster.pid names the process to kill
     */
    public Crash(String readBase, String writeBase, String token, Path postgresData, Settings settings) {
        this.readBase = readBase;
        this.writeBase = writeBase;
        this.http = new JsonHttp(token, Duration.ofSeconds(30));
        this.postgresData = postgresData;
        this.settings = settings;
    }

    /** How many times PostgreSQL was killed and writes were acknowledged again after. */
    public int kills() {
        return kills.size();
    }

    /** e.g. "killed PostgreSQL's postmaster 2 times: pid 123 (writes acknowledged again after 3.2 s), …" */
    public String summary() {
        return "crash: " + settings.writers() + " writers; killed PostgreSQL's postmaster " + kills.size() + " times: "
                + String.join(", ", kills);
    }

    public Figures run() throws IOException, InterruptedException {
        deadline = System.nanoTime() + settings.deadline().toNanos();
        JsonHttp.Answer reference = http.get(readBase + REFERENCE);
        if (reference.status() != 200) {
            throw new IOException("the reference disclosure " + REFERENCE + " cannot be read: " + reference);
        }
        JsonNode disclosure = reference.json();
        JsonNode organization = JsonHttp.writable(disclosure, List.of("organization")).get("organization");
        ObjectNode budget = JsonHttp.writable(disclosure, BUDGET_PARTS);
        String run = Long.toString(System.currentTimeMillis(), 36);

        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < settings.writers(); w++) {
            String department = "130624-" + (800 + w);
            JsonHttp.Answer created = http.put(writeBase + "/api/v1/departments/" + department + "/organization/" + YEAR, organization);
            if (!created.ok()) {
                throw new IOException("department " + department + " could not be written: " + created);
            }
            Thread writer = new Thread(() -> write(department, budget, run), "crash-writer-" + w);
            writer.setDaemon(true);
            writers.add(writer);
        }
        writers.forEach(Thread::start);
        try {
            kill();
        } finally {
            killsDone = true;
        }
        for (Thread writer : writers) {
            writer.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        }
        readBack();
        return figures;
    }

    private void write(String department, ObjectNode budget, String run) {
        String url = writeBase + "/api/v1/departments/" + department + "/budgets/" + YEAR;
        try {
            while (!(killsDone && started.get() >= settings.writes()) && System.nanoTime() < deadline) {
                int n = started.incrementAndGet();
                ObjectNode document = budget.deepCopy();
                // A text no other write has: every acknowledged write is a new revision.
                document.put("otherNotes", "无其他需说明的事项。（可靠性测试 " + run + " 第" + n + "次写入）");
                long sentAt = System.nanoTime();
                JsonHttp.Answer answer = http.put(url, document);
                JsonHttp.count(figures, "PUT " + url, answer);
                if (answer.ok()) {
                    acknowledged.add(new Acknowledged(department, answer.json().path("revision").asInt(), answer.etag(), document));
                    lastAcknowledgedSentAt = Math.max(lastAcknowledgedSentAt, sentAt);
                } else if (answer.status() == 503 || answer.status() == 0) {
                    Thread.sleep(RETRY_PAUSE.toMillis());
                }
            }
        } catch (IOException | InterruptedException e) {
            synchronized (figures) {
                Figures.example(figures.withoutProblemExamples, "writer of " + department + " stopped: " + e);
                figures.noAnswer++;
            }
        }
    }

    /**
     * Kills the postmaster each time another share of the writes is acknowledged, and waits until
     * writes are acknowledged again: sent after a new postmaster is up, so the suite has recovered.
     */
    private void kill() throws IOException, InterruptedException {
        for (int k = 1; k <= settings.kills(); k++) {
            int share = k * settings.writes() / (settings.kills() + 1);
            await(() -> acknowledgedCount() >= share, "writes to be acknowledged before kill " + k);
            ProcessHandle postmaster = postmaster()
                    .orElseThrow(() -> new IOException(postgresData.resolve("postmaster.pid") + " names no running postmaster"));
            long killedAt = System.nanoTime();
            postmaster.destroyForcibly();
            await(() -> !postmaster.isAlive(), "PostgreSQL's postmaster (pid " + postmaster.pid() + ") to die");
            await(() -> postmaster().filter(p -> p.pid() != postmaster.pid()).isPresent(), "PostgreSQL to be restarted");
            long restartedAt = System.nanoTime();
            await(() -> lastAcknowledgedSentAt > restartedAt, "a write to be acknowledged after PostgreSQL was restarted");
            kills.add(String.format("pid %d (writes acknowledged again after %.1f s)", postmaster.pid(),
                    (System.nanoTime() - killedAt) / 1e9));
        }
    }

    /** Every acknowledged write, read back by its revision number once the suite answers again. */
    private void readBack() throws InterruptedException {
        Map<String, Acknowledged> byRevision = new HashMap<>();
        List<Acknowledged> all;
        synchronized (acknowledged) {
            all = List.copyOf(acknowledged);
        }
        for (Acknowledged write : all) {
            Acknowledged earlier = byRevision.putIfAbsent(write.department() + " " + write.revision(), write);
            if (earlier != null) {
                figures.reused++;
                Figures.example(figures.lostExamples, write.department() + " revision " + write.revision()
                        + " was acknowledged for two different writes");
            }
            String url = writeBase + "/api/v1/departments/" + write.department() + "/budgets/" + YEAR + "/revisions/" + write.revision();
            JsonHttp.Answer read = http.get(url);
            while ((read.status() == 503 || read.status() == 0) && System.nanoTime() < deadline) {
                Thread.sleep(RETRY_PAUSE.toMillis());
                read = http.get(url);
            }
            if (!readsAsWritten(write, read)) {
                figures.lost++;
                Figures.example(figures.lostExamples, "GET " + url + " acknowledged with ETag " + write.etag() + " -> " + read);
            }
        }
    }

    private static boolean readsAsWritten(Acknowledged write, JsonHttp.Answer read) {
        if (read.status() != 200 || write.etag() == null || !write.etag().equals(read.etag())) {
            return false;
        }
        try {
            JsonNode stored = read.json();
            for (String part : BUDGET_PARTS) {
                if (!JsonHttp.sameContent(write.written().get(part), stored.get(part))) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private int acknowledgedCount() {
        synchronized (figures) {
            return figures.acknowledged;
        }
    }

    private Optional<ProcessHandle> postmaster() {
        return Pids.postmaster(postgresData);
    }

    private void await(BooleanSupplier condition, String what) throws IOException, InterruptedException {
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IOException("gave up waiting for " + what + " within " + settings.deadline().toSeconds() + " s");
            }
            Thread.sleep(20);
        }
    }
}
