package org.opendisclosure.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.config.JsonPathConfig;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.CsvText;
import org.opendisclosure.testing.OpenApiContract;

/** Every part's figures by area, joined from the four services' roll-ups (stubbed), each test in its own years. */
@QuarkusTest
@WithTestResource(StubbedServices.class)
class AreasResourceTest {

    private static final String OF_YEAR = "/api/v1/fiscal-years/{year}/areas";
    private static final String OVER_YEARS = "/api/v1/areas";

    @BeforeEach
    void contract() {
        RestAssured.replaceFiltersWith(OpenApiContract.filter());
    }

    /** A service's roll-up as it answers the gateway's ask for the years, one page. */
    private static void stub(String list, int fromYear, int toYear, String... rows) {
        stub(list, "county", fromYear, toYear, rows);
    }

    private static void stub(String list, String level, int fromYear, int toYear, String... rows) {
        String body = "{\"items\":[" + String.join(",", rows) + "],\"page\":1,\"size\":1000,\"totalItems\":" + rows.length
                + ",\"totalPages\":1}";
        StubbedServices.server.stubFor(get(urlPathEqualTo("/api/v1/" + list))
                .withQueryParam("fromYear", WireMock.equalTo(String.valueOf(fromYear)))
                .withQueryParam("toYear", WireMock.equalTo(String.valueOf(toYear)))
                .withQueryParam("level", WireMock.equalTo(level))
                .withQueryParam("page", WireMock.equalTo("1"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body)));
    }

    private static String row(int year, String division, String figures) {
        return "{\"fiscalYear\":" + year + ",\"level\":\"county\",\"divisionCode\":\"" + division + "\"," + figures + "}";
    }

    private static void fourServicesOneFailing(int year) {
        stub("budgets-areas", year, year,
                row(year, "130624", "\"divisionName\":\"阜平县\",\"departments\":2,\"revenueTotal\":100.50,\"expenditureTotal\":100.50,"
                        + "\"basicExpenditure\":20.25,\"personnelExpenditure\":15,\"personnelDepartments\":1,\"publicExpenditure\":null,"
                        + "\"publicDepartments\":0,\"projectExpenditure\":80.25,\"otherExpenditure\":0,\"otherDepartments\":2,"
                        + "\"operatingExpenses\":3.25,\"threePublicPreviousYear\":1.7,\"threePublicTotal\":1.2"),
                row(year, "130625", "\"divisionName\":\"唐县\",\"departments\":1,\"expenditureTotal\":9"));
        stub("performance-areas", year, year, row(year, "130624", "\"departments\":1,\"projectCount\":3,\"projectBudgetTotal\":13.75"));
        stub("procurement-areas", year, year,
                row(year, "130626", "\"departments\":1,\"withProcurement\":1,\"statedTotal\":5.50,\"statedTotalDepartments\":1"));
        StubbedServices.server.stubFor(get(urlPathEqualTo("/api/v1/assets-areas"))
                .withQueryParam("fromYear", WireMock.equalTo(String.valueOf(year)))
                .willReturn(aResponse().withStatus(500).withBody("boom")));
    }

    @Test
    void joinsEachServicesRowsByAreaAndNamesTheOneThatFailed() {
        fourServicesOneFailing(2052);
        given().config(RestAssured.config().jsonConfig(RestAssured.config().getJsonConfig()
                        .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)))
                .get(OF_YEAR, 2052).then().statusCode(200)
                .header(DisclosureListResource.UNAVAILABLE_HEADER, "assets-service")
                .header("X-Total-Count", "3")
                .body("unavailableParts", contains(7))
                .body("unavailableServices.service", contains("assets-service"))
                .body("items.divisionCode", contains("130624", "130625", "130626"))
                .body("items.fiscalYear", contains(2052, 2052, 2052))
                .body("items.level", contains("county", "county", "county"))
                .body("items.divisionName", contains("阜平县", "唐县", null))
                .body("items.budgetDepartments", contains(2, 1, 0))
                .body("items.performanceDepartments", contains(1, 0, 0))
                .body("items.procurementDepartments", contains(0, 0, 1))
                .body("items.assetsDepartments", contains(nullValue(), nullValue(), nullValue()))
                .body("items[0].expenditureTotal", equalTo(new BigDecimal("100.50")))
                .body("items[0].projectBudgetTotal", equalTo(new BigDecimal("13.75")))
                .body("items[0].publicExpenditure", nullValue())
                .body("items[0].totalFixedAssets", nullValue())
                .body("items[2].procurementTotal", equalTo(new BigDecimal("5.50")))
                .body("items[2].procurementTotalDepartments", equalTo(1))
                .body("items[2].expenditureTotal", nullValue());
    }

    @Test
    void servesCsvWithAColumnPerFigure() {
        fourServicesOneFailing(2053);
        byte[] bytes = given().accept("text/csv").queryParam("size", "1").get(OF_YEAR, 2053).then().statusCode(200)
                .header("X-Total-Count", "3").header("Link", containsString("rel=\"next\""))
                .header("Content-Disposition", containsString("areas-2053-page1.csv"))
                .extract().asByteArray();
        String[] lines = CsvText.lines(bytes);
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("fiscalYear,level,divisionCode,divisionName,budgetDepartments,revenueTotal,expenditureTotal,")
                .contains(",performanceDepartments,projectCount,projectBudgetTotal,procurementDepartments,")
                .endsWith(",vehicleValue,vehicleValueDepartments");
        assertThat(lines[1]).startsWith("2053,county,130624,阜平县,2,100.50,100.50,20.25,15,1,,0,80.25,0,2,3.25,1.7,1.2,1,3,13.75,0,,,,,,,,,,,");
    }

    @Test
    void acrossYearsAsksEachServiceOnceForTheRange() {
        stub("budgets-areas", 2054, 2055, row(2054, "130624", "\"departments\":1,\"expenditureTotal\":1"),
                row(2055, "130624", "\"departments\":2,\"expenditureTotal\":2"));
        stub("performance-areas", 2054, 2055, row(2055, "130624", "\"departments\":1,\"projectCount\":1"));
        stub("procurement-areas", 2054, 2055);
        stub("assets-areas", 2054, 2055, row(2054, "130624", "\"departments\":1,\"totalFixedAssets\":82.22"));
        given().queryParam("fromYear", "2054").queryParam("toYear", "2055").get(OVER_YEARS).then().statusCode(200)
                .body("unavailableParts", empty())
                .body("unavailableServices", empty())
                .body("items.fiscalYear", contains(2054, 2055))
                .body("items.budgetDepartments", contains(1, 2))
                .body("items.performanceDepartments", contains(0, 1))
                .body("items.assetsDepartments", contains(1, 0))
                .body("items.procurementDepartments", contains(0, 0));
    }

    @Test
    void provincesAndCitiesAreNamedAsGbT2260NamesThem() {
        stub("budgets-areas", "city", 2058, 2058, "{\"fiscalYear\":2058,\"level\":\"city\",\"divisionCode\":\"1306\","
                + "\"divisionName\":null,\"departments\":3}");
        stub("performance-areas", "city", 2058, 2058);
        stub("procurement-areas", "city", 2058, 2058);
        stub("assets-areas", "city", 2058, 2058, "{\"fiscalYear\":2058,\"level\":\"city\",\"divisionCode\":\"6501\","
                + "\"departments\":1}");
        given().queryParam("level", "city").get(OF_YEAR, 2058).then().statusCode(200)
                .body("items.divisionCode", contains("1306", "6501"))
                .body("items.divisionName", contains("保定市", "乌鲁木齐市"))
                .body("items.level", contains("city", "city"));
    }

    @Test
    void badParametersAreProblemsAndNoServiceIsAsked() {
        StubbedServices.server.resetRequests();
        given().queryParam("level", "village").get(OF_YEAR, 2056).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("level"));
        given().queryParam("level", "city").queryParam("division", "13062").get(OF_YEAR, 2056).then().statusCode(400)
                .body("errors[0].field", equalTo("division"));
        given().get(OF_YEAR, 1999).then().statusCode(400).body("errors[0].field", equalTo("year"));
        given().queryParam("fromYear", "2056").queryParam("toYear", "2055").get(OVER_YEARS).then().statusCode(400)
                .body("errors[0].field", equalTo("toYear"));
        given().queryParam("size", "0").get(OVER_YEARS).then().statusCode(400).body("errors[0].field", equalTo("size"));
        StubbedServices.server.verify(0, getRequestedFor(urlPathMatching("/api/v1/.*-areas")));
    }

    @Test
    void eachServicesRollUpPassesThrough() {
        StubbedServices.server.stubFor(get(urlPathEqualTo("/api/v1/fiscal-years/2057/budgets-areas"))
                .withQueryParam("division", absent())
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"items\":[],\"page\":1,\"size\":50,\"totalItems\":0,\"totalPages\":0}")));
        StubbedServices.server.stubFor(get(urlPathEqualTo("/api/v1/assets-areas"))
                .withQueryParam("fromYear", WireMock.equalTo("2057"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"items\":[],\"page\":1,\"size\":50,\"totalItems\":0,\"totalPages\":0}")));
        // The services' own paths are in their documents, not the gateway's.
        RestAssured.replaceFiltersWith(List.of());
        given().get("/api/v1/fiscal-years/2057/budgets-areas").then().statusCode(200).body("totalItems", equalTo(0));
        given().queryParam("fromYear", "2057").get("/api/v1/assets-areas").then().statusCode(200).body("totalItems", equalTo(0));
    }
}
