package org.opendisclosure.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The command against a stand-in gateway that answers as the real one does for the document it is
 * sent: the real endpoint is exercised end to end in end-to-end-tests.
 */
class ImportCommandTest {

    @TempDir
    Path folder;

    private HttpServer gateway;
    private final List<String> queries = new CopyOnWriteArrayList<>();
    private final List<String> credentials = new CopyOnWriteArrayList<>();
    private final List<String> contentTypes = new CopyOnWriteArrayList<>();
    private final List<byte[]> bodies = new CopyOnWriteArrayList<>();
    private final AtomicInteger busyAnswers = new AtomicInteger();
    private final java.util.Map<String, String> keptSources = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<String> jobRequests = new CopyOnWriteArrayList<>();
    private final AtomicInteger jobPolls = new AtomicInteger();

    @BeforeEach
    void startGateway() throws IOException {
        gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/api/v1/imports", exchange -> {
            byte[] sent = exchange.getRequestBody().readAllBytes();
            bodies.add(sent);
            contentTypes.add(String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")));
            String document = new String(sent, StandardCharsets.UTF_8);
            queries.add(exchange.getRequestURI().getRawQuery());
            credentials.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            int status;
            String body;
            if (document.startsWith("busy") && busyAnswers.getAndIncrement() == 0) {
                status = 503;
                body = "{\"type\":\"urn:budget-disclosure:problem:service-unavailable\",\"status\":503,\"detail\":\"busy\"}";
                exchange.getResponseHeaders().add("Retry-After", "0");
            } else if (document.startsWith("broken")) {
                status = 422;
                body = "{\"type\":\"urn:budget-disclosure:problem:unprocessable-document\",\"status\":422,"
                        + "\"detail\":\"line 7: expected 第一部分, found nothing\",\"line\":7}";
            } else {
                boolean known = document.startsWith("known");
                boolean dryRun = exchange.getRequestURI().getRawQuery().contains("dryRun=true");
                status = known || dryRun ? 200 : 201;
                body = "{\"departmentId\":\"130624-203\",\"fiscalYear\":2020,\"outcome\":\""
                        + (dryRun ? "dry-run" : known ? "unchanged" : "imported")
                        + "\",\"disclosure\":\"/api/v1/disclosures/130624-203/2020\""
                        + (dryRun ? ",\"findings\":{\"counts\":{\"error\":3,\"warning\":6,\"info\":0}}" : "") + "}";
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        gateway.createContext("/api/v1/sources/", exchange -> {
            byte[] sent = exchange.getRequestBody().readAllBytes();
            String sha256 = exchange.getRequestURI().getPath().substring("/api/v1/sources/".length());
            keptSources.put(sha256, new String(sent, StandardCharsets.UTF_8));
            credentials.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            answer(exchange, 201, "{\"sha256\":\"" + sha256 + "\"}");
        });
        gateway.createContext("/api/v1/import-jobs", exchange -> {
            String path = exchange.getRequestURI().getPath();
            credentials.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            if (exchange.getRequestMethod().equals("POST")) {
                jobRequests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                answer(exchange, 202, "{\"id\":\"job-1\",\"state\":\"queued\"}");
            } else if (path.endsWith("/documents")) {
                answer(exchange, 200, "{\"items\":[" + jobDocuments() + "]}");
            } else {
                // Running at the first look, finished at the next.
                boolean finished = jobPolls.incrementAndGet() > 1;
                answer(exchange, 200, "{\"state\":\"" + (finished ? "finished" : "running") + "\",\"progress\":{\"done\":"
                        + (finished ? 3 : 1) + "}}");
            }
        });
        gateway.start();
    }

    /** The job's documents as the suite would list them, each's outcome told by its content, as the import endpoint does. */
    private String jobDocuments() {
        List<String> items = new java.util.ArrayList<>();
        java.util.regex.Matcher sources = java.util.regex.Pattern.compile("\"source\":\"([0-9a-f]{64})\"").matcher(jobRequests.get(0));
        while (sources.find()) {
            String document = keptSources.get(sources.group(1));
            if (document.startsWith("broken")) {
                items.add("{\"state\":\"failed\",\"status\":422,\"problem\":{\"status\":422,"
                        + "\"detail\":\"line 7: expected 第一部分, found nothing\"}}");
            } else {
                items.add("{\"state\":\"" + (document.startsWith("known") ? "unchanged" : "imported")
                        + "\",\"departmentId\":\"130624-203\",\"fiscalYear\":2020,\"disclosure\":\"/api/v1/disclosures/130624-203/2020\"}");
            }
        }
        return String.join(",", items);
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @AfterEach
    void stopGateway() {
        gateway.stop(0);
    }

    private record Run(int exitCode, String out, String err) {
    }

    private Run run(String... args) {
        String[] withToken = new String[args.length + 1];
        withToken[0] = "--token=a.test.token";
        System.arraycopy(args, 0, withToken, 1, args.length);
        return runAsIs(withToken);
    }

    private Run runAsIs(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new ImportCommand());
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        String[] all = new String[args.length + 1];
        all[0] = "--gateway=http://127.0.0.1:" + gateway.getAddress().getPort();
        System.arraycopy(args, 0, all, 1, args.length);
        int code = command.execute(all);
        return new Run(code, out.toString(), err.toString());
    }

    private Path document(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void aFolderIsImportedWholeAndTheSummaryCountsEachOutcomeWithTheReasonsOfFailures() throws IOException {
        document("a/new.txt", "new document");
        document("a/b/known.txt", "known document");
        document("broken.txt", "broken document");
        document("notes.md", "not a document: not sent");

        Run run = run("--direct", "--division=130624", folder.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("3 document(s)", "imported 1, unchanged 1, checked 0, failed 1")
                .contains("broken.txt: HTTP 422: line 7: expected 第一部分, found nothing")
                .doesNotContain("new.txt");
        assertThat(queries).hasSize(3).allMatch("division=130624"::equals);
        assertThat(credentials).hasSize(3).allMatch("Bearer a.test.token"::equals);
    }

    @Test
    void wordAndPdfFilesInAFolderAreSentAsTheirBytesWithTheirMediaType() throws IOException {
        // Not valid UTF-8 (as no .docx or PDF is): sent as read, never through a String.
        byte[] docx = {'P', 'K', 3, 4, (byte) 0xFF, (byte) 0xFE, (byte) 0x80, 0, 'n', 'e', 'w'};
        byte[] pdf = {'%', 'P', 'D', 'F', '-', '1', '.', '7', '\n', (byte) 0xE2, (byte) 0xE3, (byte) 0xCF, (byte) 0xD3};
        Files.createDirectories(folder.resolve("w"));
        Files.write(folder.resolve("w/a.docx"), docx);
        Files.write(folder.resolve("w/b.pdf"), pdf);
        Files.write(folder.resolve("w/~$a.docx"), new byte[]{1, 2});
        document("w/c.txt", "new document");

        Run run = run("--direct", "--division=130624", folder.resolve("w").toString());

        assertThat(run.out()).contains("3 document(s)");
        assertThat(contentTypes).containsExactlyInAnyOrder("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "application/pdf", "text/plain");
        assertThat(bodies.get(contentTypes.indexOf("application/pdf"))).isEqualTo(pdf);
        assertThat(bodies.get(contentTypes.indexOf("application/vnd.openxmlformats-officedocument.wordprocessingml.document")))
                .isEqualTo(docx);
    }

    @Test
    void withoutATokenNothingIsSentAndTheCommandSaysWhereOneIs() throws IOException {
        Path file = document("one.txt", "new document");

        Run run = runAsIs("--department=130624-203", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("a token is needed to write", "--token", "SUITE_TOKEN", ".data/dev-token");
        assertThat(queries).isEmpty();
    }

    @Test
    void everyDocumentStoredOrUnchangedExitsZeroAndVerboseListsWhereEachIs() throws IOException {
        Path file = document("one.txt", "new document");

        Run run = run("--direct", "--verbose", "--department=130624-203", "--division-name=阜平县", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("imported 1, unchanged 0, checked 0, failed 0")
                .contains("imported   " + file + " → /api/v1/disclosures/130624-203/2020");
        assertThat(queries).containsExactly("department=130624-203&divisionName=%E9%98%9C%E5%B9%B3%E5%8E%BF");
    }

    @Test
    void aDryRunStoresNothingAndShowsTheFindingsOfEachDocument() throws IOException {
        Path file = document("130624-203-2020.txt", "new document");

        Run run = run("--dry-run", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("checked 1").contains("findings: 3 errors, 6 warnings, 0 info");
        assertThat(queries).containsExactly("department=130624-203&dryRun=true");
    }

    @Test
    void aServiceBrieflyUnavailableIsWaitedForAndTriedAgain() throws IOException {
        Path file = document("130624_busy.txt", "busy document");

        Run run = run("--direct", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("imported 1");
        assertThat(queries).containsExactly("division=130624", "division=130624");
    }

    @Test
    void aGatewayThatDoesNotAnswerIsAFailureThatSaysSo() throws IOException {
        Path file = document("x.txt", "new document");
        gateway.stop(0);

        for (String mode : List.of("--direct", "--verbose")) {
            Run run = run(mode, "--division=130624", file.toString());

            assertThat(run.exitCode()).as(mode).isEqualTo(1);
            assertThat(run.out()).as(mode).contains("does not answer (is the suite running?)");
        }
    }

    @Test
    void aFolderIsImportedAsOneJobOfTheSuiteEachFileKeptFirstAndEachOutcomeSaid() throws IOException {
        document("a/130624-203-new.txt", "new document");
        document("a/b/130624_known.txt", "known document");
        document("broken.txt", "broken document");

        Run run = run("--division-name=阜平县", folder.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("Import job: http://127.0.0.1:" + gateway.getAddress().getPort() + "/api/v1/import-jobs/job-1")
                .contains("3 document(s)", "imported 1, unchanged 1, checked 0, failed 1")
                .contains("broken.txt: HTTP 422: line 7: expected 第一部分, found nothing");
        assertThat(keptSources).hasSize(3);
        assertThat(queries).as("nothing imported directly").isEmpty();
        assertThat(jobRequests).hasSize(1);
        String job = jobRequests.get(0);
        // Each document with its file's name and the department or division that name begins with.
        assertThat(job).contains("\"fileName\":\"130624-203-new.txt\",\"department\":\"130624-203\"",
                "\"fileName\":\"130624_known.txt\",\"division\":\"130624\"", "\"fileName\":\"broken.txt\"}",
                "\"divisionName\":\"阜平县\"");
        assertThat(credentials).isNotEmpty().allMatch("Bearer a.test.token"::equals);
    }

    @Test
    void aMissingPathIsAUsageError() {
        Run run = run(folder.resolve("missing.txt").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no such file or folder");
    }
}
