package org.opendisclosure.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.battery.BadInput;
import org.opendisclosure.battery.Crash;
import org.opendisclosure.battery.Figures;
import org.opendisclosure.battery.IfMatchRace;
import org.opendisclosure.battery.MixedLoad;
import org.opendisclosure.runner.Suite;
import org.opendisclosure.scale.Generator;
import org.opendisclosure.scale.Loader;
import org.opendisclosure.testing.CsvText;
import org.opendisclosure.testing.ExactJson;

/**
 * The suite as it really runs (the packaged services and gateway as child processes, one embedded
 * PostgreSQL in a temporary directory, free ports), driven only through the gateway: the sample
 * disclosure written part by part, read back complete and exact, read partial while a service is
 * down, complete again once it is back; then the whole disclosure written as one document (the
 * same again: nothing changes; a revision: read back at once); its findings, exactly the published
 * inconsistencies; then the published document itself imported (dry run, import, the same again),
 * read back equal to the hand-made parts, summarised by year, and a folder loaded with the command
 * line; last the reliability battery: bad input from the OpenAPI documents, then PostgreSQL killed
 * twice during a stream of writes, which the suite restarts. The steps build on each other, in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GatewayEndToEndIT {

    private static final String DEPARTMENT = "130624-203";
    private static final int YEAR = 2020;
    private static final String SAMPLE = "/sample/" + DEPARTMENT + "/" + YEAR + "/";
    private static final String DISCLOSURE = "/api/v1/disclosures/" + DEPARTMENT + "/" + YEAR;

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    static Path dataDirectory;

    private static Suite suite;
    private static Thread shutdownHook;

    @BeforeAll
    static void startSuite() throws Exception {
        Path root = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
        suite = new Suite(root, dataDirectory.resolve("postgres"), Suite.Ports.free());
        // Should this JVM be stopped before @AfterAll runs (Ctrl-C on the build), the children go with it.
        shutdownHook = new Thread(suite::close, "end-to-end-suite-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        suite.start();
        suite.warmUp();
    }

    @AfterAll
    static void stopSuite() {
        if (suite != null) {
            suite.close();
        }
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook runs anyway
            }
        }
    }

    @Test
    @Order(1)
    void nothingIsPublishedBeforeTheFixtureIsWritten() throws Exception {
        // Just started, on two cores, the services may be too slow for the gateway's timeouts on their
        // first requests (the parts then show as unavailable): the gateway is asked until it has
        // heard from all of them, which here means the plain 404 of a department nobody published.
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        HttpResponse<String> response = get(DISCLOSURE);
        while (response.statusCode() == 200 && System.nanoTime() < deadline) {
            Thread.sleep(500);
            response = get(DISCLOSURE);
        }

        assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    @Order(2)
    void theFixtureIsWrittenThroughTheGateway() throws Exception {
        String department = "/api/v1/departments/" + DEPARTMENT;
        put(department + "/organization/" + YEAR, "department");
        put(department + "/budgets/" + YEAR, "budget");
        put(department + "/performance/" + YEAR, "performance");
        put(department + "/procurement/" + YEAR, "procurement");
        put(department + "/assets/" + YEAR, "assets");
    }

    @Test
    @Order(3)
    void everyOperationsDocumentedExampleIsWhatItAnswersOnTheReferenceDisclosure() throws Exception {
        // Right after the reference disclosure is written, before any other department or year:
        // the examples show it alone. The writes among them send what is stored and change nothing.
        Path root = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
        RecordedExamples examples = new RecordedExamples(suite.devToken(), Path.of("target", "openapi-examples"));
        Map<String, String> modules = new LinkedHashMap<>();
        modules.put("gateway", suite.gatewayUrl());
        for (String service : suite.services()) {
            modules.put(service, suite.url(service));
        }
        for (Map.Entry<String, String> module : modules.entrySet()) {
            JsonNode document = ExactJson.parse(get(module.getValue(), "/q/openapi?format=json").body());
            Set<String> operationIds = new TreeSet<>();
            document.path("paths").forEach(item -> item.forEach(operation -> {
                if (operation.has("operationId")) {
                    operationIds.add(operation.get("operationId").asText());
                }
            }));
            examples.replay(module.getKey(), root.resolve(module.getKey()).resolve("src/main/resources").resolve(RecordedExamples.FILE),
                    module.getValue(), operationIds);
        }
        assertThat(examples.differences()).as(String.join("\n", examples.differences())).isEmpty();
    }

    @Test
    @Order(3)
    void theDisclosureReadsBackCompleteAndExact() throws Exception {
        HttpResponse<String> response = get(DISCLOSURE);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Disclosure-Complete")).hasValue("true");
        JsonNode disclosure = ExactJson.parse(response.body());
        assertComplete(disclosure);
        assertThat(disclosure.get("departmentName").asText()).isEqualTo("中共阜平县委组织部");
        assertThat(disclosure.get("title").asText()).isEqualTo("中共阜平县委组织部2020年部门预算信息公开");
        assertAllPartsExact(disclosure);
        assertPart7Exact(disclosure);

        // the published figures, digit for digit
        JsonNode summary = part(disclosure, 2).get("content");
        assertThat(summary.at("/revenue/total").decimalValue()).isEqualTo(new BigDecimal("8529.41"));
        assertThat(summary.at("/expenditure/total").decimalValue()).isEqualTo(new BigDecimal("8529.41"));
        assertThat(summary.at("/expenditure/basic").decimalValue()).isEqualTo(new BigDecimal("750.38"));
        JsonNode operating = part(disclosure, 3).get("content");
        assertThat(operating.get("items")).hasSize(14);
        assertThat(sum(operating.get("items"), "/amount")).isEqualTo(new BigDecimal("50.64"));
        assertThat(operating.get("total").decimalValue()).isEqualTo(new BigDecimal("50.64"));
        JsonNode projects = part(disclosure, 5).at("/content/projects");
        assertThat(projects).hasSize(37);
        assertThat(sum(projects, "/budget/total")).isEqualTo(new BigDecimal("7779.03"));
        assertThat(projects.get(34).at("/indicators/0/parsedTarget/value").decimalValue()).isEqualTo(new BigDecimal("39"));
        assertThat(part(disclosure, 6).at("/content/lines")).hasSize(14);
        assertThat(part(disclosure, 6).at("/content/lines/0/category").asText()).isEqualTo("GOODS");
        assertThat(part(disclosure, 7).at("/content/totalFixedAssets").decimalValue()).isEqualTo(new BigDecimal("82.22"));
        // 4.5 stays 4.5 and 17.60 stays 17.60: the bytes carry the published digits
        assertThat(response.body()).contains("\"amount\":4.5}").contains("\"total\":17.60");

        // a portal's conditional read
        String etag = response.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = send(request(DISCLOSURE).header("If-None-Match", etag).GET().build());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("X-Disclosure-Complete")).hasValue("true");
    }

    @Test
    @Order(4)
    void withAssetsServiceDownThePartialDisclosureIsServed() throws Exception {
        suite.stop("assets-service");

        // The complete copy composed before the outage is served until it expires.
        HttpResponse<String> response = disclosureOnceCompleteIs(false);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Disclosure-Complete")).hasValue("false");
        JsonNode disclosure = ExactJson.parse(response.body());
        assertThat(disclosure.get("complete").asBoolean()).isFalse();
        assertThat(numbers(disclosure.get("unavailableParts"))).containsExactly(7);
        assertThat(numbers(disclosure.get("absentParts"))).isEmpty();
        JsonNode assets = part(disclosure, 7);
        assertThat(assets.get("status").asText()).isEqualTo("unavailable");
        assertThat(assets.get("service").asText()).isEqualTo("assets-service");
        assertThat(assets.get("reason").asText()).contains("assets-service");
        assertThat(assets.has("content")).isFalse();
        for (int number : List.of(1, 2, 3, 4, 5, 6, 8, 9)) {
            assertThat(part(disclosure, number).get("status").asText()).as("part %d", number).isEqualTo("available");
        }
        assertAllPartsExact(disclosure);

        // the service's own endpoint through the gateway: a problem saying which service is down
        HttpResponse<String> own = get("/api/v1/departments/" + DEPARTMENT + "/assets/" + YEAR);
        assertThat(own.statusCode()).isEqualTo(503);
        assertThat(ExactJson.parse(own.body()).get("detail").asText()).contains("assets-service");
        // and the services still up answer through the gateway as before
        assertThat(get("/api/v1/departments/" + DEPARTMENT + "/budgets/" + YEAR).statusCode()).isEqualTo(200);
    }

    @Test
    @Order(5)
    void onceAssetsServiceIsBackTheDisclosureIsCompleteAgain() throws Exception {
        suite.start("assets-service");

        // The cached partial copy expires, and the gateway's circuit for assets-service (opened by
        // the failed reads) lets a trial read through after its delay.
        HttpResponse<String> response = disclosureOnceCompleteIs(true);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Disclosure-Complete")).hasValue("true");
        JsonNode disclosure = ExactJson.parse(response.body());
        assertComplete(disclosure);
        assertAllPartsExact(disclosure);
        assertPart7Exact(disclosure);
    }

    @Test
    @Order(6)
    void theWholeDisclosureSentAgainAsOneDocumentChangesNothing() throws Exception {
        HttpResponse<String> response = putDisclosure(wholeDisclosure());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(DISCLOSURE));
        JsonNode report = ExactJson.parse(response.body());
        assertThat(report.get("parts")).hasSize(5);
        for (JsonNode part : report.get("parts")) {
            assertThat(part.get("status").asText()).as(part.toString()).isEqualTo("unchanged");
            assertThat(part.get("revision").asInt()).as(part.toString()).isEqualTo(1);
        }
        JsonNode disclosure = ExactJson.parse(get(DISCLOSURE).body());
        assertComplete(disclosure);
        assertAllPartsExact(disclosure);
        assertPart7Exact(disclosure);
    }

    @Test
    @Order(7)
    void aRevisionWrittenThroughTheGatewayIsReadBackAtOnce() throws Exception {
        String before = get(DISCLOSURE).headers().firstValue("ETag").orElseThrow(); // cached now
        ObjectNode document = wholeDisclosure();
        ((ObjectNode) document.get("assets")).put("statement", "中共阜平县委组织部2019年末固定资产总值82.22万元（更正）。");

        HttpResponse<String> written = putDisclosure(document);

        assertThat(written.statusCode()).as(written.body()).isEqualTo(200);
        HttpResponse<String> response = get(DISCLOSURE); // at once: no waiting for the cached copy to expire
        assertThat(response.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(before);
        JsonNode assets = part(ExactJson.parse(response.body()), 7);
        assertThat(assets.get("revision").asInt()).isEqualTo(2);
        assertThat(assets.at("/content/statement").asText()).isEqualTo("中共阜平县委组织部2019年末固定资产总值82.22万元（更正）。");
        assertThat(assets.at("/content/totalFixedAssets").decimalValue()).isEqualTo(new BigDecimal("82.22"));
    }

    /** The published document's inconsistencies, each exactly once: rule, part, and path or project. */
    private static final List<String> FIXTURE_FINDINGS = List.of(
            "summary.change-total summary changeFromLastYear.total.amount",
            "three-public.change threePublicExpenses rows[3].change",
            "performance.indicator-target performance 203-0401-YSN-WYVP",
            "performance.effect-indicators performance 203-0401-YSN-VOTV",
            "performance.indicator-target performance 203-0801-YZN-MWR3",
            "performance.indicator-target performance 203-0801-JZN-XYT8",
            "performance.indicator-target performance 203-0801-JXN-Y7UG",
            "performance.effect-indicators performance 203-0701-YXN-6AFE",
            "procurement.line-department-budget procurement lines[2].departmentBudget",
            "cross.procurement-projects procurement lines[9].projectName");
    private static final String IMPORTED = "130699-203";
    private static final String FIXTURE = "/fixtures/fuping-organization-department-2020.txt";

    @Test
    @Order(8)
    void theStoredDisclosureHasExactlyThePublishedInconsistencies() throws Exception {
        HttpResponse<String> response = get(DISCLOSURE + "/findings");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode findings = ExactJson.parse(response.body());
        assertThat(findings.get("complete").asBoolean()).isTrue();
        assertThat(described(findings)).containsExactlyInAnyOrderElementsOf(FIXTURE_FINDINGS);
        assertThat(findings.at("/counts/error").asInt()).isEqualTo(3);
        assertThat(findings.at("/counts/warning").asInt()).isEqualTo(7);
        JsonNode change = finding(findings, "summary.change-total");
        assertThat(change.get("expected").asText()).isEqualTo("1120.05");
        assertThat(change.get("actual").asText()).isEqualTo("1549.15");
        JsonNode column = finding(findings, "procurement.line-department-budget");
        assertThat(column.get("expected").asText()).isEqualTo("1061");
        assertThat(column.get("actual").asText()).isEqualTo("1.61");

        // A tolerance wide enough for every arithmetic difference leaves only what is not arithmetic.
        JsonNode tolerant = ExactJson.parse(get(DISCLOSURE + "/findings?tolerance=2000").body());
        assertThat(tolerant.at("/counts/error").asInt()).isZero();
        assertThat(tolerant.at("/counts/warning").asInt()).isEqualTo(7);
    }

    @Test
    @Order(9)
    void theRuleCatalogueCoversEveryPartAndTheRulesAcrossThem() throws Exception {
        JsonNode catalogue = ExactJson.parse(get("/api/v1/rules").body());

        assertThat(catalogue.get("unavailable")).isEmpty();
        List<String> ids = new ArrayList<>();
        catalogue.get("rules").forEach(rule -> {
            ids.add(rule.get("id").asText());
            assertThat(rule.get("descriptionZh").asText()).isNotBlank();
            assertThat(rule.get("descriptionEn").asText()).isNotBlank();
        });
        assertThat(ids).doesNotHaveDuplicates().contains("summary.change-total", "operating-expenses.total", "three-public.change",
                "performance.project-budget", "procurement.line-amount", "assets.total", "cross.project-expenditure",
                "cross.procurement-projects");
    }

    @Test
    @Order(10)
    void aDryRunImportOfThePublishedDocumentReturnsItWholeWithItsFindingsAndStoresNothing() throws Exception {
        // Sent as `curl --data-binary @file` sends it: no charset, and curl's default form type.
        HttpResponse<String> response = importFixture("department=" + IMPORTED + "&dryRun=true",
                "application/x-www-form-urlencoded");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode result = ExactJson.parse(response.body());
        assertThat(result.get("outcome").asText()).isEqualTo("dry-run");
        JsonNode document = result.get("document");
        assertThat(document.at("/summary/revenue/total").decimalValue()).isEqualByComparingTo("8529.41");
        assertThat(document.at("/performance/projects")).hasSize(37);
        assertThat(sum(document.at("/performance/projects"), "/budget/total")).isEqualByComparingTo("7779.03");
        assertThat(document.at("/procurement/lines")).hasSize(14);
        assertThat(document.at("/assets/totalFixedAssets").decimalValue()).isEqualByComparingTo("82.22");
        assertThat(described(result.get("findings"))).containsExactlyInAnyOrderElementsOf(FIXTURE_FINDINGS);
        assertThat(get("/api/v1/disclosures/" + IMPORTED + "/2020").statusCode()).isEqualTo(404);
    }

    @Test
    @Order(11)
    void theImportedDocumentIsStoredOnceAndReadsBackLikeTheHandMadeOne() throws Exception {
        HttpResponse<String> first = importFixture("division=130699");
        HttpResponse<String> again = importFixture("division=130699");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(first.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/api/v1/disclosures/" + IMPORTED + "/2020"));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(ExactJson.parse(again.body()).get("outcome").asText()).isEqualTo("unchanged");
        JsonNode imported = ExactJson.parse(get("/api/v1/disclosures/" + IMPORTED + "/2020").body());
        assertThat(imported.get("complete").asBoolean()).isTrue();
        assertThat(imported.get("departmentName").asText()).isEqualTo("中共阜平县委组织部");
        assertSameValues(imported);
        for (JsonNode part : imported.get("parts")) {
            assertThat(part.get("revision").asInt()).as("part %s", part.get("key")).isEqualTo(1);
        }
        assertThat(described(ExactJson.parse(get("/api/v1/disclosures/" + IMPORTED + "/2020/findings").body())))
                .containsExactlyInAnyOrderElementsOf(FIXTURE_FINDINGS);
    }

    @Test
    @Order(12)
    void theYearSummaryCountsEachDepartmentsFindingsAsJsonAndCsv() throws Exception {
        HttpResponse<String> response = get("/api/v1/fiscal-years/2020/findings?sort=-total");
        JsonNode page = ExactJson.parse(response.body());

        assertThat(page.get("totalItems").asInt())
                .as("%s, unavailable: %s", response.body(), response.headers().firstValue("X-Unavailable-Services"))
                .isEqualTo(2);
        for (JsonNode row : page.get("items")) {
            assertThat(row.get("error").asInt()).isEqualTo(3);
            assertThat(row.get("warning").asInt()).isEqualTo(7);
            assertThat(row.get("total").asInt()).isEqualTo(10);
            assertThat(row.get("checked").asBoolean()).isTrue();
        }
        HttpResponse<String> csv = get("/api/v1/fiscal-years/2020/findings?format=csv");
        assertThat(csv.body().lines().toList()).hasSize(3).first().asString().contains("departmentId", "error", "warning");
    }

    @Test
    @Order(13)
    void theCommandLineImporterLoadsAFolderAndSaysWhatFailedWhere(@TempDir Path folder) throws Exception {
        byte[] fixture;
        try (var in = GatewayEndToEndIT.class.getResourceAsStream(FIXTURE)) {
            fixture = in.readAllBytes();
        }
        java.nio.file.Files.write(folder.resolve("130698-203-2020.txt"), fixture);
        String text = new String(fixture, StandardCharsets.UTF_8);
        java.nio.file.Files.writeString(folder.resolve("130698-203-truncated.txt"), text.substring(0, text.indexOf("第六部分")));
        Path root = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
        Process cli = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                root.resolve("disclosure-importer/target/disclosure-importer.jar").toString(),
                "--gateway=" + suite.gatewayUrl(), "--token=" + suite.devToken(), folder.toString())
                .redirectErrorStream(true).start();
        String output = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(cli.waitFor()).as(output).isEqualTo(1);
        assertThat(output).contains("imported 1, unchanged 0, checked 0, failed 1")
                .containsPattern("130698-203-truncated.txt: HTTP 422: .*line \\d+");
        assertThat(get("/api/v1/disclosures/130698-203/2020").statusCode()).isEqualTo(200);
    }

    @Test
    @Order(14)
    void documentsOfOtherShapesAreImportedByTheCommandLineAndStoredByTheServices() throws Exception {
        Path root = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
        Path documents = root.resolve("end-to-end-tests/src/test/resources/documents");
        ProcessBuilder importer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                root.resolve("disclosure-importer/target/disclosure-importer.jar").toString(),
                "--gateway=" + suite.gatewayUrl(), "--verbose", documents.toString())
                .redirectErrorStream(true);
        importer.environment().put("SUITE_TOKEN", suite.devToken());
        Process cli = importer.start();
        String output = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(cli.waitFor()).as(output).isZero();
        assertThat(output).contains("imported 3, unchanged 0, checked 0, failed 0");
        for (String id : List.of("130627-402", "130630-501", "130634-301")) {
            JsonNode disclosure = ExactJson.parse(get("/api/v1/disclosures/" + id + "/2020").body());
            assertThat(disclosure.get("complete").asBoolean()).as("%s: %s", id, disclosure).isTrue();
            JsonNode findings = ExactJson.parse(get("/api/v1/disclosures/" + id + "/2020/findings").body());
            assertThat(findings.get("complete").asBoolean()).as("%s: %s", id, findings).isTrue();
        }
        JsonNode laiyuan = ExactJson.parse(get("/api/v1/disclosures/130630-501/2020").body());
        assertThat(content(laiyuan, 6).get("hasProcurement").asBoolean()).isFalse();
        assertThat(content(laiyuan, 5).get("projects")).isEmpty();
        JsonNode quyang = ExactJson.parse(get("/api/v1/disclosures/130634-301/2020").body());
        assertThat(content(quyang, 1).get("units")).hasSize(2);
    }

    /**
     * The parser's corpus (16 documents of the family, each as its text export, .docx and PDF): each
     * file is read by the gateway, validated by every service and checked (a dry run, so the other
     * steps' departments stay as they are), and the Word and PDF files read to exactly the disclosure
     * their text export reads to, every figure with its digits. That the text export reads to the
     * disclosure it was rendered from, the parser's CorpusTest proves.
     */
    @Test
    @Order(14)
    void everyDocumentOfTheCorpusReadsTheSameAsTextAsWordAndAsPdfThroughTheGateway() throws Exception {
        Path root = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
        Path corpus = root.resolve("disclosure-parser/src/test/resources/corpus");
        List<Path> texts;
        try (var files = java.nio.file.Files.list(corpus)) {
            texts = files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(texts).hasSizeGreaterThanOrEqualTo(15);
        for (Path text : texts) {
            String name = text.getFileName().toString().replaceFirst("\\.txt$", "");
            // A document whose parts name no department code (no projects, no purchases) is of the department the client names.
            HttpResponse<String> asSent = sendDryRun(text, "");
            String query = asSent.statusCode() == 400
                    && ExactJson.parse(asSent.body()).at("/errors/0/field").asText().equals("department") ? "&department=139900-999" : "";
            JsonNode read = dryRunImport(text, query);
            assertThat(read.get("outcome").asText()).as(name).isEqualTo("dry-run");
            for (String format : List.of("docx", "pdf")) {
                JsonNode other = dryRunImport(corpus.resolve(name + "." + format), query);
                assertThat(other.get("departmentId").asText()).as("%s.%s", name, format).isEqualTo(read.get("departmentId").asText());
                assertThat(other.get("document").toString()).as("%s.%s", name, format).isEqualTo(read.get("document").toString());
                assertThat(other.get("findings").toString()).as("%s.%s", name, format).isEqualTo(read.get("findings").toString());
            }
        }
    }

    /**
     * The corpus sent as one bulk import (its texts and Word files as a ZIP archive, three PDFs beside
     * it, in one form), checked in the background: the service that keeps the job is stopped and
     * started again while it runs, and the job goes on to its end with every document done once, each
     * format of a document with the same outcome.
     */
    @Test
    @Order(14)
    void aBulkImportRunsInTheBackgroundAndOutlivesARestartOfTheServiceThatKeepsIt() throws Exception {
        Path root = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
        Path corpus = root.resolve("disclosure-parser/src/test/resources/corpus");
        List<Path> archived;
        try (var files = java.nio.file.Files.list(corpus)) {
            archived = files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".docx")).sorted().toList();
        }
        java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(zipped)) {
            for (Path file : archived) {
                zip.putNextEntry(new java.util.zip.ZipEntry("corpus/" + file.getFileName()));
                zip.write(java.nio.file.Files.readAllBytes(file));
                zip.closeEntry();
            }
        }
        List<Path> pdfs;
        try (var files = java.nio.file.Files.list(corpus)) {
            // Three of them: the form stays under one import's size.
            pdfs = files.filter(f -> f.toString().endsWith(".pdf")).sorted().limit(3).toList();
        }
        assertThat(pdfs).hasSize(3);
        String boundary = "corpus-job-boundary";
        java.io.ByteArrayOutputStream form = new java.io.ByteArrayOutputStream();
        java.util.function.BiConsumer<String, byte[]> field = (name, bytes) -> {
            form.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            form.writeBytes(bytes);
            form.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        };
        field.accept("corpus.zip", zipped.toByteArray());
        for (Path pdf : pdfs) {
            field.accept(pdf.getFileName().toString(), java.nio.file.Files.readAllBytes(pdf));
        }
        form.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> accepted = send(request("/api/v1/import-jobs?dryRun=true")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.toByteArray())).build());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        JsonNode job = ExactJson.parse(accepted.body());
        int total = archived.size() + pdfs.size();
        assertThat(job.at("/progress/total").asInt()).isEqualTo(total);
        String location = accepted.headers().firstValue("Location").orElseThrow();
        assertThat(location).isEqualTo(suite.gatewayUrl() + "/api/v1/import-jobs/" + job.get("id").asText());
        String path = "/api/v1/import-jobs/" + job.get("id").asText();

        awaitJob(path, state -> state.at("/progress/done").asInt() >= 2);
        suite.stop("documents-service");
        suite.start("documents-service");
        JsonNode finished = awaitJob(path, state -> state.get("state").asText().equals("finished"));
        assertThat(finished.at("/progress/done").asInt()).as(finished.toString()).isEqualTo(total);

        JsonNode documents = ExactJson.parse(get(path + "/documents?size=1000").body()).get("items");
        assertThat(documents).hasSize(total);
        java.util.Map<String, List<String>> outcomes = new java.util.TreeMap<>();
        for (JsonNode document : documents) {
            String name = document.get("fileName").asText();
            String state = document.get("state").asText();
            if (state.equals("failed")) {
                // A document whose parts name no department is of the one the client names: none was named here.
                assertThat(document.at("/problem/errors/0/field").asText()).as(document.toString()).isEqualTo("department");
            } else {
                assertThat(state).as(document.toString()).isEqualTo("checked");
            }
            outcomes.computeIfAbsent(name.replaceFirst("^corpus/", "").replaceFirst("\\.[a-z]+$", ""), k -> new ArrayList<>())
                    .add(state + " " + document.path("departmentId").asText());
        }
        outcomes.forEach((name, each) -> assertThat(each).as(name).allMatch(each.get(0)::equals));
        assertThat(outcomes.values().stream().filter(each -> each.get(0).startsWith("checked")).count()).isGreaterThanOrEqualTo(10);
    }

    private static JsonNode awaitJob(String path, java.util.function.Predicate<JsonNode> condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (true) {
            HttpResponse<String> answer = get(path);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            JsonNode state = ExactJson.parse(answer.body());
            if (condition.test(state)) {
                return state;
            }
            assertThat(System.nanoTime()).as("job at %s: %s", path, answer.body()).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static JsonNode dryRunImport(Path file, String query) throws IOException, InterruptedException {
        HttpResponse<String> response = sendDryRun(file, query);
        assertThat(response.statusCode()).as("%s: %s", file.getFileName(), response.body()).isEqualTo(200);
        return ExactJson.parse(response.body());
    }

    private static HttpResponse<String> sendDryRun(Path file, String query) throws IOException, InterruptedException {
        // As a client that cannot tell the formats apart sends them: the gateway reads which it is from the bytes.
        return send(request("/api/v1/imports?dryRun=true" + query).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build());
    }

    @Test
    @Order(25)
    void generatedDepartmentsLoadThroughTheWritePathWithOnlyTheInconsistenciesTheyWereMadeWith() throws Exception {
        Generator generator = new Generator(3, 0.25);
        Loader.Result loaded = new Loader(suite.gatewayUrl(), suite.devToken(), 4).load(generator, 0, 12, 2020, 2, null);
        assertThat(loaded.failed()).as(loaded.line() + " " + loaded.failures()).isZero();
        assertThat(loaded.documents()).isEqualTo(24);

        // The reference's own inconsistencies, as published, are in every department's first year; the
        // stated changes against last year are the generated year before's, so only the first year keeps
        // the two the reference publishes about its changes, and no year-on-year rule ever fires.
        List<String> kept = List.of("performance.indicator-target", "performance.effect-indicators",
                "procurement.line-department-budget", "cross.procurement-projects");
        List<String> firstYearOnly = List.of("summary.change-total", "three-public.change");
        int planted = 0;
        for (int i = 0; i < 12; i++) {
            for (Generator.Generated generated : generator.years(i, 2020, 2)) {
                String id = generated.department().id();
                HttpResponse<String> response = get("/api/v1/disclosures/" + id + "/" + generated.year() + "/findings");
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                JsonNode findings = ExactJson.parse(response.body());
                assertThat(findings.get("complete").asBoolean()).as("%s %d: %s", id, generated.year(), response.body()).isTrue();
                List<String> rules = StreamSupport.stream(findings.get("findings").spliterator(), false)
                        .map(f -> f.get("rule").asText()).distinct().toList();
                List<String> allowed = new ArrayList<>(kept);
                if (generated.year() == 2020) {
                    allowed.addAll(firstYearOnly);
                }
                if (generated.planted() != null) {
                    planted++;
                    allowed.add(generated.planted());
                    assertThat(rules).as("%s %d planted %s", id, generated.year(), generated.planted()).contains(generated.planted());
                }
                assertThat(allowed).as("%s %d", id, generated.year()).containsAll(rules);
                assertThat(rules).contains("procurement.line-department-budget", "cross.procurement-projects");
            }
        }
        assertThat(planted).as("the seed plants some inconsistencies among 24 documents").isPositive();
    }

    @Test
    @Order(25)
    void anImportedWordFileIsServedBackByteForByteAndItsRecordNamesEveryPartWithItsRevisionAndLines() throws Exception {
        byte[] docx;
        try (var in = GatewayEndToEndIT.class.getResourceAsStream(FIXTURE.replaceFirst("\\.txt$", ".docx"))) {
            docx = in.readAllBytes();
        }
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(docx));
        String disclosure = "/api/v1/disclosures/130697-203/" + YEAR;
        HttpResponse<String> imported = send(request("/api/v1/imports?department=130697-203")
                .header("Content-Type", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .POST(HttpRequest.BodyPublishers.ofByteArray(docx)).build());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        JsonNode answer = ExactJson.parse(imported.body());

        for (String path : List.of(disclosure + "/source", answer.get("source").asText())) {
            HttpResponse<byte[]> source = HTTP.send(request(path).header("Accept", "*/*").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(source.statusCode()).as(path).isEqualTo(200);
            assertThat(source.body()).as(path).isEqualTo(docx);
            assertThat(source.headers().firstValue("Content-Type")).as(path)
                    .hasValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            assertThat(source.headers().firstValue("ETag")).as(path).hasValue("\"" + sha256 + "\"");
            assertThat(source.headers().firstValue("Content-Disposition")).as(path)
                    .hasValueSatisfying(value -> assertThat(value).contains("130697-203-2020.docx"));
        }

        HttpResponse<String> read = get(answer.get("importRecord").asText());
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        JsonNode record = ExactJson.parse(read.body());
        assertThat(record.get("source").get("sha256").asText()).isEqualTo(sha256);
        assertThat(record.get("sentBy").asText()).isNotBlank();
        List<String> keys = new ArrayList<>();
        for (JsonNode part : record.get("parts")) {
            keys.add(part.get("key").asText());
            assertThat(part.get("status").asText()).as(part.toString()).isEqualTo("created");
            assertThat(part.get("revision").asInt()).as(part.toString()).isEqualTo(1);
            assertThat(part.at("/lines/firstLine").asInt()).as(part.toString()).isPositive();
            assertThat(part.at("/lines/lastLine").asInt()).as(part.toString()).isGreaterThanOrEqualTo(part.at("/lines/firstLine").asInt());
            assertThat(part.at("/lines/firstLocation").asText()).as(part.toString()).isNotBlank();
        }
        assertThat(keys).containsExactly("organization", "summary", "operatingExpenses", "threePublicExpenses", "performance",
                "procurement", "assets", "glossary", "otherNotes");
        JsonNode list = ExactJson.parse(get(disclosure + "/imports").body());
        assertThat(list.get("totalItems").asInt()).isEqualTo(1);
        assertThat(list.at("/items/0/id").asText()).isEqualTo(answer.get("importId").asText());
    }

    private static HttpResponse<String> importFixture(String query) throws IOException, InterruptedException {
        return importFixture(query, "text/plain; charset=UTF-8");
    }

    private static HttpResponse<String> importFixture(String query, String contentType) throws IOException, InterruptedException {
        byte[] body;
        try (var in = GatewayEndToEndIT.class.getResourceAsStream(FIXTURE)) {
            body = in.readAllBytes();
        }
        return send(request("/api/v1/imports?" + query).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private static List<String> described(JsonNode findings) {
        List<String> described = new ArrayList<>();
        for (JsonNode f : findings.get("findings")) {
            JsonNode where = f.get("location");
            String at = where.hasNonNull("projectCode") ? where.get("projectCode").asText() : where.get("path").asText();
            described.add(f.get("rule").asText() + " " + where.get("part").asText() + " " + at);
        }
        return described;
    }

    private static JsonNode finding(JsonNode findings, String rule) {
        for (JsonNode f : findings.get("findings")) {
            if (f.get("rule").asText().equals(rule)) {
                return f;
            }
        }
        throw new AssertionError("no finding of " + rule + " in " + findings);
    }

    /** The sample documents as the gateway's one-document write takes them: keyed by part. */
    private static ObjectNode wholeDisclosure() {
        JsonNode budget = ExactJson.resource(SAMPLE + "budget.json");
        ObjectNode document = ExactJson.MAPPER.createObjectNode();
        document.set("organization", ExactJson.resource(SAMPLE + "department.json"));
        for (String key : List.of("summary", "operatingExpenses", "threePublicExpenses")) {
            document.set(key, budget.get(key));
        }
        document.set("performance", ExactJson.resource(SAMPLE + "performance.json"));
        document.set("procurement", ExactJson.resource(SAMPLE + "procurement.json"));
        document.set("assets", ExactJson.resource(SAMPLE + "assets.json"));
        document.set("glossary", budget.get("glossary"));
        document.set("otherNotes", budget.get("otherNotes"));
        return document;
    }

    @Test
    @Order(15)
    void aLaterYearsDutiesLeaveTheEarlierDisclosureAsPublished() throws Exception {
        JsonNode published = part(ExactJson.parse(get(DISCLOSURE).body()), 1).get("content");
        ObjectNode later = wholeDisclosure();
        ObjectNode organization = (ObjectNode) later.get("organization");
        ArrayNode duties = (ArrayNode) organization.at("/duties/items");
        duties.removeAll();
        duties.addObject().put("label", "（一）").put("text", "负责全县组织工作（2021年职责）。");
        String nextYear = "/api/v1/disclosures/" + DEPARTMENT + "/" + (YEAR + 1);

        HttpResponse<String> written = putDisclosure(nextYear, later);

        assertThat(written.statusCode()).as(written.body()).isIn(200, 201);
        JsonNode earlier = part(ExactJson.parse(get(DISCLOSURE).body()), 1);
        assertThat(earlier.get("status").asText()).isEqualTo("available");
        assertThat(earlier.get("content")).isEqualTo(published);
        assertThat(earlier.at("/content/duties/items")).hasSize(ExactJson.resource(SAMPLE + "department.json")
                .at("/duties/items").size());
        JsonNode following = part(ExactJson.parse(get(nextYear).body()), 1);
        assertThat(following.at("/content/duties/items")).hasSize(1);
        assertThat(following.at("/content/duties/items/0/text").asText()).isEqualTo("负责全县组织工作（2021年职责）。");
        // a year for which nothing was written has no part 一 of its own, and borrows none
        HttpResponse<String> none = get("/api/v1/departments/" + DEPARTMENT + "/organization/" + (YEAR + 2));
        assertThat(none.statusCode()).isEqualTo(404);
    }


    @Test
    @Order(16)
    void onlyATokenWhoseScopeCoversTheDepartmentWritesThroughTheGatewayOrToAServiceDirectly() throws Exception {
        byte[] body = ExactJson.write(ExactJson.resource(SAMPLE + "assets.json")).getBytes(StandardCharsets.UTF_8);
        String assets = "/api/v1/departments/" + DEPARTMENT + "/assets/2022";
        String otherCounty = suite.issuer().issue("another-county", Duration.ofMinutes(5), List.of("write:130625"));
        for (String origin : List.of(suite.gatewayUrl(), suite.url("assets-service"))) {
            HttpResponse<String> anonymous = send(HttpRequest.newBuilder(URI.create(origin + assets))
                    .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build());
            assertThat(anonymous.statusCode()).as(origin + ": " + anonymous.body()).isEqualTo(401);
            assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));

            HttpResponse<String> outside = send(HttpRequest.newBuilder(URI.create(origin + assets))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + otherCounty)
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build());
            assertThat(outside.statusCode()).as(origin + ": " + outside.body()).isEqualTo(403);
            assertThat(outside.body()).contains("may not write department " + DEPARTMENT);
        }
        HttpResponse<String> disclosure = send(HttpRequest.newBuilder(URI.create(suite.gatewayUrl() + "/api/v1/disclosures/"
                + DEPARTMENT + "/2022")).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + otherCounty).PUT(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertThat(disclosure.statusCode()).as(disclosure.body()).isEqualTo(403);
        assertThat(get(assets).statusCode()).isEqualTo(404);
    }

    @Test
    @Order(17)
    void aLaterYearsStatedChangeIsCheckedAgainstTheStoredYearAndTheSeriesShowsBothYears() throws Exception {
        // The 2021 disclosure of step 15 is the 2020 one again: the same expenditure, stating a change of 1549.15.
        HttpResponse<String> answer = get("/api/v1/disclosures/" + DEPARTMENT + "/" + (YEAR + 1) + "/findings");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode change = null;
        for (JsonNode finding : ExactJson.parse(answer.body()).get("findings")) {
            if (finding.get("rule").asText().equals("summary.change-against-previous-year")
                    && finding.at("/location/path").asText().equals("changeFromLastYear.total.amount")) {
                change = finding;
            }
        }
        assertThat(change).as(answer.body()).isNotNull();
        assertThat(change.at("/figures/changeFromLastYear.total.amount").decimalValue()).isEqualTo(new BigDecimal("1549.15"));
        assertThat(change.at("/figures/expenditure.total").decimalValue()).isEqualTo(new BigDecimal("8529.41"));
        assertThat(change.at("/figures/previousYear.expenditure.total").decimalValue()).isEqualTo(new BigDecimal("8529.41"));
        assertThat(change.get("expected").asText()).isEqualTo("0.00");

        HttpResponse<String> series = get("/api/v1/departments/" + DEPARTMENT + "/series");
        assertThat(series.statusCode()).as(series.body()).isEqualTo(200);
        JsonNode body = ExactJson.parse(series.body());
        List<Integer> years = new ArrayList<>();
        body.get("years").forEach(year -> years.add(year.intValue()));
        assertThat(years).contains(YEAR, YEAR + 1);
        for (JsonNode figure : body.get("figures")) {
            if (figure.get("figure").asText().equals("summary.expenditure.total")) {
                JsonNode following = null;
                for (JsonNode value : figure.get("values")) {
                    if (value.get("fiscalYear").intValue() == YEAR + 1) {
                        following = value;
                    }
                }
                assertThat(following).isNotNull();
                assertThat(following.get("value").decimalValue()).isEqualTo(new BigDecimal("8529.41"));
                assertThat(following.get("change").decimalValue()).isEqualByComparingTo(BigDecimal.ZERO);
                assertThat(following.get("statedChange").decimalValue()).isEqualTo(new BigDecimal("1549.15"));
                return;
            }
        }
        throw new AssertionError("the series has no summary.expenditure.total: " + series.body());
    }

    @Test
    @Order(18)
    void theYearsExportIsAZipWhoseDataPackageDescribesEveryCsvInIt() throws Exception {
        HttpResponse<byte[]> answer = HTTP.send(HttpRequest.newBuilder(URI.create(suite.gatewayUrl()
                        + "/api/v1/fiscal-years/" + YEAR + "/export")).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).as(new String(answer.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/zip");
        java.util.Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(answer.body()))) {
            for (java.util.zip.ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        JsonNode dataPackage = ExactJson.parse(new String(entries.get("datapackage.json"), StandardCharsets.UTF_8));
        List<String> described = new ArrayList<>();
        for (JsonNode resource : dataPackage.get("resources")) {
            String path = resource.get("path").asText();
            described.add(path);
            if (!resource.get("format").asText().equals("csv")) {
                continue;
            }
            String[] lines = CsvText.lines(entries.get(path));
            List<String> fields = new ArrayList<>();
            resource.at("/schema/fields").forEach(field -> fields.add(field.get("name").asText()));
            assertThat(String.join(",", fields)).as(path).isEqualTo(lines[0].replace("\"", ""));
        }
        assertThat(described).containsExactly("departments.csv", "units.csv", "budgets.csv", "operating-items.csv", "three-public.csv",
                "performance.csv", "projects.csv", "indicators.csv", "procurement.csv", "procurement-lines.csv",
                "procurement-totals.csv", "assets.csv", "findings.csv", "ocds-release-package.json");
        assertThat(entries.keySet()).containsExactlyElementsOf(
                java.util.stream.Stream.concat(described.stream(), java.util.stream.Stream.of("datapackage.json", "README.txt")).toList());
        assertThat(new String(entries.get("budgets.csv"), StandardCharsets.UTF_8)).contains("\r\n" + DEPARTMENT + ",");
        // The reference disclosure's 37 projects, their indicator rows and its 10 findings, each table whole.
        assertThat(CsvText.lines(entries.get("projects.csv"))).filteredOn(line -> line.startsWith(DEPARTMENT + ",")).hasSize(37);
        assertThat(CsvText.lines(entries.get("indicators.csv"))).filteredOn(line -> line.startsWith(DEPARTMENT + ",")).hasSize(155);
        assertThat(CsvText.lines(entries.get("findings.csv"))).anySatisfy(line -> assertThat(line).startsWith(DEPARTMENT + ",")
                .endsWith(",10"));
        assertThat(dataPackage.at("/model/measures/budgets.expenditureTotal/currency").asText()).isEqualTo("CNY");
        JsonNode ocds = ExactJson.parse(new String(entries.get("ocds-release-package.json"), StandardCharsets.UTF_8));
        assertThat(ocds.get("version").asText()).isEqualTo("1.1");
        List<String> ocids = new ArrayList<>();
        ocds.get("releases").forEach(release -> ocids.add(release.get("ocid").asText()));
        assertThat(ocids).anySatisfy(ocid -> assertThat(ocid).endsWith("-" + DEPARTMENT + "-" + YEAR));
    }

    @Test
    @Order(19)
    void theCountysRollUpOfTheYearHoldsTheDepartmentsPublishedFigures() throws Exception {
        HttpResponse<String> budget = get("/api/v1/departments/" + DEPARTMENT + "/budgets/" + YEAR);
        assertThat(budget.statusCode()).as(budget.body()).isEqualTo(200);
        BigDecimal published = ExactJson.parse(budget.body()).at("/summary/expenditure/total").decimalValue();

        HttpResponse<String> answer = get("/api/v1/fiscal-years/" + YEAR + "/areas?level=county&division=130624");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode page = ExactJson.parse(answer.body());
        assertThat(page.get("unavailableParts")).as(answer.body()).isEmpty();
        assertThat(page.get("items")).as(answer.body()).hasSize(1);
        JsonNode county = page.get("items").get(0);
        assertThat(county.get("divisionCode").asText()).isEqualTo("130624");
        assertThat(county.get("divisionName").asText()).isEqualTo("阜平县");
        // The suite's only department of 阜平县 is the reference one: the sums are its figures, exactly as published.
        assertThat(county.get("budgetDepartments").intValue()).isEqualTo(1);
        assertThat(county.get("expenditureTotal").decimalValue()).isEqualTo(published);
        assertThat(county.get("performanceDepartments").intValue()).isEqualTo(1);
        assertThat(county.get("projectCount").intValue()).isEqualTo(37);
        assertThat(county.get("procurementDepartments").intValue()).isEqualTo(1);
        assertThat(county.get("assetsDepartments").intValue()).isEqualTo(1);

        HttpResponse<String> csv = send(request("/api/v1/areas?level=city&division=1306&fromYear=" + YEAR + "&toYear=" + YEAR)
                .setHeader("Accept", "text/csv").GET().build());
        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        assertThat(csv.body().lines().skip(1).toList()).as(csv.body()).singleElement().asString().startsWith(YEAR + ",city,1306,保定市,");
    }

    @Test
    @Order(20)
    void theYearsThreePublicDrillDownShowsTheReceptionFigureItsDisclosurePublishes() throws Exception {
        HttpResponse<String> disclosure = get(DISCLOSURE);
        assertThat(disclosure.statusCode()).as(disclosure.body()).isEqualTo(200);
        JsonNode published = null;
        for (JsonNode row : content(ExactJson.parse(disclosure.body()), 4).get("rows")) {
            if (row.get("category").asText().equals("RECEPTION")) {
                published = row.get("currentYear");
            }
        }
        assertThat(published).as(disclosure.body()).isNotNull();

        HttpResponse<String> drillDown = get("/api/v1/fiscal-years/" + YEAR + "/three-public?by=department&category=RECEPTION"
                + "&division=" + DEPARTMENT.substring(0, 6) + "&size=1000");
        assertThat(drillDown.statusCode()).as(drillDown.body()).isEqualTo(200);
        JsonNode shown = null;
        for (JsonNode row : ExactJson.parse(drillDown.body()).get("items")) {
            if (row.get("departmentId").asText().equals(DEPARTMENT)) {
                shown = row;
            }
        }
        assertThat(shown).as(drillDown.body()).isNotNull();
        assertThat(shown.get("name").asText()).isEqualTo("公务接待费支出");
        // The digits as published, not only the value.
        assertThat(shown.get("currentYear").decimalValue()).isEqualTo(published.decimalValue()).isEqualTo(new BigDecimal("0.05"));

        HttpResponse<String> divisions = get("/api/v1/members/divisions?fiscalYear=" + YEAR);
        assertThat(divisions.statusCode()).as(divisions.body()).isEqualTo(200);
        assertThat(divisions.body()).contains("{\"value\":\"130624\",\"name\":\"阜平县\"");
        JsonNode openApi = ExactJson.parse(get("/api/v1/openapi").body());
        for (String path : List.of("/api/v1/fiscal-years/{year}/three-public", "/api/v1/fiscal-years/{year}/operating-items",
                "/api/v1/fiscal-years/{year}/procurement-totals", "/api/v1/fiscal-years/{year}/indicator-categories",
                "/api/v1/members", "/api/v1/members/{dimension}")) {
            assertThat(openApi.path("paths").has(path)).as(path).isTrue();
        }
    }

    @Test
    @Order(21)
    void badInputGeneratedFromTheServedOpenApiDocumentsIsAlwaysAProblemAndNeverStored() throws Exception {
        Map<String, String> services = new LinkedHashMap<>();
        for (String service : suite.services()) {
            if (!service.equals(Suite.GATEWAY)) {
                services.put(service, suite.url(service));
            }
        }
        BadInput battery = new BadInput(BadInput.sources(suite.gatewayUrl(), services), suite.devToken());

        Figures figures = battery.run();

        assertThat(battery.distinctRequests()).as(figures.report()).isGreaterThanOrEqualTo(500);
        assertThat(battery.operationsNotTried()).as(figures.report()).isEmpty();
        assertThat(battery.operations()).isGreaterThanOrEqualTo(90);
        assertThat(figures.serverErrors).as(figures.report()).isZero();
        assertThat(figures.withoutProblem).as(figures.report()).isZero();
        // 405 with Allow where a method is not declared, never 404 or a bare 405.
        assertThat(figures.wrongStatus).as(figures.report()).isZero();
        // Every write without a valid token refused: nothing acknowledged, the reference disclosure unchanged.
        assertThat(figures.acknowledged).as(figures.report()).isZero();
        assertThat(figures.lost).as(figures.report()).isZero();
    }

    @Test
    @Order(22)
    void twoWritersWithTheSameIfMatchNeverBothWinAndTheWinnersWriteIsWhatReadsBack() throws Exception {
        Figures figures = new IfMatchRace(suite.gatewayUrl(), suite.devToken(), 10).run();

        assertThat(figures.acknowledged).as(figures.report()).isEqualTo(10);
        assertThat(figures.problem4xx).as(figures.report()).isEqualTo(10);
        assertThat(figures.lost).as(figures.report()).isZero();
        assertThat(figures.serverErrors).as(figures.report()).isZero();
        assertThat(figures.withoutProblem).as(figures.report()).isZero();
        assertThat(figures.wrongStatus).as(figures.report()).isZero();
    }

    @Test
    @Order(23)
    void killingPostgreSqlDuringAStreamOfWritesLosesNoAcknowledgedRevision() throws Exception {
        Crash crash = new Crash(suite.gatewayUrl(), suite.gatewayUrl(), suite.devToken(), dataDirectory.resolve("postgres"),
                new Crash.Settings(4, 240, 2, Duration.ofSeconds(90)));

        Figures figures = crash.run();

        String report = figures.writeReport() + crash.summary();
        assertThat(crash.kills()).as(report).isEqualTo(2);
        assertThat(figures.acknowledged).as(report).isGreaterThanOrEqualTo(120);
        assertThat(figures.lost).as(report).isZero();
        assertThat(figures.reused).as(report).isZero();
        // While PostgreSQL is down a write is told 503 (try again), never another 5xx, and always answered.
        assertThat(figures.serverErrors).as(report).isZero();
        assertThat(figures.noAnswer).as(report).isZero();
        assertThat(figures.withoutProblem).as(report).isZero();
        assertThat(figures.wrongStatus).as(report).isZero();
        // and the reference disclosure, written before the crashes, reads complete as it was, once the gateway asks
        // budget-service again (its breaker, opened while PostgreSQL was down, waits a few seconds before it does)
        HttpResponse<String> reference = disclosureOnceCompleteIs(true);
        assertThat(reference.statusCode()).as(reference.body()).isEqualTo(200);
        assertThat(ExactJson.parse(reference.body()).get("complete").asBoolean()).as(reference.body()).isTrue();
    }

    @Test
    @Order(24)
    void aBoundedMixedReadLoadIsAnsweredWholeWithoutA5xx() throws Exception {
        MixedLoad load = new MixedLoad(suite.gatewayUrl(), 8, 700);

        Figures figures = load.run();

        String report = figures.report() + load.latency();
        assertThat(figures.tried).as(report).isEqualTo(700);
        assertThat(figures.serverErrors).as(report).isZero();
        assertThat(figures.wrongStatus).as(report).isZero();
        assertThat(figures.noAnswer).as(report).isZero();
        assertThat(figures.acknowledged + figures.unavailable).as(report).isEqualTo(700);
        assertThat(figures.acknowledged).as(report).isPositive();
    }

    /** The department's row of the year's findings summary, as {@code error warning info total checked}. */
    private static String summaryRow(String department, int year) throws IOException, InterruptedException {
        HttpResponse<String> response = get("/api/v1/fiscal-years/" + year + "/findings?size=1000");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        for (JsonNode row : ExactJson.parse(response.body()).get("items")) {
            if (row.get("departmentId").asText().equals(department)) {
                return row.get("error") + " " + row.get("warning") + " " + row.get("info") + " " + row.get("total") + " "
                        + row.get("checked");
            }
        }
        return null;
    }

    /** The counts the disclosure's own findings endpoint reports, in the summary's terms. */
    private static String reportedRow(String department, int year) throws IOException, InterruptedException {
        JsonNode report = ExactJson.parse(get("/api/v1/disclosures/" + department + "/" + year + "/findings").body());
        JsonNode counts = report.get("counts");
        return counts.get("error") + " " + counts.get("warning") + " " + counts.get("info") + " "
                + (counts.get("error").asInt() + counts.get("warning").asInt() + counts.get("info").asInt()) + " "
                + report.get("complete");
    }

    @Test
    @Order(26)
    void theYearSummaryIsRightAsSoonAsAWriteChangesAFigure() throws Exception {
        String department = "130697-203";
        int year = 2019;
        String path = "/api/v1/disclosures/" + department + "/" + year;
        assertThat(summaryRow(department, year)).isNull();

        ObjectNode document = wholeDisclosure();
        HttpResponse<String> written = putDisclosure(path, document);
        assertThat(written.statusCode()).as(written.body()).isEqualTo(200);
        assertThat(summaryRow(department, year)).isEqualTo("3 7 0 10 true").isEqualTo(reportedRow(department, year));

        // One part through the pass-through: no vehicle, though part 四 budgets their running (a finding across parts).
        ObjectNode assets = (ObjectNode) document.get("assets").deepCopy();
        ((ObjectNode) assets.get("vehicles")).put("count", 0);
        HttpResponse<String> part = send(request("/api/v1/departments/" + department + "/assets/" + year)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(ExactJson.write(assets), StandardCharsets.UTF_8)).build());
        assertThat(part.statusCode()).as(part.body()).isEqualTo(200);
        assertThat(summaryRow(department, year)).isEqualTo("3 8 0 11 true").isEqualTo(reportedRow(department, year));

        // The whole disclosure again, its fixed assets' total one 分 off (a finding of part 七 alone) and a vehicle back.
        ((ObjectNode) document.get("assets")).put("totalFixedAssets", new BigDecimal("82.23"));
        written = putDisclosure(path, document);
        assertThat(written.statusCode()).as(written.body()).isEqualTo(200);
        assertThat(summaryRow(department, year)).isEqualTo("4 7 0 11 true").isEqualTo(reportedRow(department, year));
    }

    private static HttpResponse<String> putDisclosure(JsonNode document) throws IOException, InterruptedException {
        return putDisclosure(DISCLOSURE, document);
    }

    private static HttpResponse<String> putDisclosure(String path, JsonNode document) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(ExactJson.write(document), StandardCharsets.UTF_8)).build());
    }

    /** The reference disclosure, read until its X-Disclosure-Complete header says so (at most 30 s). */
    private static HttpResponse<String> disclosureOnceCompleteIs(boolean complete) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        HttpResponse<String> response = get(DISCLOSURE);
        while (!response.headers().firstValue("X-Disclosure-Complete").orElse("").equals(String.valueOf(complete))
                && System.nanoTime() < deadline) {
            Thread.sleep(200);
            response = get(DISCLOSURE);
        }
        return response;
    }

    private static void assertComplete(JsonNode disclosure) {
        assertThat(disclosure.get("departmentId").asText()).isEqualTo(DEPARTMENT);
        assertThat(disclosure.get("fiscalYear").asInt()).isEqualTo(YEAR);
        assertThat(disclosure.get("complete").asBoolean()).isTrue();
        assertThat(numbers(disclosure.get("absentParts"))).isEmpty();
        assertThat(numbers(disclosure.get("unavailableParts"))).isEmpty();
        assertThat(disclosure.get("parts")).hasSize(9);
        for (int number = 1; number <= 9; number++) {
            JsonNode part = part(disclosure, number);
            assertThat(part.get("status").asText()).as("part %d", number).isEqualTo("available");
            assertThat(part.get("revision").asInt()).as("part %d revision", number).isEqualTo(1);
        }
    }

    /** Each available part's content is exactly what was written, figures with their published digits. */
    private static void assertAllPartsExact(JsonNode disclosure) {
        JsonNode department = ExactJson.resource(SAMPLE + "department.json");
        JsonNode budget = ExactJson.resource(SAMPLE + "budget.json");
        assertThat(content(disclosure, 1)).isEqualTo(department);
        assertThat(content(disclosure, 2)).isEqualTo(budget.get("summary"));
        assertThat(content(disclosure, 3)).isEqualTo(budget.get("operatingExpenses"));
        assertThat(content(disclosure, 4)).isEqualTo(budget.get("threePublicExpenses"));
        assertThat(withoutDerived(content(disclosure, 5), "projects", "indicators", "parsedTarget"))
                .isEqualTo(ExactJson.resource(SAMPLE + "performance.json"));
        assertThat(withoutDerived(content(disclosure, 6), "lines", null, "category"))
                .isEqualTo(ExactJson.resource(SAMPLE + "procurement.json"));
        assertThat(content(disclosure, 8)).isEqualTo(budget.get("glossary"));
        assertThat(content(disclosure, 9)).isEqualTo(budget.get("otherNotes"));
    }

    /**
     * The services add what they derive from a document: performance-service its reading of each
     * indicator's target (parsedTarget: comparison, number, unit, or null), procurement-service each
     * line's category (from its catalogue code). Everything else is the document as written. The
     * derived field must be there on every element; it is removed for the comparison.
     */
    private static JsonNode withoutDerived(JsonNode content, String list, String innerList, String field) {
        JsonNode copy = content.deepCopy();
        for (JsonNode element : copy.get(list)) {
            for (JsonNode item : innerList == null ? List.of(element) : element.get(innerList)) {
                assertThat(item.has(field)).as("%s of %s", field, item).isTrue();
                ((ObjectNode) item).remove(field);
            }
        }
        return copy;
    }

    /**
     * Every part equal to the hand-made sample, figures compared by value: the importer keeps the
     * digits as printed (17.60, 100.00) where the hand-made documents wrote 17.6 and 100.0.
     */
    private static void assertSameValues(JsonNode disclosure) {
        JsonNode budget = ExactJson.resource(SAMPLE + "budget.json");
        List<JsonNode> expected = List.of(ExactJson.resource(SAMPLE + "department.json"), budget.get("summary"),
                budget.get("operatingExpenses"), budget.get("threePublicExpenses"), ExactJson.resource(SAMPLE + "performance.json"),
                ExactJson.resource(SAMPLE + "procurement.json"), ExactJson.resource(SAMPLE + "assets.json"), budget.get("glossary"),
                budget.get("otherNotes"));
        for (int number = 1; number <= 9; number++) {
            JsonNode actual = switch (number) {
                case 5 -> withoutDerived(content(disclosure, 5), "projects", "indicators", "parsedTarget");
                case 6 -> withoutDerived(content(disclosure, 6), "lines", null, "category");
                default -> content(disclosure, number);
            };
            boolean same = expected.get(number - 1).equals((a, b) ->
                    a.isNumber() && b.isNumber() ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1, actual);
            assertThat(same).as("part %d read from the document:%n%s%nis not the hand-made%n%s", number,
                    ExactJson.write(actual), ExactJson.write(expected.get(number - 1))).isTrue();
        }
    }

    private static void assertPart7Exact(JsonNode disclosure) {
        assertThat(content(disclosure, 7)).isEqualTo(ExactJson.resource(SAMPLE + "assets.json"));
    }

    /** Trees read by ExactJson: decimals compare with their scale, so 4.5 never equals 4.50. */
    private static JsonNode content(JsonNode disclosure, int number) {
        return part(disclosure, number).get("content");
    }

    private static JsonNode part(JsonNode disclosure, int number) {
        JsonNode part = disclosure.get("parts").get(number - 1);
        assertThat(part.get("part").asInt()).isEqualTo(number);
        return part;
    }

    private static List<Integer> numbers(JsonNode array) {
        List<Integer> numbers = new ArrayList<>();
        array.forEach(n -> numbers.add(n.asInt()));
        return numbers;
    }

    private static BigDecimal sum(JsonNode items, String pointer) {
        return StreamSupport.stream(items.spliterator(), false)
                .map(item -> item.at(pointer).decimalValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    @Order(26)
    void theServedApiDocumentsPassBothLintersWithoutAnErrorOrAWarning() throws Exception {
        Path root = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
        OpenApiLint lint = new OpenApiLint(root);
        // Kept as test output, for anyone generating a client or reading what the linters read.
        Path documents = Files.createDirectories(Path.of("target", "openapi"));
        Map<String, String> served = new LinkedHashMap<>();
        served.put("suite", suite.gatewayUrl() + "/api/v1/openapi");
        for (String service : suite.services()) {
            served.put(service, suite.url(service) + "/q/openapi?format=json");
        }
        Map<String, List<String>> findings = new LinkedHashMap<>();
        for (Map.Entry<String, String> document : served.entrySet()) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(document.getValue()))
                    .timeout(Duration.ofSeconds(15)).GET().build());
            assertThat(response.statusCode()).as(document.getValue()).isEqualTo(200);
            Path file = documents.resolve(document.getKey() + ".json");
            Files.writeString(file, response.body(), StandardCharsets.UTF_8);
            List<String> found = lint.findings(file);
            if (!found.isEmpty()) {
                findings.put(document.getKey(), found);
            }
        }

        assertThat(findings).as(() -> findings.entrySet().stream()
                .map(entry -> entry.getKey() + " (" + entry.getValue().size() + "):\n  " + String.join("\n  ", entry.getValue()))
                .collect(Collectors.joining("\n"))).isEmpty();
    }

    @Test
    @Order(27)
    void theTypeScriptClientIsGeneratedFromTheServedSuiteDocumentAndTypeChecks() throws Exception {
        Path root = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
        Path client = root.resolve("clients/typescript");
        Path document = Path.of("target", "openapi", "suite.json").toAbsolutePath();
        Files.createDirectories(document.getParent());
        Files.writeString(document, get("/api/v1/openapi").body(), StandardCharsets.UTF_8);
        Path generated = Path.of("target", "typescript", "schema.d.ts").toAbsolutePath();
        Files.createDirectories(generated.getParent());

        NodeTool.Ran generation = NodeTool.run(client, List.of(NodeTool.bin(client, "openapi-typescript").toString(),
                document.toString(), "-o", generated.toString()));
        assertThat(generation.exit()).as(generation.printed()).isZero();
        // The committed types are the served document's: a change of the API regenerates them.
        assertThat(Files.readString(generated, StandardCharsets.UTF_8))
                .as("clients/typescript/src/schema.d.ts is not what the served document generates; copy %s over it", generated)
                .isEqualTo(Files.readString(client.resolve("src/schema.d.ts"), StandardCharsets.UTF_8));
        NodeTool.Ran check = NodeTool.run(client, List.of(NodeTool.bin(client, "tsc").toString(), "--noEmit", "-p", "."));
        assertThat(check.exit()).as(check.printed()).isZero();

        // The portal's copy of the client is what the client compiles to.
        Path portalClient = root.resolve("gateway/src/main/resources/META-INF/resources/portal/client");
        Path compiled = Path.of("target", "typescript", "portal-client").toAbsolutePath();
        NodeTool.Ran build = NodeTool.run(client, List.of(NodeTool.bin(client, "tsc").toString(), "-p", "tsconfig.portal.json",
                "--outDir", compiled.toString()));
        assertThat(build.exit()).as(build.printed()).isZero();
        try (var files = Files.list(compiled)) {
            for (Path file : files.toList()) {
                assertThat(portalClient.resolve(file.getFileName().toString()))
                        .as("the portal's client is not what clients/typescript compiles to (npm run build:portal)")
                        .hasSameTextualContentAs(file, StandardCharsets.UTF_8);
            }
        }
        try (var files = Files.list(portalClient)) {
            assertThat(files.map(file -> file.getFileName().toString()).toList())
                    .as("files in the portal's client that the client does not compile to")
                    .allSatisfy(name -> assertThat(compiled.resolve(name)).exists());
        }
    }

    @Test
    @Order(28)
    void everyReadmeExampleThatTalksToTheSuiteRunsAsWritten() throws Exception {
        Path root = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
        // The README's whole-disclosure example sends this file: it must be the reference disclosure itself.
        assertThat(ExactJson.resource(SAMPLE + "disclosure.json")).isEqualTo(wholeDisclosure());
        List<ReadmeExamples.Block> blocks = ReadmeExamples.blocks(root.resolve("README.md"));
        assertThat(blocks).as("README blocks of curl examples").hasSizeGreaterThan(5);
        Path scratch = Files.createDirectories(dataDirectory.resolve("readme"));
        List<String> failed = new ArrayList<>();
        for (ReadmeExamples.Block block : blocks) {
            ReadmeExamples.Ran ran = ReadmeExamples.run(block, root, suite.gatewayUrl(), suite.devToken(), scratch);
            if (ran.exit() != 0) {
                failed.add("README.md line " + block.line() + " (exit " + ran.exit() + "):\n" + block.script() + "\n→ " + ran.printed());
            }
        }
        assertThat(failed).as(String.join("\n\n", failed)).isEmpty();
    }

    private static void put(String path, String sample) throws IOException, InterruptedException {
        byte[] body = ExactJson.write(ExactJson.resource(SAMPLE + sample + ".json")).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build());
        assertThat(response.statusCode()).as("PUT %s: %s", path, response.body()).isEqualTo(201);
    }

    private static HttpResponse<String> get(String base, String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(15)).GET().build());
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET().build());
    }

    /** As a client that may write every department sends it: reads never look at the token. */
    private static HttpRequest.Builder request(String path) throws IOException {
        return HttpRequest.newBuilder(URI.create(suite.gatewayUrl() + path)).timeout(Duration.ofSeconds(15))
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + suite.devToken());
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
