package org.opendisclosure.performance.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.EmbeddedPostgresResource;
import org.opendisclosure.testing.OpenApiContract;

/**
 * The published 2020 disclosure of 中共阜平县委组织部, part 五: written through the API and read
 * back complete, figure for figure and indicator row for indicator row.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "performance"))
class FixtureRoundTripTest {

    private static final String FIXTURE = "/fixtures/fuping-organization-department-2020.txt";

    @BeforeEach
    void contract() {
        RestAssured.replaceFiltersWith(OpenApiContract.filter());
    }

    @Test
    void theFixturePartIsServedBackCompleteAndExact() {
        ObjectNode sample = TestData.sample();
        given().contentType("application/json").body(TestData.write(sample))
                .put(TestData.PERFORMANCE, TestData.FIXTURE_DEPARTMENT, 2020).then().statusCode(201);

        JsonNode read = TestData.parse(given().get(TestData.PERFORMANCE, TestData.FIXTURE_DEPARTMENT, 2020)
                .then().statusCode(200).extract().asString());
        assertThat(TestData.asWritten(read)).isEqualTo(sample);
        assertThat(read.get("departmentId").asText()).isEqualTo("130624-203");
        assertThat(read.get("fiscalYear").asInt()).isEqualTo(2020);
        assertThat(read.get("revision").asInt()).isEqualTo(1);

        // What the disclosure states, as the service returns it.
        JsonNode projects = read.get("projects");
        assertThat(projects).hasSize(37);
        BigDecimal sum = BigDecimal.ZERO;
        int indicators = 0;
        for (JsonNode project : projects) {
            sum = sum.add(project.at("/budget/total").decimalValue());
            indicators += project.get("indicators").size();
        }
        assertThat(sum).isEqualTo(new BigDecimal("7779.03"));
        assertThat(indicators).isEqualTo(155);
        assertThat(read.at("/departmentGoals/overall")).hasSize(12);
        assertThat(read.at("/departmentGoals/itemized")).hasSize(9);
        assertThat(read.at("/departmentGoals/safeguards")).hasSize(15);

        JsonNode first = projects.get(0);
        assertThat(first.get("code").asText()).isEqualTo("203-0401-YXN-X52V");
        assertThat(first.get("name").asText()).isEqualTo("不忘初心、牢记使命办公经费");
        assertThat(first.at("/unit/code").asText()).isEqualTo("203002");
        assertThat(first.at("/unit/name").asText()).isEqualTo("中国共产党阜平县委员会组织部");
        assertThat(first.at("/budget/total").toString()).isEqualTo("17.60");
        assertThat(first.at("/budget/fiscalFunds").toString()).isEqualTo("17.60");
        assertThat(first.at("/budget/otherFunds").isNull()).isTrue();
        assertThat(first.at("/spendingPlan/endOfMarch").toString()).isEqualTo("100.00");
        assertThat(first.get("goals")).hasSize(2);
        assertThat(first.at("/indicators/0/target").asText()).isEqualTo("全县所有单位");
        assertThat(first.at("/indicators/0/parsedTarget").isNull()).isTrue();
        assertThat(first.at("/indicators/1/level1").asText()).isEqualTo("产出指标");
        assertThat(first.at("/indicators/1/level2").asText()).isEqualTo("质量指标");
        assertThat(first.at("/indicators/1/target").asText()).isEqualTo("≥95");
        assertThat(first.at("/indicators/1/parsedTarget/comparison").asText()).isEqualTo("GE");
        assertThat(first.at("/indicators/1/parsedTarget/value").decimalValue()).isEqualTo(new BigDecimal("95"));
        assertThat(first.at("/indicators/1/parsedTarget/unit").isNull()).isTrue();

        // Blank plan cells stay blank, not 0.
        JsonNode votv = project(projects, "203-0401-YSN-VOTV");
        assertThat(votv.at("/spendingPlan/endOfMarch").isNull()).isTrue();
        assertThat(votv.at("/spendingPlan/endOfDecember").toString()).isEqualTo("100.00");
        JsonNode tchu = project(projects, "203-0401-YZN-TCHU");
        assertThat(List.of(tchu.at("/spendingPlan/endOfMarch"), tchu.at("/spendingPlan/endOfJune"),
                tchu.at("/spendingPlan/endOfOctober"), tchu.at("/spendingPlan/endOfDecember")))
                .allMatch(JsonNode::isNull);

        // The row the text export broke over blank lines keeps its blank 确定依据.
        JsonNode xwdc = project(projects, "203-0701-YXN-XWDC");
        assertThat(xwdc.at("/indicators/0/target").asText()).isEqualTo("≥039件");
        assertThat(xwdc.at("/indicators/0/parsedTarget/comparison").asText()).isEqualTo("GE");
        assertThat(xwdc.at("/indicators/0/parsedTarget/value").toString()).isEqualTo("39");
        assertThat(xwdc.at("/indicators/0/parsedTarget/unit").asText()).isEqualTo("件");
        assertThat(xwdc.at("/indicators/2/level1").asText()).isEqualTo("效果指标");
        assertThat(xwdc.at("/indicators/2/basis").isNull()).isTrue();
        assertThat(xwdc.at("/indicators/3/level2").asText()).isEqualTo("服务对象满意度指标");

        // The first revision reads the same as the current one.
        JsonNode revisionOne = TestData.parse(given().get(TestData.PERFORMANCE + "/revisions/1", TestData.FIXTURE_DEPARTMENT, 2020)
                .then().statusCode(200).extract().asString());
        assertThat(revisionOne).isEqualTo(read);

        // Each project on its own reads as it does within the part, in its published place.
        for (int i = 0; i < projects.size(); i++) {
            JsonNode project = projects.get(i);
            JsonNode alone = TestData.parse(given().get(TestData.PERFORMANCE + "/projects/{code}", TestData.FIXTURE_DEPARTMENT, 2020,
                    project.get("code").asText()).then().statusCode(200).extract().asString());
            assertThat(alone.get("sequence").asInt()).isEqualTo(i + 1);
            assertThat(TestData.withoutMetadata(alone, "departmentId", "fiscalYear", "revision", "revisedAt", "sequence"))
                    .isEqualTo(project);
        }
    }

    private static JsonNode project(JsonNode projects, String code) {
        for (JsonNode project : projects) {
            if (project.get("code").asText().equals(code)) {
                return project;
            }
        }
        throw new AssertionError("no project " + code);
    }

    /**
     * Guards the extracted sample itself: every figure and every text of it stands, as written, in
     * the published document (line breaks inside a cell removed), and each project's cells stand in
     * its own table in the sample's order, so the round trip above compares against what was published.
     */
    @Test
    void thePartAsReadBackWrittenAgainChangesNothing() {
        String id = TestData.freshDepartmentId203();
        given().contentType("application/json").body(TestData.write(TestData.sample())).put(TestData.PERFORMANCE, id, 2020)
                .then().statusCode(201);
        JsonNode read = TestData.parse(given().get(TestData.PERFORMANCE, id, 2020).then().statusCode(200).extract().asString());
        // As a client that edits what it read sends it: identity and revision dropped, the parsed targets left in.
        ObjectNode again = TestData.withoutMetadata(read, "departmentId", "fiscalYear", "revision", "revisedAt");
        given().contentType("application/json").body(TestData.write(again)).put(TestData.PERFORMANCE, id, 2020)
                .then().statusCode(200).header("X-Revision-Created", "false").body("revision", org.hamcrest.Matchers.equalTo(1));
    }

    @Test
    void everyFigureAndTextOfTheSampleStandsInThePublishedDocument() throws IOException {
        String published = published();
        ObjectNode sample = TestData.sample();
        List<String> missing = new ArrayList<>();
        collectLeaves(sample, "", (path, value) -> {
            if (!published.contains(value)) {
                missing.add(path + " = " + value);
            }
        });
        assertThat(missing).isEmpty();

        // The tables, as the published part heads them: "N、<name>绩效目标表 TC …".
        Matcher heading = Pattern.compile("(?m)^(\\d+)、(.+?)绩效目标表 TC ").matcher(published);
        List<Integer> starts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (heading.find()) {
            assertThat(Integer.parseInt(heading.group(1))).isEqualTo(starts.size() + 1);
            starts.add(heading.start());
            names.add(heading.group(2));
        }
        ArrayNode projects = sample.withArray("projects");
        assertThat(starts).hasSize(projects.size());
        int end = published.indexOf("第六部分");
        for (int i = 0; i < projects.size(); i++) {
            JsonNode project = projects.get(i);
            assertThat(project.get("name").asText()).isEqualTo(names.get(i));
            String table = published.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : end);
            List<String> cells = new ArrayList<>();
            cells.add(project.get("code").asText());
            cells.add(project.at("/budget/total").decimalValue().toPlainString());
            project.get("goals").forEach(g -> cells.add(g.asText()));
            for (JsonNode indicator : project.get("indicators")) {
                for (String field : List.of("level2", "level3", "description", "target", "basis")) {
                    if (!indicator.get(field).isNull()) {
                        cells.add(indicator.get(field).asText());
                    }
                }
            }
            int at = 0;
            for (String cell : cells) {
                int found = table.indexOf(cell, at);
                assertThat(found).as("table %d: %s after position %d", i + 1, cell, at).isGreaterThanOrEqualTo(0);
                at = found + cell.length();
            }
        }
    }

    private String published() throws IOException {
        try (InputStream in = getClass().getResourceAsStream(FIXTURE)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // A continuation line of a cell (no leading tab) is the same cell, wrapped by the export.
            return text.replaceAll("\n(?=[^\t\n])", "");
        }
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
