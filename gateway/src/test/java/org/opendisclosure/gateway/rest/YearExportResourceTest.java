package org.opendisclosure.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.CsvText;
import org.opendisclosure.testing.ExactJson;
import org.opendisclosure.testing.OpenApiContract;

/** A fiscal year as one zip of whole lists, described by its datapackage.json. */
@QuarkusTest
@WithTestResource(StubbedServices.class)
class YearExportResourceTest {

    private static final String EXPORT = "/api/v1/fiscal-years/{year}/export";
    private static final List<String> TABLES = List.of("departments", "units", "budgets", "operating-items", "three-public",
            "performance", "projects", "indicators", "procurement", "procurement-lines", "procurement-totals", "assets", "findings");
    private static final String BUDGETS_HEADER = "\uFEFFdepartmentId,fiscalYear,revisedAt,expenditureTotal\r\n";

    @BeforeEach
    void contract() {
        RestAssured.replaceFiltersWith(OpenApiContract.filter());
    }

    private static String path(int year, String table) {
        return table.equals("departments") ? "/api/v1/departments" : "/api/v1/fiscal-years/" + year + "/" + table;
    }

    /** A whole list as its service streams it: asked for with download=true, never page by page. */
    private static void download(int year, String table, String csv) {
        StubbedServices.server.stubFor(get(urlPathEqualTo(path(year, table)))
                .withQueryParam("download", equalTo("true"))
                .withHeader("Accept", equalTo("text/csv"))
                .willReturn(aResponse().withHeader("Content-Type", "text/csv; charset=UTF-8").withBody(csv)
                        .withChunkedDribbleDelay(3, 30)));
    }

    /** budgets with three rows, the other lists empty; no department has findings to count. */
    private static void year(int year) {
        download(year, "budgets", BUDGETS_HEADER + "130624-203," + year + ",2026-01-02T03:04:05Z,8529.41\r\n"
                + "130624-204," + year + ",2026-01-02T03:04:05Z,12.5\r\n130625-001," + year + ",2026-01-02T03:04:05Z,0.05\r\n");
        for (String table : TABLES.subList(0, TABLES.size() - 1)) {
            if (!table.equals("budgets")) {
                download(year, table, "");
            }
        }
        // The lists the findings are counted from, and what the services keep of them: no department has a part this year.
        for (String list : List.of("budgets", "performance", "procurement", "assets", "findings-counts", "cross-part-findings-counts")) {
            StubbedServices.server.stubFor(get(urlPathEqualTo(path(year, list))).withQueryParam("page", equalTo("1"))
                    .willReturn(aResponse().withHeader("Content-Type", "application/json")
                            .withBody("{\"items\":[],\"page\":1,\"size\":1000,\"totalItems\":0,\"totalPages\":0}")));
        }
        StubbedServices.server.stubFor(get(urlPathEqualTo("/q/openapi")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("""
                        {"openapi":"3.1.0","paths":{"/api/v1/fiscal-years/{year}/budgets":{"get":{"responses":{"200":{"content":
                          {"application/json":{"schema":{"$ref":"#/components/schemas/BudgetOverviewPage"}}}}}}}},
                         "components":{"schemas":{
                          "BudgetOverviewPage":{"type":"object","properties":{"items":{"type":"array",
                            "items":{"$ref":"#/components/schemas/BudgetOverviewRow"}}}},
                          "BudgetOverviewRow":{"type":"object","properties":{"departmentId":{"type":"string"},
                            "fiscalYear":{"type":"integer","format":"int32"},"revisedAt":{"type":"string","format":"date-time"},
                            "expenditureTotal":{"type":"number","description":"支出预算合计"}}}}}}""")));
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    @Test
    void theYearIsOneZipOfWholeListsThatItsDataPackageDescribes() throws IOException {
        year(2020);
        String ocds = "{\"uri\":\"http://localhost:8080/api/v1/fiscal-years/2020/ocds\",\"version\":\"1.1\",\"releases\":[]}";
        StubbedServices.server.stubFor(get(urlPathEqualTo("/api/v1/fiscal-years/2020/ocds")).withHeader("Accept", equalTo("application/json"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(ocds)));
        Response answer = given().get(EXPORT, 2020);
        answer.then().statusCode(200).contentType("application/zip")
                .header("Content-Disposition", "attachment; filename=\"disclosures-2020.zip\"");
        String etag = answer.header("ETag");
        assertThat(etag).startsWith("\"");

        Map<String, byte[]> entries = unzip(answer.asByteArray());
        List<String> expected = new ArrayList<>(TABLES.stream().map(table -> table + ".csv").toList());
        expected.add("ocds-release-package.json");
        expected.add("datapackage.json");
        expected.add("README.txt");
        assertThat(entries.keySet()).containsExactlyElementsOf(expected);
        // As the service streamed it: its byte order mark and CRLF kept, for Excel.
        assertThat(new String(entries.get("budgets.csv"), StandardCharsets.UTF_8)).isEqualTo(BUDGETS_HEADER
                + "130624-203,2020,2026-01-02T03:04:05Z,8529.41\r\n130624-204,2020,2026-01-02T03:04:05Z,12.5\r\n"
                + "130625-001,2020,2026-01-02T03:04:05Z,0.05\r\n");
        assertThat(CsvText.lines(entries.get("findings.csv")))
                .containsExactly("departmentId,departmentName,fiscalYear,checked,error,warning,info,total");
        assertThat(new String(entries.get("README.txt"), StandardCharsets.UTF_8)).contains("budgets.csv", "万元", "findings.csv");

        JsonNode dataPackage = ExactJson.parse(new String(entries.get("datapackage.json"), StandardCharsets.UTF_8));
        assertThat(dataPackage.get("profile").asText()).isEqualTo("tabular-data-package");
        assertThat(dataPackage.at("/fiscalPeriod/start").asText()).isEqualTo("2020-01-01");
        List<String> described = new ArrayList<>();
        for (JsonNode resource : dataPackage.get("resources")) {
            described.add(resource.get("path").asText());
            assertThat(entries).containsKey(resource.get("path").asText());
        }
        assertThat(described).containsExactlyElementsOf(expected.subList(0, TABLES.size() + 1));
        assertThat(new String(entries.get("ocds-release-package.json"), StandardCharsets.UTF_8)).isEqualTo(ocds);
        assertThat(dataPackage.at("/resources/13/format").asText()).isEqualTo("json");
        JsonNode budgets = dataPackage.at("/resources/2/schema/fields");
        List<String> fields = new ArrayList<>();
        budgets.forEach(field -> fields.add(field.get("name").asText() + ":" + field.get("type").asText()));
        assertThat(fields).containsExactly("departmentId:string", "fiscalYear:integer", "revisedAt:datetime",
                "expenditureTotal:number");
        assertThat(budgets.get(3).get("description").asText()).isEqualTo("支出预算合计");
        assertThat(budgets.get(3).get("title").asText()).isEqualTo("支出预算合计（万元）");
        assertThat(dataPackage.at("/resources/2/dialect/lineTerminator").asText()).isEqualTo("\r\n");
        // Fiscal Data Package: the amount is a measure in CNY, 万元 each; the department and year are dimensions.
        assertThat(dataPackage.at("/model/measures/budgets.expenditureTotal/currency").asText()).isEqualTo("CNY");
        assertThat(dataPackage.at("/model/measures/budgets.expenditureTotal/factor").asInt()).isEqualTo(10000);
        assertThat(dataPackage.at("/model/dimensions/department/attributes/budgets.departmentId/source").asText())
                .isEqualTo("departmentId");
        List<String> findingsFields = new ArrayList<>();
        dataPackage.at("/resources/12/schema/fields").forEach(field -> findingsFields.add(field.get("name").asText() + ":"
                + field.get("type").asText()));
        assertThat(findingsFields).containsExactly("departmentId:string", "departmentName:string", "fiscalYear:integer",
                "checked:boolean", "error:integer", "warning:integer", "info:integer", "total:integer");

        given().header("If-None-Match", etag).get(EXPORT, 2020).then().statusCode(304);
        // The same data is the same bytes.
        assertThat(given().get(EXPORT, 2020).header("ETag")).isEqualTo(etag);
    }

    @Test
    void aDrillDownsListIsDescribedByItsDefaultShape() throws IOException {
        year(2017);
        download(2017, "procurement-totals", "\uFEFFkey,amount\r\nA09,82.98\r\n");
        StubbedServices.server.stubFor(get(urlPathEqualTo("/q/openapi")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("""
                        {"openapi":"3.1.0","paths":{"/api/v1/fiscal-years/{year}/procurement-totals":{"get":{"responses":{"200":{"content":
                          {"application/json":{"schema":{"anyOf":[{"$ref":"#/components/schemas/TotalPage"},
                            {"$ref":"#/components/schemas/DepartmentTotalPage"}]}}}}}}}},
                         "components":{"schemas":{
                          "TotalPage":{"type":"object","properties":{"items":{"type":"array","items":{"$ref":"#/components/schemas/TotalRow"}}}},
                          "DepartmentTotalPage":{"type":"object","properties":{"items":{"type":"array","items":{"type":"object"}}}},
                          "TotalRow":{"type":"object","properties":{"key":{"type":"string"},"amount":{"type":"number"}}}}}}""")));
        JsonNode dataPackage = ExactJson.parse(new String(unzip(given().get(EXPORT, 2017).then().statusCode(200).extract().asByteArray())
                .get("datapackage.json"), StandardCharsets.UTF_8));
        for (JsonNode resource : dataPackage.get("resources")) {
            if (resource.get("path").asText().equals("procurement-totals.csv")) {
                List<String> fields = new ArrayList<>();
                resource.at("/schema/fields").forEach(field -> fields.add(field.get("name").asText() + ":" + field.get("type").asText()));
                assertThat(fields).containsExactly("key:string", "amount:number");
                return;
            }
        }
        throw new AssertionError("no procurement-totals.csv in " + dataPackage);
    }

    @Test
    void aServiceThatCannotGiveItsListIsA503NotAPartialFile() {
        year(2019);
        StubbedServices.server.stubFor(get(urlPathEqualTo("/api/v1/fiscal-years/2019/procurement-lines"))
                .withQueryParam("download", equalTo("true")).willReturn(aResponse().withStatus(500)));
        given().get(EXPORT, 2019).then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", org.hamcrest.Matchers.equalTo("5"))
                .body("detail", org.hamcrest.Matchers.containsString("procurement-lines"));
    }

    @Test
    void aYearThatIsNotAYearIsABadRequest() {
        given().get(EXPORT, "twenty").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("year"));
    }
}
