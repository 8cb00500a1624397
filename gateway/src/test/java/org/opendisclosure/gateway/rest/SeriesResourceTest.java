package org.opendisclosure.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.CsvText;
import org.opendisclosure.testing.ExactJson;
import org.opendisclosure.testing.OpenApiContract;

/** A department's headline figures over its years, read from each year's composed disclosure. */
@QuarkusTest
@WithTestResource(StubbedServices.class)
class SeriesResourceTest {

    private static final String ID = "139907-203";
    private static final String SERIES = "/api/v1/departments/{id}/series";
    private static final String SAMPLE = "/sample/130624-203/2020/";

    @BeforeEach
    void contract() {
        RestAssured.replaceFiltersWith(OpenApiContract.filter());
    }

    private static void years(String id, int... years) {
        StringBuilder items = new StringBuilder();
        for (int year : years) {
            items.append(items.isEmpty() ? "" : ",").append("{\"fiscalYear\":").append(year)
                    .append(",\"revision\":1,\"revisedAt\":\"2026-01-02T03:04:05Z\"}");
        }
        StubbedServices.server.stubFor(get(urlPathEqualTo("/api/v1/departments/" + id + "/budgets"))
                .willReturn(json("{\"items\":[" + items + "],\"page\":1,\"size\":1000,\"totalItems\":" + years.length
                        + ",\"totalPages\":1}")));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }

    private static void document(String id, String segment, int year, JsonNode document) {
        ObjectNode body = ((ObjectNode) document.deepCopy()).put("revision", 1).put("revisedAt", "2026-01-02T03:04:05Z");
        if (segment.equals("organization")) {
            body.put("id", id).put("divisionCode", id.substring(0, 6)).put("code", id.substring(7)).put("fiscalYear", year);
        }
        StubbedServices.server.stubFor(get(urlEqualTo("/api/v1/departments/" + id + "/" + segment + "/" + year))
                .willReturn(json(ExactJson.write(body))));
    }

    /** The reference disclosure in each year; in 2021 with 9000.00 of expenditure and a stated change of 500.00. */
    private static void disclosures(String id) {
        for (int year : new int[]{2018, 2020, 2021}) {
            document(id, "organization", year, ExactJson.resource(SAMPLE + "department.json"));
            ObjectNode budget = (ObjectNode) ExactJson.resource(SAMPLE + "budget.json");
            if (year == 2021) {
                ((ObjectNode) budget.at("/summary/expenditure")).put("total", new BigDecimal("9000.00"));
                ((ObjectNode) budget.at("/summary/changeFromLastYear/total")).put("amount", new BigDecimal("500.00"));
            }
            document(id, "budgets", year, budget);
            document(id, "performance", year, ExactJson.resource(SAMPLE + "performance.json"));
            document(id, "procurement", year, ExactJson.resource(SAMPLE + "procurement.json"));
            if (year == 2018) {
                StubbedServices.server.stubFor(get(urlEqualTo("/api/v1/departments/" + id + "/assets/" + year))
                        .willReturn(aResponse().withStatus(404)));
            } else {
                document(id, "assets", year, ExactJson.resource(SAMPLE + "assets.json"));
            }
        }
    }

    private static JsonNode series(String id) {
        return ExactJson.parse(given().get(SERIES, id).then().statusCode(200).extract().asString());
    }

    private static JsonNode figure(JsonNode series, String id) {
        for (JsonNode figure : series.get("figures")) {
            if (figure.get("figure").asText().equals(id)) {
                return figure;
            }
        }
        throw new AssertionError("no figure " + id + " in " + series);
    }

    @Test
    void everyYearWithTheChangeComputedBetweenConsecutiveYearsBesideTheStatedOne() {
        years(ID, 2021, 2018, 2020);
        disclosures(ID);

        JsonNode series = ExactJson.parse(given().get(SERIES, ID).then().statusCode(200)
                .contentType("application/json").header("ETag", startsWith("\""))
                .body("departmentId", equalTo(ID))
                .body("departmentName", equalTo("中共阜平县委组织部"))
                .body("years", contains(2018, 2020, 2021))
                .extract().asString());

        JsonNode total = figure(series, "summary.expenditure.total");
        assertThat(total.get("label").asText()).isEqualTo("支出预算合计");
        assertThat(total.get("part").asText()).isEqualTo("summary");
        JsonNode values = total.get("values");
        assertThat(values.get(0).get("value").decimalValue()).isEqualTo(new BigDecimal("8529.41"));
        assertThat(values.get(0).get("change").isNull()).isTrue();
        // 2019 is not in the series: no change is computed across it.
        assertThat(values.get(1).get("change").isNull()).isTrue();
        assertThat(values.get(1).get("statedChange").decimalValue()).isEqualTo(new BigDecimal("1549.15"));
        assertThat(values.get(2).get("value").decimalValue()).isEqualTo(new BigDecimal("9000.00"));
        assertThat(values.get(2).get("change").decimalValue()).isEqualTo(new BigDecimal("470.59"));
        assertThat(values.get(2).get("statedChange").decimalValue()).isEqualTo(new BigDecimal("500.00"));

        JsonNode vehicles = figure(series, "threePublicExpenses.rows.VEHICLE_OPERATION.currentYear").get("values");
        assertThat(vehicles.get(2).get("value").decimalValue()).isEqualTo(new BigDecimal("6.5"));
        assertThat(vehicles.get(2).get("statedChange").decimalValue()).isEqualTo(new BigDecimal("2"));
        assertThat(figure(series, "procurement.statedTotal").at("/values/2/value").decimalValue()).isEqualTo(new BigDecimal("107.57"));
        // 2018 published no part 七.
        JsonNode assets = figure(series, "assets.totalFixedAssets").get("values");
        assertThat(assets.get(0).get("value").isNull()).isTrue();
        assertThat(assets.get(1).get("value").decimalValue()).isEqualTo(new BigDecimal("82.22"));
        assertThat(figure(series, "performance.projects.count").at("/values/0/value").intValue()).isPositive();

        String etag = given().get(SERIES, ID).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get(SERIES, ID).then().statusCode(304);
    }

    @Test
    void asCsvOneRowPerFigureAndYear() throws IOException {
        String id = "139907-204";
        years(id, 2020, 2021);
        disclosures(id);
        String csv = given().accept("text/csv").get(SERIES, id).then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        assertThat(CsvText.lines(csv)[0]).isEqualTo("departmentId,figure,label,part,fiscalYear,value,change,statedChange");
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> read = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv.substring(1))) {
            read.forEachRemaining(rows::add);
        }
        assertThat(rows).contains(Map.of("departmentId", id, "figure", "summary.expenditure.total", "label", "支出预算合计",
                "part", "summary", "fiscalYear", "2021", "value", "9000.00", "change", "470.59", "statedChange", "500.00"));
        assertThat(rows).hasSize(2 * series(id).get("figures").size());
        given().queryParam("format", "csv").get(SERIES, id).then().statusCode(200).contentType(startsWith("text/csv"));
        assertThat(CsvText.lines(given().queryParam("format", "csv").queryParam("header", "zh").get(SERIES, id).then().statusCode(200)
                .extract().asByteArray())[0]).isEqualTo("部门标识,指标项,名称,部分,预算年度,数值,增减金额（万元）,文件所述增减（万元）");
        given().queryParam("format", "xlsx").get(SERIES, id).then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", "inline; filename=\"series-" + id + ".xlsx\"");
        given().queryParam("header", "chinese").get(SERIES, id).then().statusCode(400).body("errors[0].field",
                org.hamcrest.Matchers.equalTo("header"));
    }

    @Test
    void aDepartmentWithoutYearsOrUnknownIsNotFoundAndABadIdIsABadRequest() {
        years("139907-205");
        given().get(SERIES, "139907-205").then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("Department 139907-205 has no budget stored for any year"));
        StubbedServices.server.stubFor(get(urlPathEqualTo("/api/v1/departments/139907-206/budgets"))
                .willReturn(aResponse().withStatus(404)));
        given().get(SERIES, "139907-206").then().statusCode(404).contentType("application/problem+json");
        given().get(SERIES, "not-an-id").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("departmentId"));
        given().queryParam("format", "xml").get(SERIES, ID).then().statusCode(400)
                .body("errors[0].field", equalTo("format"));
    }

    @Test
    void withoutBudgetServiceTheYearsCannotBeListedAndTheClientIsToldToRetry() {
        StubbedServices.server.stubFor(get(urlPathEqualTo("/api/v1/departments/139907-207/budgets"))
                .willReturn(aResponse().withStatus(500)));
        given().get(SERIES, "139907-207").then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", equalTo("5"));
    }
}
