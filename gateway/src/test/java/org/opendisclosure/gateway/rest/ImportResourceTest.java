package org.opendisclosure.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.OpenApiContract;
import org.opendisclosure.testing.RawHttp;
import org.opendisclosure.testing.TestTokens;

/**
 * The published document imported through the gateway into stubbed services that keep revisions
 * ({@link RevisionedDocuments}) and check parts as the real ones answer (one finding each from
 * procurement, none from the others).
 */
@QuarkusTest
@WithTestResource(StubbedServices.class)
class ImportResourceTest {

    private static final String IMPORTS = "/api/v1/imports";
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static Object stubbedOn;

    @BeforeEach
    void services() {
        RestAssured.replaceFiltersWith(OpenApiContract.filter());
        if (stubbedOn != StubbedServices.server) {
            // Only this class's departments (division 139902), so other tests' stubs stay as they are.
            StubbedServices.server.stubFor(any(urlPathMatching("/api/v1/departments/139902\\d*-[^/]+(/(organization|budgets|performance|procurement|assets)/\\d{4})?"))
                    .willReturn(aResponse().withTransformers(RevisionedDocuments.NAME)));
            StubbedServices.server.stubFor(post(urlPathMatching("/api/v1/departments/139902\\d*-[^/]+/(budgets|performance|assets)/2020/findings"))
                    .willReturn(report("[]", 0)));
            StubbedServices.server.stubFor(post(urlPathMatching("/api/v1/departments/139902\\d*-[^/]+/procurement/2020/findings"))
                    .willReturn(report("""
                            [{"rule":"procurement.line-department-budget","severity":"error",
                              "location":{"part":"procurement","path":"lines[2].departmentBudget","row":"党建专项经费","projectCode":null},
                              "figures":{"departmentBudget":1.61,"generalPublicBudget":1061},"expected":"1061","actual":"1.61",
                              "difference":-1059.39,"messageZh":"…","messageEn":"…"}]""", 1)));
            stubbedOn = StubbedServices.server;
        }
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder report(String findings, int errors) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"departmentId\":\"139902-203\",\"fiscalYear\":2020,\"tolerance\":0,"
                        + "\"counts\":{\"error\":" + errors + ",\"warning\":0,\"info\":0},\"findings\":" + findings + "}");
    }

    static String fixture() {
        try (InputStream in = ImportResourceTest.class.getResourceAsStream("/fixtures/fuping-organization-department-2020.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] fixtureFile(String extension) {
        try (InputStream in = ImportResourceTest.class.getResourceAsStream("/fixtures/fuping-organization-department-2020." + extension)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A .docx of the paragraphs given, then a table of one row that no part of a disclosure has. */
    private static byte[] docxWithTable(String... paragraphs) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            for (String text : paragraphs) {
                document.createParagraph().createRun().setText(text);
            }
            XWPFTable table = document.createTable(1, 2);
            table.getRow(0).getCell(0).setText("会议时间");
            table.getRow(0).getCell(1).setText("上午九时");
            document.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-page PDF with nothing but a drawn box: what a scan without OCR looks like to a text reader. */
    private static byte[] pdfWithoutText() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.addRect(100, 100, 300, 400);
                content.fill();
            }
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As Notepad's "Unicode" saves it: UTF-16LE with a byte-order mark, CRLF line ends. */
    private static byte[] asSavedByWindows(String text) {
        byte[] content = text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[content.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(content, 0, bytes, 2, content.length);
        return bytes;
    }

    private static String newDepartment() {
        // The document is of department 203: tests keep apart by division (139902001, 139902002, …).
        return String.format("139902%03d-203", NEXT.incrementAndGet());
    }

    @Test
    void aDryRunReturnsTheWholeDisclosureReadWithItsFindingsAndStoresNothing() {
        String id = newDepartment();

        given().contentType("text/plain; charset=UTF-8").body(fixture().getBytes(StandardCharsets.UTF_8))
                .queryParam("department", id).queryParam("dryRun", "true")
                .post(IMPORTS).then().statusCode(200)
                .header("X-Dry-Run", "true")
                .body("outcome", equalTo("dry-run"))
                .body("departmentId", equalTo(id))
                .body("fiscalYear", equalTo(2020))
                .body("departmentName", equalTo("中共阜平县委组织部"))
                .body("disclosure", equalTo("/api/v1/disclosures/" + id + "/2020"))
                .body("document.summary.revenue.total", equalTo(8529.41f))
                .body("document.performance.projects", hasSize(37))
                .body("document.procurement.lines", hasSize(14))
                .body("document.glossary", hasSize(7))
                .body("findings.complete", equalTo(true))
                .body("findings.findings.rule", contains("procurement.line-department-budget", "cross.procurement-projects"))
                .body("findings.counts.error", equalTo(1))
                .body("findings.counts.warning", equalTo(1));

        assertThat(RevisionedDocuments.revisions("/api/v1/departments/" + id + "/organization/2020")).isEmpty();
        assertThat(RevisionedDocuments.revisions("/api/v1/departments/" + id + "/performance/2020")).isEmpty();
    }

    @Test
    void anImportNeedsATokenAndOneThatMayWriteTheDepartmentTheDocumentIsOf() {
        String id = newDepartment();
        byte[] document = fixture().getBytes(StandardCharsets.UTF_8);

        given().spec(TestTokens.anonymous()).contentType("text/plain").body(document).queryParam("department", id)
                .post(IMPORTS).then().statusCode(401).contentType("application/problem+json");
        given().spec(TestTokens.anonymous()).multiPart("file", "fuping.txt", document, "text/plain").queryParam("department", id)
                .post(IMPORTS).then().statusCode(401).contentType("application/problem+json");
        // The department is known only once the document is read; so is whether the token may write it.
        for (String dryRun : List.of("true", "false")) {
            given().header("Authorization", TestTokens.bearer("other-county", "write:130624")).contentType("text/plain")
                    .body(document).queryParam("department", id).queryParam("dryRun", dryRun)
                    .post(IMPORTS).then().statusCode(403).contentType("application/problem+json")
                    .body("detail", containsString("may not write department " + id));
        }
        assertThat(RevisionedDocuments.revisions("/api/v1/departments/" + id + "/organization/2020")).isEmpty();
        StubbedServices.server.verify(0, com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor(
                urlPathMatching("/api/v1/departments/" + id + "(/.*)?")));

        given().header("Authorization", TestTokens.bearer("county-system", "write:" + id.substring(0, 9))).contentType("text/plain")
                .body(document).queryParam("department", id).post(IMPORTS).then().statusCode(201);
    }

    @Test
    void anImportStoresEveryPartOnceAndTheSameDocumentAgainChangesNothing() {
        String id = newDepartment();
        byte[] document = fixture().getBytes(StandardCharsets.UTF_8);

        given().contentType("text/plain").body(document).queryParam("department", id)
                .post(IMPORTS).then().statusCode(201)
                .header("Location", endsWith("/api/v1/disclosures/" + id + "/2020"))
                .body("outcome", equalTo("imported"))
                .body("parts.status", everyItem(equalTo("created")))
                .body("document", nullValue());
        given().contentType("text/plain").body(document).queryParam("department", id)
                .post(IMPORTS).then().statusCode(200)
                .body("outcome", equalTo("unchanged"))
                .body("parts.status", everyItem(equalTo("unchanged")));

        assertThat(RevisionedDocuments.revisions("/api/v1/departments/" + id + "/budgets/2020")).hasSize(1);
        assertThat(RevisionedDocuments.revisions("/api/v1/departments/" + id + "/procurement/2020").get(0)
                .at("/lines/2/generalPublicBudget").decimalValue()).isEqualByComparingTo("1061");
    }

    /** The requests WireMock received, oldest first. */
    private static List<com.github.tomakehurst.wiremock.verification.LoggedRequest> received() {
        List<com.github.tomakehurst.wiremock.verification.LoggedRequest> requests = new java.util.ArrayList<>(
                StubbedServices.server.getAllServeEvents().stream().map(com.github.tomakehurst.wiremock.stubbing.ServeEvent::getRequest)
                        .toList());
        java.util.Collections.reverse(requests);
        return requests;
    }

    @Test
    void anImportKeepsTheDocumentBeforeAnyPartIsWrittenAndRecordsEachPartsRevisionAndLines() throws Exception {
        String id = newDepartment();
        // One more blank line at the end: bytes no other test sends, read as the same disclosure.
        byte[] document = (fixture() + "\n").getBytes(StandardCharsets.UTF_8);
        String sha256 = org.opendisclosure.common.id.SourceDigest.of(document);

        String importId = given().contentType("text/plain").body(document).queryParam("department", id)
                .post(IMPORTS).then().statusCode(201)
                .body("importRecord", org.hamcrest.Matchers.startsWith("/api/v1/imports/"))
                .extract().path("importId");

        given().contentType("text/plain").body(document).queryParam("department", id).post(IMPORTS).then().statusCode(200)
                .body("importRecord", org.hamcrest.Matchers.not(equalTo("/api/v1/imports/" + importId)));
        List<com.github.tomakehurst.wiremock.verification.LoggedRequest> requests = received();
        int kept = -1;
        int firstPart = -1;
        for (int i = 0; i < requests.size(); i++) {
            String url = requests.get(i).getUrl();
            if (kept < 0 && url.equals("/api/v1/sources/" + sha256)) {
                kept = i;
                assertThat(requests.get(i).getMethod().getName()).isEqualTo("PUT");
                assertThat(requests.get(i).getBody()).isEqualTo(document);
                assertThat(requests.get(i).getHeader("Authorization")).startsWith("Bearer ");
            }
            if (firstPart < 0 && url.startsWith("/api/v1/departments/" + id + "/") && !url.contains("disclosure-writes")) {
                firstPart = i;
            }
        }
        assertThat(kept).as("the document is kept").isNotNegative();
        assertThat(kept).as("before any part is validated or written").isLessThan(firstPart);

        com.fasterxml.jackson.databind.JsonNode record = requests.stream()
                .filter(r -> r.getUrl().equals("/api/v1/imports/" + importId)).findFirst()
                .map(r -> org.opendisclosure.testing.ExactJson.parse(r.getBodyAsString())).orElseThrow();
        assertThat(record.get("departmentId").asText()).isEqualTo(id);
        assertThat(record.get("source").asText()).isEqualTo(sha256);
        assertThat(record.get("outcome").asText()).isEqualTo("imported");
        assertThat(record.get("parts")).hasSize(9);
        List<String> keys = new java.util.ArrayList<>();
        record.get("parts").forEach(part -> keys.add(part.get("key").asText()));
        assertThat(keys).containsExactly("organization", "summary", "operatingExpenses", "threePublicExpenses", "performance",
                "procurement", "assets", "glossary", "otherNotes");
        record.get("parts").forEach(part -> {
            assertThat(part.get("status").asText()).isEqualTo("created");
            assertThat(part.get("revision").asInt()).isEqualTo(1);
        });
        // The headings' lines in the reference text.
        assertThat(record.at("/parts/0/lines/firstLine").asInt()).isEqualTo(6);
        assertThat(record.at("/parts/0/lines/lastLine").asInt()).isEqualTo(53);
        assertThat(record.at("/parts/5/lines/firstLine").asInt()).isEqualTo(2967);
        assertThat(record.at("/parts/8/lines/firstLine").asInt()).isEqualTo(3323);
        assertThat(record.at("/parts/0/lines/firstLocation").isMissingNode()).as("a text has no places beside its lines").isTrue();
    }

    @Test
    void aWordFilesImportRecordsWhereInTheFileEachPartWasReadAndTheFormsFileName() {
        String id = newDepartment();
        given().multiPart("file", "fuping-organization-2020.docx", fixtureFile("docx"), ImportResource.DOCX).queryParam("department", id)
                .post(IMPORTS).then().statusCode(201);

        com.fasterxml.jackson.databind.JsonNode record = received().stream()
                .filter(r -> r.getUrl().startsWith("/api/v1/imports/") && r.getBodyAsString().contains("\"" + id + "\""))
                .findFirst().map(r -> org.opendisclosure.testing.ExactJson.parse(r.getBodyAsString())).orElseThrow();
        assertThat(record.get("fileName").asText()).isEqualTo("fuping-organization-2020.docx");
        record.get("parts").forEach(part -> {
            assertThat(part.at("/lines/firstLocation").asText()).as(part.get("key").asText()).isNotBlank();
            assertThat(part.at("/lines/lastLocation").asText()).as(part.get("key").asText()).isNotBlank();
        });
    }

    @Test
    void whenTheDocumentCannotBeKeptTheImportIs503AndNoPartIsWritten() {
        String id = newDepartment();
        StubMapping down = StubbedServices.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.put(
                urlPathMatching("/api/v1/sources/.*")).atPriority(1).willReturn(aResponse().withStatus(503)));
        try {
            given().contentType("text/plain").body(fixture().getBytes(StandardCharsets.UTF_8)).queryParam("department", id)
                    .post(IMPORTS).then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", org.hamcrest.Matchers.notNullValue())
                    .body("detail", containsString("documents-service"))
                    .body("detail", containsString("Nothing was written"));
        } finally {
            StubbedServices.server.removeStub(down);
        }
        assertThat(received()).noneMatch(r -> r.getUrl().startsWith("/api/v1/departments/" + id));
        assertThat(received()).noneMatch(r -> r.getUrl().startsWith("/api/v1/imports/") && r.getBodyAsString().contains(id));
        given().contentType("text/plain").body(fixture().getBytes(StandardCharsets.UTF_8)).queryParam("department", id)
                .post(IMPORTS).then().statusCode(201);
    }

    @Test
    void whenTheImportCannotBeRecordedTheAnswerIs503SayingThePartsAreStoredAndTheSameDocumentAgainRecordsIt() {
        String id = newDepartment();
        StubMapping down = StubbedServices.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.put(
                urlPathMatching("/api/v1/imports/.*")).atPriority(1).willReturn(aResponse().withStatus(500)));
        try {
            given().contentType("text/plain").body(fixture().getBytes(StandardCharsets.UTF_8)).queryParam("department", id)
                    .post(IMPORTS).then().statusCode(503)
                    .contentType("application/problem+json")
                    .body("detail", containsString("could not be recorded"))
                    .body("parts.status", everyItem(equalTo("created")));
        } finally {
            StubbedServices.server.removeStub(down);
        }
        given().contentType("text/plain").body(fixture().getBytes(StandardCharsets.UTF_8)).queryParam("department", id)
                .post(IMPORTS).then().statusCode(200).body("outcome", equalTo("unchanged"))
                .body("importRecord", org.hamcrest.Matchers.startsWith("/api/v1/imports/"));
    }

    @Test
    void theDepartmentCodeIsReadFromTheDocumentAndTheDivisionGivenByTheClient() {
        given().contentType("text/plain").body(fixture().getBytes(StandardCharsets.UTF_8))
                .queryParam("division", "139902").queryParam("dryRun", "true")
                .post(IMPORTS).then().statusCode(200)
                .body("departmentId", equalTo("139902-203"))
                .body("document.organization.divisionName", equalTo("阜平县"));
        given().contentType("text/plain").body(fixture().getBytes(StandardCharsets.UTF_8))
                .queryParam("division", "139902").queryParam("divisionName", "测试县").queryParam("dryRun", "true")
                .post(IMPORTS).then().statusCode(200)
                .body("document.organization.divisionName", equalTo("测试县"));
    }

    @Test
    void withoutADivisionTheReferenceDocumentIsStoredAsTheCountyItsNamesName() {
        // Stubbed for this test only: other tests keep their own stubs of the reference department.
        String paths = "/api/v1/departments/130624-203/(organization|budgets|performance|procurement|assets)/2020";
        List<StubMapping> stubs = List.of(
                StubbedServices.server.stubFor(any(urlPathMatching(paths)).willReturn(aResponse().withTransformers(RevisionedDocuments.NAME))),
                StubbedServices.server.stubFor(post(urlPathMatching(paths + "/findings")).willReturn(report("[]", 0))));
        try {
            given().contentType("text/plain").body(fixture().getBytes(StandardCharsets.UTF_8))
                    .post(IMPORTS).then().statusCode(anyOf(equalTo(201), equalTo(200)))
                    .body("departmentId", equalTo("130624-203"))
                    .body("disclosure", equalTo("/api/v1/disclosures/130624-203/2020"))
                    .body("outcome", anyOf(equalTo("imported"), equalTo("unchanged")));
            assertThat(RevisionedDocuments.revisions("/api/v1/departments/130624-203/organization/2020")).isNotEmpty();
        } finally {
            stubs.forEach(StubbedServices.server::removeStub);
        }
    }

    @Test
    void aCountyNameSeveralCountiesShareNeedsTheDivision() {
        byte[] document = fixture().replace("阜平县", "新华区").getBytes(StandardCharsets.UTF_8);

        given().contentType("text/plain").body(document).queryParam("dryRun", "true")
                .post(IMPORTS).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("division"))
                .body("detail", containsString("新华区 (130105 (河北省石家庄市新华区), 130902 (河北省沧州市新华区), "
                        + "410402 (河南省平顶山市新华区))"));
        // Told, it is taken.
        given().contentType("text/plain").body(document).queryParam("department", newDepartment()).queryParam("dryRun", "true")
                .post(IMPORTS).then().statusCode(200)
                .body("document.organization.divisionName", equalTo("新华区"));
    }

    @Test
    void aCountyGivenThatTheDocumentContradictsIsRefusedNamingBoth() {
        byte[] document = fixture().getBytes(StandardCharsets.UTF_8);

        given().contentType("text/plain").body(document).queryParam("division", "130626")
                .post(IMPORTS).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("division"))
                .body("detail", containsString("130626 (河北省保定市定兴县)"))
                .body("detail", containsString("130624 (河北省保定市阜平县)"));
        given().contentType("text/plain").body(document).queryParam("department", "130626-203")
                .post(IMPORTS).then().statusCode(400)
                .body("errors[0].field", equalTo("department"))
                .body("detail", containsString("130624 (河北省保定市阜平县)"));
        StubbedServices.server.verify(0, com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(
                urlPathMatching("/api/v1/departments/130626-203(/.*)?")));
    }

    @Test
    void aFileUploadedFromAFormIsImportedLikeTheText() {
        given().multiPart("file", "fuping.txt", fixture().getBytes(StandardCharsets.UTF_8), "text/plain")
                .queryParam("department", newDepartment()).queryParam("dryRun", "true")
                .post(IMPORTS).then().statusCode(200)
                .body("document.performance.projects", hasSize(37));
    }

    @Test
    void curlsDefaultFormTypeCarriesTheDocumentAsIs() {
        byte[] document = fixture().getBytes(StandardCharsets.UTF_8);
        String id = newDepartment();
        Object asText = given().contentType("text/plain; charset=UTF-8").body(document)
                .queryParam("department", id).queryParam("dryRun", "true")
                .post(IMPORTS).then().statusCode(200).extract().path("document");

        // curl --data-binary @file without -H: application/x-www-form-urlencoded, no charset. Read as
        // a form, the document's "%" and line breaks would not survive.
        given().config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .encodeContentTypeAs("application/x-www-form-urlencoded", ContentType.BINARY)
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType("application/x-www-form-urlencoded").body(document)
                .queryParam("department", id).queryParam("dryRun", "true")
                .post(IMPORTS).then().statusCode(200)
                .body("departmentName", equalTo("中共阜平县委组织部"))
                .body("document.performance.projects", hasSize(37))
                .body("document", equalTo(asText));
    }

    @Test
    void aDocumentSavedInTheChineseCodePageIsReadAsWell() {
        given().contentType("text/plain").body(fixture().getBytes(Charset.forName("GB18030")))
                .queryParam("department", newDepartment()).queryParam("dryRun", "true")
                .post(IMPORTS).then().statusCode(200)
                .body("departmentName", equalTo("中共阜平县委组织部"))
                .body("document.procurement.lines[0].projectName", equalTo("全国农村基层组织建设联系点创建办公室工作经费"));
    }

    @Test
    void aTruncatedDocumentIs422NamingTheLineAndNothingIsStored() {
        String id = newDepartment();
        String text = fixture();
        String truncated = text.substring(0, text.indexOf("第六部分"));
        int lines = (int) truncated.lines().count();

        given().contentType("text/plain").body(truncated.getBytes(StandardCharsets.UTF_8)).queryParam("department", id)
                .post(IMPORTS).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:budget-disclosure:problem:unprocessable-document"))
                .body("line", greaterThan(lines - 3))
                .body("detail", containsString("line "))
                .body("expected", containsString("第六部分"));

        assertThat(RevisionedDocuments.revisions("/api/v1/departments/" + id + "/organization/2020")).isEmpty();
    }

    /**
     * The fixture with three garbled figures in three parts: 第二部分's 一般公共预算收入 (line 58), the
     * 政府采购金额 of the first procurement line (3036) and the 价值 of 固定资产总额 (3284).
     */
    private static String withThreeGarbledFigures() {
        List<String> lines = new java.util.ArrayList<>(List.of(fixture().split("\n", -1)));
        lines.set(58 - 1, lines.get(58 - 1).replace("一般公共预算收入8529.41万元", "一般公共预算收入8529.41.3万元"));
        assertThat(lines.get(3036 - 1)).isEqualTo("\t1.51");
        lines.set(3036 - 1, "\t1e400");
        assertThat(lines.get(3284 - 1)).isEqualTo("\t82.22");
        lines.set(3284 - 1, "\t-82.22");
        return String.join("\n", lines);
    }

    private static final List<String> DOCUMENTS = List.of("organization", "budgets", "performance", "procurement", "assets");

    @Test
    void threeGarbledFiguresAre422NamingAllThreeLinesAndNothingIsStored() {
        String id = newDepartment();

        given().contentType("text/plain").body(withThreeGarbledFigures().getBytes(StandardCharsets.UTF_8)).queryParam("department", id)
                .post(IMPORTS).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:budget-disclosure:problem:unprocessable-document"))
                .body("problems.line", contains(58, 3036, 3284))
                .body("problems.part", contains("summary", "procurement", "assets"))
                .body("problems.found", contains("8529.41.3万元", "1e400", "-82.22"))
                .body("problems[0].expected", equalTo("the figure of 一般公共预算收入 as an amount in 万元 such as 8529.41"))
                .body("problems[1].expected", equalTo("the 政府采购金额 总计 of 办公消耗用品及类似物品 (a figure in 万元)"))
                .body("problems[2].expected", containsString("which has no sign"))
                // The first problem stays where a client of one problem reads it.
                .body("line", equalTo(58))
                .body("found", equalTo("8529.41.3万元"))
                .body("detail", containsString("3 problems, at lines 58, 3036, 3284"))
                .body("detail", endsWith("nothing was stored"));

        for (String document : DOCUMENTS) {
            assertThat(RevisionedDocuments.revisions("/api/v1/departments/" + id + "/" + document + "/2020")).as(document).isEmpty();
        }
        StubbedServices.server.verify(0, com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor(
                urlPathMatching("/api/v1/departments/" + id + "(/.*)?")));
        given().get("/api/v1/disclosures/" + id + "/2020").then().statusCode(404);
    }

    @Test
    void withPartialTheDocumentsReadWholeAreStoredAndTheAnswerNamesThePartsNotStored() {
        String id = newDepartment();
        byte[] document = withThreeGarbledFigures().getBytes(StandardCharsets.UTF_8);

        // A dry run shows what would be stored, and stores nothing.
        given().contentType("text/plain").body(document).queryParam("department", id).queryParam("partial", "true")
                .queryParam("dryRun", "true")
                .post(IMPORTS).then().statusCode(200)
                .body("outcome", equalTo("dry-run"))
                .body("document", nullValue())
                .body("storableParts.performance.projects", hasSize(37))
                .body("storableParts.organization.units", hasSize(1))
                .body("storableParts.summary", nullValue())
                .body("storableParts.operatingExpenses", nullValue())
                .body("notStored.part", hasItem("summary"));
        assertThat(RevisionedDocuments.revisions("/api/v1/departments/" + id + "/organization/2020")).isEmpty();

        given().contentType("text/plain").body(document).queryParam("department", id).queryParam("partial", "true")
                .post(IMPORTS).then().statusCode(201)
                .body("outcome", equalTo("imported"))
                .body("parts.keys", contains(List.of("organization"), List.of("performance")))
                .body("parts.status", everyItem(equalTo("created")))
                .body("notStored.part", contains("summary", "operatingExpenses", "threePublicExpenses", "procurement", "assets",
                        "glossary", "otherNotes"))
                .body("notStored.find { it.part == 'summary' }.problems.line", contains(58))
                .body("notStored.find { it.part == 'summary' }.reason", containsString("第二部分 could not be read"))
                .body("notStored.find { it.part == 'procurement' }.problems[0].found", equalTo("1e400"))
                .body("notStored.find { it.part == 'assets' }.problems.line", contains(3284))
                .body("notStored.find { it.part == 'glossary' }.problems", nullValue())
                .body("notStored.find { it.part == 'glossary' }.reason", containsString("summary could not be read"));

        assertThat(RevisionedDocuments.revisions("/api/v1/departments/" + id + "/organization/2020")).hasSize(1);
        assertThat(RevisionedDocuments.revisions("/api/v1/departments/" + id + "/performance/2020")).hasSize(1);
        for (String absent : List.of("budgets", "procurement", "assets")) {
            assertThat(RevisionedDocuments.revisions("/api/v1/departments/" + id + "/" + absent + "/2020")).as(absent).isEmpty();
        }
    }

    @Test
    void aDocumentReadWholeIsStoredWholeWithPartialToo() {
        given().contentType("text/plain").body(fixture().getBytes(StandardCharsets.UTF_8)).queryParam("department", newDepartment())
                .queryParam("partial", "true")
                .post(IMPORTS).then().statusCode(201)
                .body("parts", hasSize(5))
                .body("notStored", nullValue());
    }

    @Test
    void aWindowsDocumentInUtf16WithABomIsReadAndItsLinesCountedAsAnEditorShowsThem() {
        String text = fixture();
        String truncated = text.substring(0, text.indexOf("第六部分"));
        int lfLine = given().contentType("text/plain").body(truncated.getBytes(StandardCharsets.UTF_8))
                .queryParam("department", newDepartment())
                .post(IMPORTS).then().statusCode(422).extract().path("line");

        given().contentType("text/plain").body(asSavedByWindows(truncated)).queryParam("department", newDepartment())
                .post(IMPORTS).then().statusCode(422)
                .body("line", equalTo(lfLine))
                .body("expected", containsString("第六部分"));

        given().contentType("text/plain").body(asSavedByWindows(text))
                .queryParam("department", newDepartment()).queryParam("dryRun", "true")
                .post(IMPORTS).then().statusCode(200)
                .body("departmentName", equalTo("中共阜平县委组织部"))
                .body("document.performance.projects", hasSize(37))
                .body("document.procurement.lines", hasSize(14));
    }

    @Test
    void textThatIsNotADisclosureIsRejectedWholeAtLineOne() {
        given().contentType("text/plain").body("会议纪要\n\n一、会议时间\n".getBytes(StandardCharsets.UTF_8))
                .queryParam("division", "139902")
                .post(IMPORTS).then().statusCode(422)
                .body("line", equalTo(1));
    }

    @Test
    void wordAndPdfFilesImportTheSameDisclosureAsTheTextWhateverTypeTheyAreSentAs() {
        Object asText = given().contentType("text/plain; charset=UTF-8").body(fixture().getBytes(StandardCharsets.UTF_8))
                .queryParam("department", newDepartment()).queryParam("dryRun", "true")
                .post(IMPORTS).then().statusCode(200).extract().path("document");

        // The right type, a generic one, a wrong one: the content decides.
        for (String type : List.of(ImportResource.DOCX, "application/octet-stream", "text/plain; charset=GBK", ImportResource.PDF)) {
            given().contentType(type).body(fixtureFile("docx"))
                    .queryParam("department", newDepartment()).queryParam("dryRun", "true")
                    .post(IMPORTS).then().statusCode(200)
                    .body("departmentName", equalTo("中共阜平县委组织部"))
                    .body("document", equalTo(asText));
        }
        given().contentType(ImportResource.DOC).body(fixtureFile("doc"))
                .queryParam("department", newDepartment()).queryParam("dryRun", "true")
                .post(IMPORTS).then().statusCode(200)
                .body("document", equalTo(asText));
        for (String type : List.of(ImportResource.PDF, "application/octet-stream", ImportResource.DOCX)) {
            given().contentType(type).body(fixtureFile("pdf"))
                    .queryParam("department", newDepartment()).queryParam("dryRun", "true")
                    .post(IMPORTS).then().statusCode(200)
                    .body("document", equalTo(asText));
        }
        // A browser's upload of a .docx says octet-stream, if anything.
        given().multiPart("file", "fuping.docx", fixtureFile("docx"), "application/octet-stream")
                .queryParam("department", newDepartment()).queryParam("dryRun", "true")
                .post(IMPORTS).then().statusCode(200)
                .body("document", equalTo(asText));
    }

    @Test
    void aWordOrPdfFileSentWithoutAnyContentTypeIsReadByItsContent() throws Exception {
        String token = "Authorization: " + TestTokens.bearer(TestTokens.WRITER, "write:*") + "\r\n";
        for (String extension : List.of("docx", "pdf")) {
            byte[] file = fixtureFile(extension);
            RawHttp.Answer answer = RawHttp.send(RestAssured.port, "POST " + IMPORTS + "?department=" + newDepartment()
                    + "&dryRun=true HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + token
                    + "Content-Length: " + file.length + "\r\n", file);

            assertThat(answer.status()).as(extension + ": " + answer.body()).isEqualTo(200);
            assertThat(answer.body()).contains("\"departmentName\":\"中共阜平县委组织部\"");
        }
    }

    @Test
    void aDocxIsStoredLikeTheTextAndTheTextAfterItChangesNothing() {
        String id = newDepartment();
        given().contentType(ImportResource.DOCX).body(fixtureFile("docx")).queryParam("department", id)
                .post(IMPORTS).then().statusCode(201)
                .body("outcome", equalTo("imported"));

        given().contentType("text/plain").body(fixture().getBytes(StandardCharsets.UTF_8)).queryParam("department", id)
                .post(IMPORTS).then().statusCode(200)
                .body("outcome", equalTo("unchanged"));
    }

    @Test
    void anErrorInAWordFileNamesTheLineAndWhereItIsInTheFile() {
        String id = newDepartment();
        // A docx that is fine as a file but not as a disclosure: its first table row is one the parser cannot place.
        given().contentType(ImportResource.DOCX).body(docxWithTable("中共阜平县委组织部", "2020年部门预算信息公开",
                        "第一部分:部门职责及机构设置情况", "一、部门职责"))
                .queryParam("department", id)
                .post(IMPORTS).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:budget-disclosure:problem:unprocessable-document"))
                .body("line", greaterThan(0))
                .body("location", org.hamcrest.Matchers.matchesPattern("paragraph \\d+|table \\d+, row \\d+(, cell \\d+)?"))
                .body("problems.location", everyItem(org.hamcrest.Matchers.matchesPattern(
                        "paragraph \\d+|table \\d+, row \\d+(, cell \\d+)?")));

        // A text names its lines only: no location.
        given().contentType("text/plain").body("会议纪要\n".getBytes(StandardCharsets.UTF_8)).queryParam("department", id)
                .post(IMPORTS).then().statusCode(422)
                .body("line", equalTo(1))
                .body("location", nullValue())
                .body("problems[0].location", nullValue());
        assertThat(RevisionedDocuments.revisions("/api/v1/departments/" + id + "/organization/2020")).isEmpty();
    }

    @Test
    void aPdfWithoutATextLayerIs422AndSaysNoOcrIsDone() {
        String id = newDepartment();
        given().contentType("application/octet-stream").body(pdfWithoutText()).queryParam("department", id)
                .post(IMPORTS).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:budget-disclosure:problem:unprocessable-document"))
                .body("detail", containsString("a PDF without a text layer; OCR is not done"))
                .body("detail", org.hamcrest.Matchers.not(containsString("Exception")));
        assertThat(RevisionedDocuments.revisions("/api/v1/departments/" + id + "/organization/2020")).isEmpty();
    }

    @Test
    void anImageOrRandomBytesAreAClearProblemNotAServerError() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0};
        byte[] random = new byte[8192];
        new java.util.Random(7).nextBytes(random);
        byte[] docx = fixtureFile("docx");
        byte[] cutDocx = java.util.Arrays.copyOf(docx, docx.length / 3);

        for (byte[] body : List.of(png, random)) {
            given().contentType("application/octet-stream").body(body).queryParam("division", "139902")
                    .post(IMPORTS).then().statusCode(415)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:budget-disclosure:problem:unsupported-media-type"))
                    .body("detail", containsString("neither a Word document (.docx, .doc), a PDF nor text"));
        }
        given().contentType(ImportResource.DOCX).body(cutDocx).queryParam("division", "139902")
                .post(IMPORTS).then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("cannot be opened"))
                .body("detail", org.hamcrest.Matchers.not(containsString("Exception")));
    }

    @Test
    void badRequestsNameTheParameter() {
        byte[] document = fixture().getBytes(StandardCharsets.UTF_8);
        given().contentType("text/plain").body(fixture().replace("阜平县", "测试县").getBytes(StandardCharsets.UTF_8))
                .post(IMPORTS).then().statusCode(400)
                .body("errors[0].field", equalTo("division"))
                .body("detail", containsString("中共测试县委组织部"));
        given().contentType("text/plain").body(document).queryParam("department", "139902-204").post(IMPORTS).then()
                .statusCode(400).body("errors[0].field", equalTo("department")).body("detail", containsString("203"));
        given().contentType("text/plain").body(document).queryParam("division", "139902").queryParam("dryRun", "yes")
                .post(IMPORTS).then().statusCode(400).body("errors[0].field", equalTo("dryRun"));
        given().contentType("text/plain").body(document).queryParam("division", "139902").queryParam("partial", "all")
                .post(IMPORTS).then().statusCode(400).body("errors[0].field", equalTo("partial"));
        given().contentType("text/plain").body(document).queryParam("division", "139902").queryParam("dryRun", "true")
                .queryParam("tolerance", "-1").post(IMPORTS).then().statusCode(400).body("errors[0].field", equalTo("tolerance"));
        given().contentType("text/plain; charset=klingon").body(document).queryParam("division", "139902")
                .post(IMPORTS).then().statusCode(400).body("errors[0].field", equalTo("Content-Type"));
        given().contentType("text/plain").body(new byte[0]).queryParam("division", "139902")
                .post(IMPORTS).then().statusCode(400).body("errors.field", hasItem("body"));
        given().contentType("application/json").body("{}").queryParam("division", "139902")
                .post(IMPORTS).then().statusCode(415).contentType("application/problem+json");
    }
}
