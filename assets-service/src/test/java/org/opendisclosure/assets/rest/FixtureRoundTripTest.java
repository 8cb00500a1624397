package org.opendisclosure.assets.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.EmbeddedPostgresResource;
import org.opendisclosure.testing.OpenApiContract;

/**
 * Part 七 of the published 2020 disclosure of 中共阜平县委组织部: written through the API and read
 * back figure for figure, with 0.00 still 0.00 and the cells printed — still null.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "assets"))
class FixtureRoundTripTest {

    @BeforeEach
    void contract() {
        RestAssured.replaceFiltersWith(OpenApiContract.filter());
    }

    @Test
    void fixtureAssetTableIsServedBackExactlyAsPublished() {
        ObjectNode sample = TestData.sample();
        String written = given().contentType("application/json").body(TestData.write(sample))
                .put(TestData.ASSETS, TestData.FIXTURE_DEPARTMENT, 2020).then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/departments/130624-203/assets/2020"))
                .extract().header("ETag");

        // What the write answered is what a read serves, byte for byte: same ETag.
        String body = given().get(TestData.ASSETS, TestData.FIXTURE_DEPARTMENT, 2020)
                .then().statusCode(200).header("ETag", written).extract().asString();
        JsonNode read = TestData.parse(body);
        assertThat(TestData.withoutMetadata(read)).isEqualTo(sample);
        assertThat(read.get("departmentId").asText()).isEqualTo("130624-203");
        assertThat(read.get("fiscalYear").asInt()).isEqualTo(2020);
        assertThat(read.get("revision").asInt()).isEqualTo(1);

        // The table as published, cell by cell, in the exact text the service sends.
        assertThat(body).contains("\"asOf\":\"2019-12-31\"")
                .contains("\"totalFixedAssets\":82.22")
                .contains("\"buildings\":{\"area\":0.00,\"value\":0.00,\"officeArea\":0.00,\"officeValue\":0.00}")
                .contains("\"vehicles\":{\"count\":1,\"value\":18.98}")
                .contains("\"highValueEquipment\":{\"count\":null,\"value\":0.00}")
                .contains("\"otherFixedAssets\":63.24")
                .contains("\"plannedPurchases\":{\"none\":true,\"statement\":\"我部门2020年度无拟购计划。\",\"items\":[]}");
        assertThat(read.get("statement").asText()).isEqualTo("中共阜平县委组织部2019年末固定资产总值82.22万元。");

        // Published as is: buildings, vehicles, equipment and other (0.00 + 18.98 + 0.00 + 63.24 = 82.22)
        // happen to add up here; the service neither checks nor relies on it.
        BigDecimal parts = read.at("/buildings/value").decimalValue().add(read.at("/vehicles/value").decimalValue())
                .add(read.at("/highValueEquipment/value").decimalValue()).add(read.get("otherFixedAssets").decimalValue());
        assertThat(parts).isEqualTo(new BigDecimal("82.22"));

        JsonNode first = TestData.parse(given().get(TestData.ASSETS + "/revisions/1", TestData.FIXTURE_DEPARTMENT, 2020)
                .then().statusCode(200).extract().asString());
        assertThat(first).isEqualTo(read);

        // The analysts' row of the fixture carries the same figures.
        JsonNode rows = TestData.parse(given().queryParam("division", "130624").queryParam("size", "1000")
                .get("/api/v1/fiscal-years/{year}/assets", 2020).then().statusCode(200).extract().asString()).get("items");
        JsonNode row = null;
        for (JsonNode candidate : rows) {
            if (candidate.get("departmentId").asText().equals(TestData.FIXTURE_DEPARTMENT)) {
                row = candidate;
            }
        }
        assertThat(row).isNotNull();
        assertThat(row.get("asOf").asText()).isEqualTo("2019-12-31");
        assertThat(row.get("totalFixedAssets").decimalValue()).isEqualTo(new BigDecimal("82.22"));
        assertThat(row.get("buildingArea").decimalValue()).isEqualTo(new BigDecimal("0.00"));
        assertThat(row.get("vehicleCount").asInt()).isEqualTo(1);
        assertThat(row.get("vehicleValue").decimalValue()).isEqualTo(new BigDecimal("18.98"));
        assertThat(row.get("highValueEquipmentCount").isNull()).isTrue();
        assertThat(row.get("noPlannedPurchases").asBoolean()).isTrue();
        assertThat(row.get("plannedPurchaseCount").asInt()).isZero();
    }

    /**
     * Guards the hand-made sample itself: each row of the sample, rebuilt as the table prints it
     * (— for null), stands in part 七 of the published text, as do the as-of date and the prose.
     */
    @Test
    void everyFigureAndTextOfTheSampleStandsInThePublishedDocument() throws IOException {
        String published = partSeven();
        ObjectNode sample = TestData.sample();

        LocalDate asOf = LocalDate.parse(sample.get("asOf").asText());
        List<String> expected = new ArrayList<>(List.of(
                "截止时间：" + asOf.getYear() + "年" + asOf.getMonthValue() + "月" + asOf.getDayOfMonth() + "日",
                row("固定资产总额", null, sample.get("totalFixedAssets")),
                row("1、房屋（平方米）", sample.at("/buildings/area"), sample.at("/buildings/value")),
                row("其中：办公用房（平方米）", sample.at("/buildings/officeArea"), sample.at("/buildings/officeValue")),
                row("2、车辆（台、辆）", sample.at("/vehicles/count"), sample.at("/vehicles/value")),
                row("3、单价在20万元以上的设备", sample.at("/highValueEquipment/count"), sample.at("/highValueEquipment/value")),
                row("4、其他固定资产", null, sample.get("otherFixedAssets")),
                normalised(sample.get("statement").asText()),
                normalised(sample.at("/plannedPurchases/statement").asText())));
        assertThat(expected).allSatisfy(text -> assertThat(published).contains(text));

        // "none" is said in the text, not inferred: the published sentence says 无拟购计划.
        assertThat(sample.at("/plannedPurchases/none").asBoolean()).isTrue();
        assertThat(sample.at("/plannedPurchases/items")).isEmpty();
        assertThat(sample.at("/plannedPurchases/statement").asText()).contains("无拟购计划");

        // And no leaf of the sample escapes the checks above: every text and figure is in part 七.
        List<String> missing = new ArrayList<>();
        collectLeaves(sample, "", (path, value) -> {
            if (!path.equals(".asOf") && !published.contains(normalised(value))) {
                missing.add(path + " = " + value);
            }
        });
        assertThat(missing).isEmpty();
    }

    private static String partSeven() throws IOException {
        String text;
        try (InputStream in = FixtureRoundTripTest.class.getResourceAsStream("/fixtures/fuping-organization-department-2020.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int start = text.indexOf("第七部分");
        int end = text.indexOf("第八部分", start);
        assertThat(start).isPositive();
        assertThat(end).isGreaterThan(start);
        return normalised(text.substring(start, end));
    }

    /** Tabs, line breaks and full-width spaces of the Word export collapse to one space. */
    private static String normalised(String text) {
        return text.replaceAll("[\\s\\u3000]+", " ").trim();
    }

    /** A table row as printed: label, 数量 and 价值, with — for a cell not given. */
    private static String row(String label, JsonNode quantity, JsonNode value) {
        return label + " " + cell(quantity) + " " + cell(value);
    }

    private static String cell(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "—";
        }
        return node.decimalValue().toPlainString();
    }

    private static void collectLeaves(JsonNode node, String path, BiConsumer<String, String> sink) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                collectLeaves(field.getValue(), path + "." + field.getKey(), sink);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectLeaves(node.get(i), path + "[" + i + "]", sink);
            }
        } else if (node.isNumber()) {
            sink.accept(path, node.decimalValue().toPlainString());
        } else if (node.isTextual()) {
            sink.accept(path, node.asText());
        }
    }
}
