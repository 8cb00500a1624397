package org.opendisclosure.scale;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opendisclosure.battery.JsonHttp;

class GeneratorTest {

    private final Generator generator = new Generator(7, 0.05);

    @Test
    void departmentsAreDistinctAndSpreadOverTheCountiesOfTheProvince() {
        Set<String> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        Set<String> counties = new HashSet<>();
        for (int i = 0; i < generator.capacity(); i++) {
            Generator.Department department = generator.department(i);
            ids.add(department.id());
            names.add(department.name());
            counties.add(department.county().code());
            assertThat(department.id()).matches("13\\d{4}-\\d{3}").startsWith(department.county().code() + "-");
            assertThat(department.name()).startsWith(department.county().fullName());
        }
        assertThat(generator.capacity()).isGreaterThanOrEqualTo(10_000);
        assertThat(ids).hasSize(generator.capacity());
        assertThat(names).hasSize(generator.capacity());
        assertThat(counties).hasSizeGreaterThan(150);
    }

    @Test
    void theSameSeedMakesTheSameDisclosuresAndAnotherSeedOthers() {
        JsonNode once = generator.years(42, 2020, 2).get(1).disclosure();
        assertThat(new Generator(7, 0.05).years(42, 2020, 2).get(1).disclosure()).isEqualTo(once);
        assertThat(new Generator(8, 0.05).years(42, 2020, 2).get(1).disclosure()).isNotEqualTo(once);
    }

    @Test
    void aDepartmentsNameYearAndCodesAreItsOwnThroughout() throws Exception {
        Generator.Generated generated = generator.years(300, 2020, 3).get(2);
        String text = JsonHttp.JSON.writeValueAsString(generated.disclosure());
        Generator.Department department = generated.department();
        assertThat(generated.year()).isEqualTo(2022);
        assertThat(generated.disclosure().at("/organization/name").asText()).isEqualTo(department.name());
        assertThat(generated.disclosure().at("/procurement/departmentName").asText()).isEqualTo(department.name());
        assertThat(text).doesNotContain("阜平县委", "2020年").contains("2022年");
        assertThat(generated.disclosure().at("/assets/asOf").asText()).isEqualTo("2021-12-31");
        for (JsonNode project : generated.disclosure().at("/performance/projects")) {
            assertThat(project.path("code").asText()).startsWith(department.code() + "-");
        }
    }

    @Test
    void theFiguresAddUpExactlyAndEachYearStatesWhatTheYearBeforeHeld() {
        int planted = 0;
        int documents = 0;
        Set<Integer> projectCounts = new HashSet<>();
        Set<BigDecimal> totals = new HashSet<>();
        for (int i = 0; i < 400; i++) {
            List<Generator.Generated> years = generator.years(i, 2020, 3);
            for (int t = 0; t < years.size(); t++) {
                Generator.Generated generated = years.get(t);
                JsonNode d = generated.disclosure();
                documents++;
                if (generated.planted() != null) {
                    planted++;
                    assertThat(Generator.PLANTABLE).contains(generated.planted());
                }
                JsonNode expenditure = d.at("/summary/expenditure");
                JsonNode revenue = d.at("/summary/revenue");
                totals.add(amount(expenditure, "total"));
                assertThat(amount(revenue, "total")).isEqualByComparingTo(sum(revenue, "generalPublicBudget", "governmentFund",
                        "fiscalSpecialAccount", "otherSources"));
                assertThat(amount(expenditure, "total")).isEqualByComparingTo(sum(expenditure, "basic", "project", "other"))
                        .isEqualByComparingTo(amount(revenue, "total"));
                assertThat(amount(expenditure, "basic")).isEqualByComparingTo(sum(expenditure, "personnel", "publicExpenditure"));
                BigDecimal projects = BigDecimal.ZERO;
                for (JsonNode project : d.at("/performance/projects")) {
                    projects = projects.add(project.at("/budget/total").decimalValue());
                }
                projectCounts.add(d.at("/performance/projects").size());
                assertThat(amount(expenditure, "project")).isEqualByComparingTo(projects);
                BigDecimal items = BigDecimal.ZERO;
                for (JsonNode item : d.at("/operatingExpenses/items")) {
                    items = items.add(item.get("amount").decimalValue());
                }
                BigDecimal operatingSlip = "operating-expenses.total".equals(generated.planted()) ? BigDecimal.ONE : BigDecimal.ZERO;
                assertThat(d.at("/operatingExpenses/total").decimalValue()).isEqualByComparingTo(items.add(operatingSlip));
                BigDecimal statedSlip = "procurement.stated-total".equals(generated.planted()) ? BigDecimal.ONE : BigDecimal.ZERO;
                assertThat(d.at("/procurement/statedTotal").decimalValue())
                        .isEqualByComparingTo(d.at("/procurement/totalRow/amount").decimalValue().add(statedSlip));
                if (t > 0) {
                    JsonNode before = years.get(t - 1).disclosure();
                    for (String figure : List.of("total", "basic", "project")) {
                        assertThat(d.at("/summary/changeFromLastYear/" + figure + "/amount").decimalValue()).isEqualByComparingTo(
                                amount(expenditure, figure).subtract(before.at("/summary/expenditure/" + figure).decimalValue()));
                    }
                    assertThat(d.at("/threePublicExpenses/total/previousYear").decimalValue())
                            .isEqualByComparingTo(before.at("/threePublicExpenses/total/currentYear").decimalValue());
                }
            }
        }
        assertThat(planted).isBetween(documents * 3 / 100, documents * 7 / 100);
        assertThat(projectCounts).hasSizeGreaterThan(5);
        assertThat(totals).hasSizeGreaterThan(300);
    }

    private static BigDecimal amount(JsonNode node, String field) {
        return node.get(field).decimalValue();
    }

    private static BigDecimal sum(JsonNode node, String... fields) {
        BigDecimal sum = BigDecimal.ZERO;
        for (String field : fields) {
            if (node.hasNonNull(field)) {
                sum = sum.add(node.get(field).decimalValue());
            }
        }
        return sum;
    }
}
