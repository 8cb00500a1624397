package org.opendisclosure.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.CsvText;
import org.opendisclosure.testing.OpenApiContract;
import org.opendisclosure.testing.TestTokens;

/** The list of a year's disclosures, merged from the four services' lists (stubbed), each test in its own year. */
@QuarkusTest
@WithTestResource(StubbedServices.class)
class DisclosureListResourceTest {

    private static final String LIST = "/api/v1/fiscal-years/{year}/disclosures";

    @BeforeEach
    void contract() {
        RestAssured.replaceFiltersWith(OpenApiContract.filter());
    }

    /** One page of a service's list for a year, as the services answer it. */
    private static void stubPage(String path, int page, long totalPages, String... rows) {
        String body = "{\"items\":[" + String.join(",", rows) + "],\"page\":" + page + ",\"size\":1000,\"totalItems\":"
                + rows.length + ",\"totalPages\":" + totalPages + "}";
        StubbedServices.server.stubFor(get(urlPathEqualTo(path))
                .withQueryParam("page", com.github.tomakehurst.wiremock.client.WireMock.equalTo(String.valueOf(page)))
                .withQueryParam("size", com.github.tomakehurst.wiremock.client.WireMock.equalTo("1000"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body)));
    }

    private static String row(String id) {
        return "{\"departmentId\":\"" + id + "\",\"fiscalYear\":2051,\"revision\":1,\"totalFixedAssets\":82.22}";
    }

    private static String budgetRow(String id, String name) {
        return "{\"departmentId\":\"" + id + "\",\"divisionCode\":\"" + id.substring(0, 6) + "\",\"departmentName\":\"" + name
                + "\",\"expenditureTotal\":8529.41}";
    }

    /**
     * 130624-203 has everything; 130624-101 only a budget (over two pages of budget-service);
     * 130624-305 performance and assets but no budget; 130625-001 only procurement.
     */
    private static void fourServices(int year) {
        String base = "/api/v1/fiscal-years/" + year;
        stubPage(base + "/budgets", 1, 2, budgetRow("130624-203", "中共阜平县委组织部"));
        stubPage(base + "/budgets", 2, 2, budgetRow("130624-101", "阜平县财政局"));
        stubPage(base + "/performance", 1, 1, row("130624-203"), row("130624-305"));
        stubPage(base + "/procurement", 1, 1, row("130624-203"), row("130625-001"));
        stubPage(base + "/assets", 1, 1, row("130624-203"), row("130624-305"));
    }

    @Test
    void presenceIsMergedAcrossTheFourServicesAndOrderedByDepartment() {
        fourServices(2051);
        given().get(LIST, 2051).then().statusCode(200)
                .header("X-Total-Count", "4")
                .body("totalItems", equalTo(4))
                .body("totalPages", equalTo(1))
                .body("unavailableServices", empty())
                .body("items.departmentId", contains("130624-101", "130624-203", "130624-305", "130625-001"))
                .body("items.complete", contains(false, true, false, false))
                .body("items[0].departmentName", equalTo("阜平县财政局"))
                .body("items[0].fiscalYear", equalTo(2051))
                .body("items[0].parts.organization", equalTo("present"))
                .body("items[0].parts.glossary", equalTo("present"))
                .body("items[0].parts.performance", equalTo("absent"))
                .body("items[1].departmentName", equalTo("中共阜平县委组织部"))
                .body("items[1].parts.otherNotes", equalTo("present"))
                .body("items[1].parts.procurement", equalTo("present"))
                .body("items[2].departmentName", nullValue())
                .body("items[2].parts.organization", equalTo("absent"))
                .body("items[2].parts.summary", equalTo("absent"))
                .body("items[2].parts.performance", equalTo("present"))
                .body("items[2].parts.assets", equalTo("present"))
                .body("items[2].parts.procurement", equalTo("absent"))
                .body("items[3].parts.procurement", equalTo("present"))
                .body("items[3].parts.threePublicExpenses", equalTo("absent"));
    }

    @Test
    void aServiceThatCannotBeReadMakesItsPartsUnknownAndIsNamed() {
        String base = "/api/v1/fiscal-years/2052";
        stubPage(base + "/budgets", 1, 1, budgetRow("130624-203", "中共阜平县委组织部"));
        StubbedServices.server.stubFor(get(urlPathEqualTo(base + "/performance"))
                .willReturn(aResponse().withStatus(500).withBody("boom")));
        stubPage(base + "/procurement", 1, 1, row("130624-203"));
        stubPage(base + "/assets", 1, 1, row("130624-203"), row("130624-305"));
        given().get(LIST, 2052).then().statusCode(200)
                .header(DisclosureListResource.UNAVAILABLE_HEADER, "performance-service")
                .body("unavailableServices.service", contains("performance-service"))
                .body("unavailableServices[0].reason", containsString("500"))
                .body("items.departmentId", contains("130624-203", "130624-305"))
                .body("items.complete", contains(false, false))
                .body("items[0].parts.performance", equalTo("unknown"))
                .body("items[0].parts.summary", equalTo("present"))
                .body("items[1].parts.performance", equalTo("unknown"))
                .body("items[1].parts.organization", equalTo("absent"))
                .body("items[1].parts.assets", equalTo("present"));
    }

    @Test
    void aServiceWithoutTheListIsUnavailableNotAbsent() {
        String base = "/api/v1/fiscal-years/2056";
        stubPage(base + "/budgets", 1, 1, budgetRow("130624-203", "中共阜平县委组织部"));
        stubPage(base + "/performance", 1, 1, row("130624-203"));
        stubPage(base + "/procurement", 1, 1, row("130624-203"));
        StubbedServices.server.stubFor(get(urlPathEqualTo(base + "/assets")).willReturn(aResponse().withStatus(404)));
        given().get(LIST, 2056).then().statusCode(200)
                .body("unavailableServices.service", contains("assets-service"))
                .body("items[0].parts.assets", equalTo("unknown"))
                .body("items[0].parts.performance", equalTo("present"))
                .body("items[0].complete", equalTo(false));
    }

    @Test
    void pagesTheMergedList() {
        String base = "/api/v1/fiscal-years/2053";
        List<String> budgets = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            budgets.add(budgetRow("130624-" + (100 + i), "部门" + i));
        }
        stubPage(base + "/budgets", 1, 1, budgets.toArray(String[]::new));
        stubPage(base + "/performance", 1, 1);
        stubPage(base + "/procurement", 1, 1);
        stubPage(base + "/assets", 1, 1);
        given().queryParam("size", "2").queryParam("page", "2").get(LIST, 2053).then().statusCode(200)
                .header("X-Total-Count", "5")
                .header("Link", containsString("rel=\"next\""))
                .body("page", equalTo(2)).body("size", equalTo(2))
                .body("totalItems", equalTo(5)).body("totalPages", equalTo(3))
                .body("items.departmentId", contains("130624-103", "130624-104"));
        given().queryParam("size", "2").queryParam("page", "3").get(LIST, 2053).then()
                .body("items.departmentId", contains("130624-105"));
        given().queryParam("size", "2").queryParam("page", "4").get(LIST, 2053).then().statusCode(200)
                .body("items", empty());
        given().queryParam("size", "1001").get(LIST, 2053).then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().get(LIST, 1990).then().statusCode(400).body("errors[0].field", equalTo("year"));
    }

    @Test
    void servesCsvWithOneColumnPerPart() {
        fourServices(2054);
        byte[] bytes = given().accept("text/csv").get(LIST, 2054).then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("X-Total-Count", "4")
                .extract().asByteArray();
        String[] lines = CsvText.lines(bytes);
        assertThat(lines).hasSize(5);
        assertThat(lines[0]).isEqualTo("departmentId,departmentName,fiscalYear,complete,organization,summary,operatingExpenses,"
                + "threePublicExpenses,performance,procurement,assets,glossary,otherNotes");
        assertThat(lines[2]).isEqualTo("130624-203,中共阜平县委组织部,2054,true,present,present,present,present,present,present,"
                + "present,present,present");
        assertThat(lines[3]).isEqualTo("130624-305,,2054,false,absent,absent,absent,absent,present,absent,present,absent,absent");
        given().queryParam("format", "csv").get(LIST, 2054).then().statusCode(200)
                .header("Content-Disposition", containsString("disclosures-2054-page1.csv"));
    }

    @Test
    void theWholeListDownloadsInOneFileTitledInChineseOrAsAWorkbook() throws Exception {
        fourServices(2057);
        String[] lines = CsvText.lines(given().queryParam("download", "true").queryParam("header", "zh").queryParam("size", "1")
                .get(LIST, 2057).then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", "attachment; filename=\"disclosures-2057.csv\"")
                .extract().asByteArray());
        assertThat(lines).hasSize(5);
        assertThat(lines[0]).isEqualTo("部门标识,部门名称,预算年度,完整,部门职责及机构设置,部门预算安排的总体情况,机关运行经费,“三公”经费,"
                + "预算绩效信息,政府采购预算,国有资产,名词解释,其他需说明的事项");
        byte[] xlsx = given().queryParam("format", "xlsx").get(LIST, 2057).then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", "inline; filename=\"disclosures-2057-page1.xlsx\"").extract().asByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(5);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("130624-203");
            assertThat(sheet.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(2057);
            assertThat(sheet.getRow(2).getCell(3).getBooleanCellValue()).isTrue();
        }
        given().queryParam("download", "maybe").get(LIST, 2057).then().statusCode(400).body("errors[0].field", equalTo("download"));
    }

    @Test
    void isNotPassedThroughWhileTheServicesNewListsAre() {
        fourServices(2055);
        given().get(LIST, 2055).then().statusCode(200).body("items.departmentId", contains("130624-101", "130624-203", "130624-305", "130625-001"));
        RestAssured.replaceFiltersWith(TestTokens.writer());
        given().queryParam("page", "1").queryParam("size", "1000").get("/api/v1/fiscal-years/2055/performance").then()
                .statusCode(200).body("items.departmentId", contains("130624-203", "130624-305"));
        given().queryParam("page", "1").queryParam("size", "1000").get("/api/v1/fiscal-years/2055/procurement").then()
                .statusCode(200).body("items.departmentId", contains("130624-203", "130625-001"));
    }
}
