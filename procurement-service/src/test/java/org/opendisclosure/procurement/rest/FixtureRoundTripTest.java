package org.opendisclosure.procurement.rest;

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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.EmbeddedPostgresResource;
import org.opendisclosure.testing.OpenApiContract;

/**
 * Part 六 of the published 2020 disclosure of 中共阜平县委组织部: written through the API and read
 * back figure for figure, including the figure that does not add up.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "procurement"))
class FixtureRoundTripTest {

    private static final String[] LINE_COLUMNS = {"projectName", "economicClass", "itemName", "catalogueCode", "unit",
            "quantity", "unitPrice", "amount", "departmentBudget", "generalPublicBudget", "governmentFund",
            "fiscalSpecialAccount", "otherSources", "otherChannels"};
    private static final String[] TOTAL_COLUMNS = {"amount", "departmentBudget", "generalPublicBudget", "governmentFund",
            "fiscalSpecialAccount", "otherSources", "otherChannels"};

    @BeforeEach
    void contract() {
        RestAssured.replaceFiltersWith(OpenApiContract.filter());
    }

    @Test
    void theFourteenProcurementLinesAreServedBackExactlyAsPublished() {
        ObjectNode sample = TestData.sample();
        TestData.put(TestData.FIXTURE_DEPARTMENT, 2020, sample).statusCode(201);

        JsonNode read = TestData.parse(given().get(TestData.PROCUREMENT, TestData.FIXTURE_DEPARTMENT, 2020)
                .then().statusCode(200).extract().asString());
        assertThat(TestData.asDocument(read)).isEqualTo(sample);
        assertThat(read.get("departmentId").asText()).isEqualTo("130624-203");
        assertThat(read.get("fiscalYear").asInt()).isEqualTo(2020);
        assertThat(read.get("hasProcurement").asBoolean()).isTrue();

        JsonNode lines = read.get("lines");
        assertThat(lines).hasSize(14);
        assertThat(lines.get(4).get("projectName").asText()).isEqualTo("非公经济和社会组织党建专项经费");
        assertThat(lines.get(0).get("economicClass").asText()).isEqualTo("办公费");
        assertThat(lines.get(1).get("catalogueCode").asText()).isEqualTo("A0802");
        assertThat(lines.get(3).get("quantity").toString()).isEqualTo("178.5");
        assertThat(lines.get(8).get("amount").toString()).isEqualTo("4.5");
        assertThat(lines.get(13).get("unitPrice").toString()).isEqualTo("4");
        for (JsonNode line : lines) {
            assertThat(line.get("category").asText()).isEqualTo("GOODS");
            assertThat(line.get("governmentFund").isNull()).isTrue();
            assertThat(line.get("otherChannels").isNull()).isTrue();
        }

        // The published lines add up to the stated total, 107.57 ...
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode line : lines) {
            sum = sum.add(line.get("amount").decimalValue());
        }
        assertThat(sum).isEqualByComparingTo("107.57");
        assertThat(read.get("statedTotal").toString()).isEqualTo("107.57");
        assertThat(read.at("/totalRow/amount").toString()).isEqualTo("107.57");
        // ... but 党建专项经费's 办公费 states 1061 under 一般公共预算拨款 where 1.61 was meant: kept as published.
        assertThat(lines.get(2).get("amount").toString()).isEqualTo("1.61");
        assertThat(lines.get(2).get("generalPublicBudget").toString()).isEqualTo("1061");
        // The 合计 row prints 107．57 with a full-width point: the same figure, stored as 107.57.
        assertThat(read.at("/totalRow/generalPublicBudget").toString()).isEqualTo("107.57");
        assertThat(read.at("/totalRow/label").asText()).isEqualTo("合　计");

        JsonNode first = TestData.parse(given().get(TestData.PROCUREMENT + "/revisions/1", TestData.FIXTURE_DEPARTMENT, 2020)
                .then().statusCode(200).extract().asString());
        assertThat(first).isEqualTo(read);
    }

    /**
     * Guards the hand-made sample itself: each line of it is, cell for cell, a row of the published
     * table, and its totals and texts stand in the published part. The text export splits some cells
     * over lines (办 公 费) and prints some digits full-width (107．57); both are typography.
     */
    @Test
    void everyFigureAndTextOfTheSampleStandsInThePublishedDocument() throws IOException {
        String published;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/fuping-organization-department-2020.txt")) {
            published = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String part = published.substring(published.indexOf("第六部分：政府采购预算情况"), published.indexOf("第七部分"));
        List<List<String>> rows = rows(part);
        List<List<String>> dataRows = rows.stream().filter(r -> r.size() == 14 && !r.get(0).equals("合计")
                && !r.get(7).isEmpty() && !r.get(0).isEmpty()).toList();
        List<String> totalRow = rows.stream().filter(r -> r.size() == 14 && r.get(0).equals("合计")).findFirst().orElseThrow();

        ObjectNode sample = TestData.sample();
        JsonNode lines = sample.get("lines");
        assertThat(dataRows).hasSize(14);
        assertThat(lines).hasSize(14);
        for (int i = 0; i < 14; i++) {
            List<String> expected = new ArrayList<>();
            for (String column : LINE_COLUMNS) {
                expected.add(cell(lines.get(i).get(column)));
            }
            assertThat(expected).as("line %d", i + 1).isEqualTo(dataRows.get(i));
        }
        List<String> expectedTotal = new ArrayList<>(List.of(normalise(sample.at("/totalRow/label").asText()),
                "", "", "", "", "", ""));
        for (String column : TOTAL_COLUMNS) {
            expectedTotal.add(cell(sample.get("totalRow").get(column)));
        }
        assertThat(expectedTotal).isEqualTo(totalRow);

        String flat = normalise(part);
        assertThat(flat).contains(normalise(sample.get("statement").asText()));
        assertThat(normalise(sample.get("statement").asText())).contains(sample.get("statedTotal").decimalValue().toPlainString() + "万元");
        assertThat(flat).contains("203" + sample.get("departmentName").asText());
    }

    /**
     * The table as the text export lays it out: a cell starts with a tab; a line without one
     * continues the cell before it; a row starts at the first cell after a blank line.
     */
    private static List<List<String>> rows(String text) {
        List<List<StringBuilder>> rows = new ArrayList<>();
        boolean afterBlank = true;
        for (String line : text.split("\n", -1)) {
            if (line.isEmpty()) {
                afterBlank = true;
                continue;
            }
            if (line.startsWith("\t")) {
                if (afterBlank || rows.isEmpty()) {
                    rows.add(new ArrayList<>());
                }
                rows.get(rows.size() - 1).add(new StringBuilder(line.substring(1)));
            } else if (!rows.isEmpty()) {
                List<StringBuilder> row = rows.get(rows.size() - 1);
                row.get(row.size() - 1).append(line);
            }
            afterBlank = false;
        }
        return rows.stream().map(r -> r.stream().map(b -> normalise(b.toString())).toList()).toList();
    }

    private static String cell(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        return value.isNumber() ? value.decimalValue().toPlainString() : normalise(value.asText());
    }

    /** Drops whitespace (the full-width space too) and reads full-width digits and points as ASCII. */
    private static String normalise(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || c == '\u3000') {
                return;
            }
            if (c >= '０' && c <= '９') {
                out.append((char) ('0' + (c - '０')));
            } else if (c == '．') {
                out.append('.');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
