package org.opendisclosure.budget.rest;

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
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.EmbeddedPostgresResource;
import org.opendisclosure.testing.OpenApiContract;

/**
 * The published 2020 disclosure of 中共阜平县委组织部, parts 一–四, 八, 九: written through the
 * API and read back figure for figure, including the figures that do not add up.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "budget"))
class FixtureRoundTripTest {

    @BeforeEach
    void contract() {
        RestAssured.replaceFiltersWith(OpenApiContract.filter());
    }

    @Test
    void fixtureBudgetPartsAreServedBackExactlyAsPublished() {
        ObjectNode department = TestData.sample("department");
        ObjectNode budget = TestData.sample("budget");
        given().contentType("application/json").body(TestData.write(department))
                .put(TestData.ORGANIZATION, TestData.FIXTURE_DEPARTMENT, 2020).then().statusCode(201);
        given().contentType("application/json").body(TestData.write(budget))
                .put("/api/v1/departments/{id}/budgets/2020", TestData.FIXTURE_DEPARTMENT).then().statusCode(201);

        JsonNode readDepartment = TestData.parse(given().get(TestData.ORGANIZATION, TestData.FIXTURE_DEPARTMENT, 2020)
                .then().statusCode(200).extract().asString());
        assertThat(TestData.withoutMetadata(readDepartment, "id", "divisionCode", "code", "fiscalYear", "revision", "revisedAt"))
                .isEqualTo(department);
        assertThat(readDepartment.get("fiscalYear").asInt()).isEqualTo(2020);
        assertThat(readDepartment.get("id").asText()).isEqualTo("130624-203");
        assertThat(readDepartment.at("/duties/items")).hasSize(10);
        assertThat(readDepartment.at("/duties/basis").asText())
                .startsWith("根据中共阜平县委办公室《关于印发阜平县委组织部职能配置、内设机构和人员编制规定的通知》")
                .endsWith("现将我部部门概况说明如下：");
        assertThat(readDepartment.at("/duties/basisDocument").asText()).isEqualTo("阜办发[2004]36号");
        assertThat(readDepartment.at("/duties/items/0/label").asText()).isEqualTo("（一）");
        assertThat(readDepartment.at("/duties/items/0/text").asText()).startsWith("指导全县党的基层组织建设");
        assertThat(readDepartment.at("/duties/items/9/label").asText()).isEqualTo("(十)");
        assertThat(readDepartment.at("/units/0/code").asText()).isEqualTo("203002");

        JsonNode read = TestData.parse(given().get("/api/v1/departments/{id}/budgets/2020", TestData.FIXTURE_DEPARTMENT)
                .then().statusCode(200).extract().asString());
        assertThat(TestData.withoutMetadata(read, "departmentId", "fiscalYear", "revision", "revisedAt")).isEqualTo(budget);
        assertThat(read.get("fiscalYear").asInt()).isEqualTo(2020);

        // The figures the disclosure states, as the service returns them.
        assertThat(read.at("/summary/revenue/total").decimalValue()).isEqualTo(new BigDecimal("8529.41"));
        assertThat(read.at("/summary/expenditure/total").decimalValue()).isEqualTo(new BigDecimal("8529.41"));
        assertThat(read.at("/summary/expenditure/basic").decimalValue()).isEqualTo(new BigDecimal("750.38"));
        assertThat(read.at("/summary/expenditure/personnel").decimalValue()).isEqualTo(new BigDecimal("699.74"));
        assertThat(read.at("/summary/expenditure/publicExpenditure").decimalValue()).isEqualTo(new BigDecimal("50.64"));
        assertThat(read.at("/summary/expenditure/project").decimalValue()).isEqualTo(new BigDecimal("7779.03"));

        JsonNode items = read.at("/operatingExpenses/items");
        assertThat(items).hasSize(14);
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode item : items) {
            sum = sum.add(item.get("amount").decimalValue());
        }
        assertThat(sum).isEqualTo(new BigDecimal("50.64"));
        assertThat(read.at("/operatingExpenses/total").decimalValue()).isEqualTo(new BigDecimal("50.64"));
        assertThat(items.get(0).get("amount").toString()).isEqualTo("4.5");
        assertThat(items.get(8).get("amount").toString()).isEqualTo("0.05");

        // Published inconsistencies stay as published: the stated changes of the parts (204.12 + 915.93)
        // do not make the stated change of the total (1549.15), and 公务接待费 fell by 0.2 but is stated as +0.2.
        assertThat(read.at("/summary/changeFromLastYear/total/amount").decimalValue()).isEqualTo(new BigDecimal("1549.15"));
        assertThat(read.at("/summary/changeFromLastYear/basic/amount").decimalValue()
                .add(read.at("/summary/changeFromLastYear/project/amount").decimalValue()))
                .isNotEqualTo(read.at("/summary/changeFromLastYear/total/amount").decimalValue());
        JsonNode rows = read.at("/threePublicExpenses/rows");
        assertThat(rows).hasSize(4);
        assertThat(List.of(rows.get(0).get("name").asText(), rows.get(1).get("name").asText(),
                rows.get(2).get("name").asText(), rows.get(3).get("name").asText()))
                .containsExactly("因公出国经费", "公务用车购置经费", "公务用车运行经费", "公务接待费支出");
        assertThat(rows.get(3).get("previousYear").decimalValue()).isEqualTo(new BigDecimal("0.25"));
        assertThat(rows.get(3).get("currentYear").decimalValue()).isEqualTo(new BigDecimal("0.05"));
        assertThat(rows.get(3).get("change").decimalValue()).isEqualTo(new BigDecimal("0.2"));
        assertThat(read.at("/threePublicExpenses/total/currentYear").decimalValue()).isEqualTo(new BigDecimal("6.55"));
        assertThat(read.at("/threePublicExpenses/total/reason").asText()).isEqualTo("根车辆老化，公务用车维修增加");
        assertThat(read.get("glossary")).hasSize(7);
        assertThat(read.get("otherNotes").asText()).isEqualTo("无其他需说明的事项。");

        // The first revision reads the same as the current one.
        JsonNode first = TestData.parse(given().get("/api/v1/departments/{id}/budgets/2020/revisions/1", TestData.FIXTURE_DEPARTMENT)
                .then().statusCode(200).extract().asString());
        assertThat(first).isEqualTo(read);
    }

    /**
     * Guards the hand-made sample itself: every figure and every text of it stands, as written,
     * in the published document, so the round trip above compares against what was published.
     */
    @Test
    void everyFigureAndTextOfTheSampleStandsInThePublishedDocument() throws IOException {
        String published;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/fuping-organization-department-2020.txt")) {
            published = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> missing = new ArrayList<>();
        for (String part : List.of("department", "budget")) {
            collectLeaves(TestData.sample(part), "", (path, value) -> {
                if (!path.endsWith("category") && !published.contains(value)) {
                    missing.add(part + path + " = " + value);
                }
            });
        }
        assertThat(missing).isEmpty();
    }

    private static void collectLeaves(JsonNode node, String path, java.util.function.BiConsumer<String, String> sink) {
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
