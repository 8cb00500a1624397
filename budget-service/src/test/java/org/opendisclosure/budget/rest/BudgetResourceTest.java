package org.opendisclosure.budget.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.math.BigDecimal;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.EmbeddedPostgresResource;
import org.opendisclosure.testing.OpenApiContract;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "budget"))
class BudgetResourceTest {

    private static final String BUDGETS = "/api/v1/departments/{id}/budgets/{year}";

    @BeforeEach
    void contract() {
        RestAssured.replaceFiltersWith(OpenApiContract.filter());
    }

    /** A new department holding the fixture's 2020 budget, at revision 1. */
    private static String departmentWithBudget() {
        String id = TestData.freshDepartmentId("130624");
        TestData.putOrganization(id, 2020, TestData.sample("department"), 201);
        given().contentType("application/json").body(TestData.write(TestData.sample("budget")))
                .put(BUDGETS, id, 2020).then().statusCode(201);
        return id;
    }

    private static ObjectNode budget(Consumer<ObjectNode> change) {
        ObjectNode doc = TestData.sample("budget");
        change.accept(doc);
        return doc;
    }

    private static io.restassured.response.ValidatableResponse putBudget(String id, Object year, ObjectNode doc) {
        return given().contentType("application/json").body(TestData.write(doc)).put(BUDGETS, id, year).then();
    }

    private static void assertUnchanged(String id) {
        JsonNode current = TestData.parse(given().get(BUDGETS, id, 2020).then().statusCode(200).extract().asString());
        assertThat(current.get("revision").asInt()).isEqualTo(1);
        assertThat(TestData.withoutMetadata(current, "departmentId", "fiscalYear", "revision", "revisedAt"))
                .isEqualTo(TestData.sample("budget"));
    }

    @Test
    void invalidAmountsAreRejectedNamingTheFieldAndNothingChanges() {
        String id = departmentWithBudget();

        putBudget(id, 2020, budget(d -> ((ObjectNode) d.at("/summary/revenue")).put("total", new BigDecimal("-1"))))
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("summary.revenue.total"))
                .body("errors[0].message", containsString("at least 0"));
        putBudget(id, 2020, budget(d -> ((ObjectNode) d.at("/summary/expenditure")).put("basic", "七百")))
                .statusCode(400)
                .body("errors[0].field", equalTo("summary.expenditure.basic"))
                .body("errors[0].message", containsString("a decimal number"));
        putBudget(id, 2020, budget(d -> ((ObjectNode) d.at("/operatingExpenses/items/3")).put("amount", -0.3)))
                .statusCode(400)
                .body("errors[0].field", equalTo("operatingExpenses.items[3].amount"));
        putBudget(id, 2020, budget(d -> ((ObjectNode) d.at("/operatingExpenses/items/0")).put("amount", new BigDecimal("1.1234567"))))
                .statusCode(400)
                .body("errors[0].field", equalTo("operatingExpenses.items[0].amount"));
        putBudget(id, 2020, budget(d -> d.remove("operatingExpenses")))
                .statusCode(400)
                .body("errors.field", hasItem("operatingExpenses"));
        putBudget(id, 2020, budget(d -> {
            d.remove("glossary");
            d.remove("threePublicExpenses");
        })).statusCode(400).body("errors.field", hasItems("glossary", "threePublicExpenses"));
        putBudget(id, 2020, budget(d -> ((ObjectNode) d.at("/threePublicExpenses/rows/1")).put("category", "RECEPTION")))
                .statusCode(400)
                .body("errors[0].field", equalTo("threePublicExpenses.rows[3].category"));
        putBudget(id, 2020, budget(d -> ((ObjectNode) d.at("/threePublicExpenses/rows/1")).put("category", "YACHTS")))
                .statusCode(400)
                .body("errors[0].field", equalTo("threePublicExpenses.rows[1].category"))
                .body("errors[0].message", containsString("RECEPTION"));
        given().contentType("application/json").body("{\"summary\": {\"revenue\": {\"total\": 1,}}}")
                .put(BUDGETS, id, 2020).then().statusCode(400).body("errors[0].field", equalTo("body"))
                .body("detail", containsString("line 1, column 37"));
        given().contentType("application/xml").body("<budget/>").put(BUDGETS, id, 2020).then().statusCode(415);

        assertUnchanged(id);
    }

    @Test
    void fiscalYearOutsideTheRangeOrNotANumberIsABadRequest() {
        String id = departmentWithBudget();
        putBudget(id, 1999, TestData.sample("budget")).statusCode(400)
                .body("errors[0].field", equalTo("year")).body("errors[0].message", containsString("2000 and 2100"));
        putBudget(id, 2101, TestData.sample("budget")).statusCode(400).body("errors[0].field", equalTo("year"));
        given().get(BUDGETS, id, "twenty").then().statusCode(400).body("errors[0].field", equalTo("year"));
    }

    @Test
    void unknownDepartmentOrYearIsNotFound() {
        putBudget("999998-1", 2020, TestData.sample("budget")).statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("There is no department 999998-1"));
        String id = departmentWithBudget();
        given().get(BUDGETS, id, 2019).then().statusCode(404)
                .body("detail", equalTo("Department " + id + " has no budget stored for 2019"));
        given().get("/api/v1/departments/{id}/budgets/{year}/revisions", id, 2019).then().statusCode(404);
        given().get(BUDGETS, "999998-1", 2020).then().statusCode(404)
                .body("detail", equalTo("Department 999998-1 has no budget stored for 2020"));
    }

    /**
     * The gateway's dry run of a whole disclosure tells a valid budget waiting for its department
     * (404) from a bad one (400): the document is judged before the department is looked up.
     */
    @Test
    void aDryRunJudgesTheDocumentBeforeItLooksForTheDepartment() {
        String unknown = TestData.freshDepartmentId("130697");
        given().contentType("application/json").queryParam("dryRun", "true").body(TestData.write(TestData.sample("budget")))
                .put(BUDGETS, unknown, 2020).then().statusCode(404)
                .body("detail", equalTo("There is no department " + unknown));
        // A dry run asked for a minimal answer, as the gateway asks, still looks the department up.
        given().contentType("application/json").queryParam("dryRun", "true").header("Prefer", "return=minimal")
                .body(TestData.write(TestData.sample("budget"))).put(BUDGETS, unknown, 2020).then().statusCode(404)
                .body("detail", equalTo("There is no department " + unknown));
        ObjectNode twice = budget(d -> ((ObjectNode) d.at("/threePublicExpenses/rows/1")).put("category", "RECEPTION"));
        given().contentType("application/json").queryParam("dryRun", "true").body(TestData.write(twice))
                .put(BUDGETS, unknown, 2020).then().statusCode(400)
                .body("errors[0].field", equalTo("threePublicExpenses.rows[3].category"));
        ObjectNode negative = budget(d -> ((ObjectNode) d.at("/summary/revenue")).put("total", new BigDecimal("-1.5")));
        given().contentType("application/json").queryParam("dryRun", "true").body(TestData.write(negative))
                .put(BUDGETS, unknown, 2020).then().statusCode(400)
                .body("errors[0].field", equalTo("summary.revenue.total"));

        String id = departmentWithBudget();
        given().contentType("application/json").queryParam("dryRun", "true").body(TestData.write(negative))
                .put(BUDGETS, id, 2020).then().statusCode(400).body("errors[0].field", equalTo("summary.revenue.total"));
        ObjectNode changed = budget(d -> ((ObjectNode) d.at("/summary/revenue")).put("total", new BigDecimal("1.5")));
        given().contentType("application/json").queryParam("dryRun", "true").body(TestData.write(changed))
                .put(BUDGETS, id, 2020).then().statusCode(200)
                .header("X-Dry-Run", "true").header("X-Revision-Created", "true").body("revision", equalTo(2));
        assertUnchanged(id);
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413() {
        String id = departmentWithBudget();
        ObjectNode huge = budget(d -> d.put("otherNotes", "无".repeat(40_000)));
        putBudget(id, 2020, huge).statusCode(413).contentType("application/problem+json")
                .body("status", equalTo(413)).body("errors[0].field", equalTo("body"));
        assertUnchanged(id);
    }

    /** Revisions, ETags and If-Match are BudgetContractTest's; the list of years is the budgets' own. */
    @Test
    void theYearsListNamesEachYearWithItsCurrentRevision() {
        String id = departmentWithBudget();
        ObjectNode corrected = budget(d -> ((ObjectNode) d.at("/threePublicExpenses/rows/3")).put("change", new BigDecimal("-0.2")));
        putBudget(id, 2020, corrected).statusCode(200).body("revision", equalTo(2));
        putBudget(id, 2019, TestData.sample("budget")).statusCode(201);
        given().get("/api/v1/departments/{id}/budgets", id).then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.fiscalYear", org.hamcrest.Matchers.contains(2019, 2020))
                .body("items.revision", org.hamcrest.Matchers.contains(1, 2));
        given().get("/api/v1/departments/{id}/budgets", "999998-2").then().statusCode(404)
                .body("detail", equalTo("There is no department 999998-2"));
    }

    @Test
    void amountsKeepExactlyTheDigitsGiven() {
        String id = departmentWithBudget();
        ObjectNode doc = budget(d -> {
            ArrayNode items = d.withArray("/operatingExpenses/items");
            ((ObjectNode) items.get(0)).put("amount", new BigDecimal("4.50"));
            ((ObjectNode) items.get(1)).put("amount", new BigDecimal("0.000001"));
            ((ObjectNode) items.get(2)).put("amount", new BigDecimal("12345678901234.123456"));
        });
        putBudget(id, 2020, doc).statusCode(200);
        String body = given().get(BUDGETS, id, 2020).then().statusCode(200).extract().asString();
        assertThat(body).contains("\"amount\":4.50}").contains("\"amount\":0.000001}").contains("\"amount\":12345678901234.123456}");
    }
}
