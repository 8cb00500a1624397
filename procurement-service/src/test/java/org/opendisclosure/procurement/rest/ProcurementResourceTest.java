package org.opendisclosure.procurement.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

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
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "procurement"))
class ProcurementResourceTest {

    private static final String PROCUREMENT = TestData.PROCUREMENT;

    @BeforeEach
    void contract() {
        RestAssured.replaceFiltersWith(OpenApiContract.filter());
    }

    /** A new department holding the fixture's procurement part for 2020, at revision 1. */
    private static String departmentWithProcurement() {
        String id = TestData.freshDepartmentId("130624");
        TestData.put(id, 2020, TestData.sample()).statusCode(201);
        return id;
    }

    private static ObjectNode sample(Consumer<ObjectNode> change) {
        ObjectNode doc = TestData.sample();
        change.accept(doc);
        return doc;
    }

    private static ObjectNode line(ObjectNode doc, int index) {
        return (ObjectNode) doc.get("lines").get(index);
    }

    private static void assertUnchanged(String id) {
        JsonNode current = TestData.parse(given().get(PROCUREMENT, id, 2020).then().statusCode(200).extract().asString());
        assertThat(current.get("revision").asInt()).isEqualTo(1);
        assertThat(TestData.asDocument(current)).isEqualTo(TestData.sample());
    }

    @Test
    void anyWellFormedDepartmentCanBeWrittenAndIsReadBack() {
        String id = TestData.freshDepartmentId("999998");
        given().contentType("application/json").body(TestData.write(TestData.sample()))
                .put(PROCUREMENT, id, 2020).then().statusCode(201)
                .header("Location", endsWith("/api/v1/departments/" + id + "/procurement/2020"))
                .header("ETag", notNullValue())
                .body("departmentId", equalTo(id))
                .body("fiscalYear", equalTo(2020))
                .body("revision", equalTo(1))
                .body("lines", hasSize(14))
                .body("lines[1].category", equalTo("GOODS"));
    }

    @Test
    void invalidLinesAreRejectedNamingTheFieldAndNothingChanges() {
        String id = departmentWithProcurement();

        TestData.put(id, 2020, sample(d -> line(d, 3).put("amount", new BigDecimal("-3.57"))))
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("lines[3].amount"))
                .body("errors[0].message", containsString("at least 0"));
        TestData.put(id, 2020, sample(d -> line(d, 0).put("catalogueCode", "D09")))
                .statusCode(400)
                .body("errors[0].field", equalTo("lines[0].catalogueCode"))
                .body("errors[0].message", containsString("A, B or C"));
        TestData.put(id, 2020, sample(d -> line(d, 0).put("catalogueCode", "a09")))
                .statusCode(400).body("errors[0].field", equalTo("lines[0].catalogueCode"));
        TestData.put(id, 2020, sample(d -> line(d, 1).put("quantity", "一百一十二")))
                .statusCode(400)
                .body("errors[0].field", equalTo("lines[1].quantity"))
                .body("errors[0].message", containsString("a decimal number"));
        TestData.put(id, 2020, sample(d -> line(d, 1).put("quantity", new BigDecimal("-1"))))
                .statusCode(400).body("errors[0].field", equalTo("lines[1].quantity"))
                .body("errors[0].message", containsString("quantity of at least 0"));
        TestData.put(id, 2020, sample(d -> line(d, 2).put("unitPrice", new BigDecimal("0.0000001"))))
                .statusCode(400).body("errors[0].field", equalTo("lines[2].unitPrice"));
        TestData.put(id, 2020, sample(d -> line(d, 5).remove("itemName")))
                .statusCode(400).body("errors[0].field", equalTo("lines[5].itemName"));
        TestData.put(id, 2020, sample(d -> line(d, 5).remove("amount")))
                .statusCode(400).body("errors[0].field", equalTo("lines[5].amount"));
        TestData.put(id, 2020, sample(d -> line(d, 5).put("vendor", "某公司")))
                .statusCode(400).body("errors[0].field", equalTo("lines[5].vendor"))
                .body("errors[0].message", containsString("unknown field"));
        TestData.put(id, 2020, sample(d -> ((ObjectNode) d.get("totalRow")).put("generalPublicBudget", "107．57")))
                .statusCode(400).body("errors[0].field", equalTo("totalRow.generalPublicBudget"));
        TestData.put(id, 2020, sample(d -> d.put("statedTotal", new BigDecimal("-107.57"))))
                .statusCode(400).body("errors[0].field", equalTo("statedTotal"));
        TestData.put(id, 2020, sample(d -> {
            d.remove("hasProcurement");
            d.remove("lines");
        })).statusCode(400).body("errors.field", hasItems("hasProcurement", "lines"));
        TestData.put(id, 2020, sample(d -> d.put("hasProcurement", "是")))
                .statusCode(400).body("errors[0].field", equalTo("hasProcurement"));
        given().contentType("application/json").body("{\"hasProcurement\": true, \"lines\": [}")
                .put(PROCUREMENT, id, 2020).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"))
                .body("detail", containsString("line 1"));
        given().contentType("application/json").body("null")
                .put(PROCUREMENT, id, 2020).then().statusCode(400).contentType("application/problem+json");
        given().contentType("application/xml").body("<procurement/>").put(PROCUREMENT, id, 2020).then().statusCode(415)
                .contentType("application/problem+json").body("errors[0].field", equalTo("Content-Type"));

        assertUnchanged(id);
    }

    @Test
    void noProcurementMustBeSaidExplicitly() {
        String id = departmentWithProcurement();
        TestData.put(id, 2020, sample(d -> d.putArray("lines")))
                .statusCode(400).body("errors[0].field", equalTo("lines"))
                .body("errors[0].message", containsString("hasProcurement false"));
        TestData.put(id, 2020, sample(d -> d.put("hasProcurement", false)))
                .statusCode(400).body("errors[0].field", equalTo("lines"))
                .body("errors[0].message", containsString("must be empty"));
        assertUnchanged(id);

        String none = TestData.freshDepartmentId("130624");
        TestData.put(none, 2020, TestData.none()).statusCode(201)
                .body("hasProcurement", equalTo(false))
                .body("lines", hasSize(0))
                .body("statement", equalTo("本部门2020年度无政府采购预算。"))
                .body("totalRow", nullValue())
                .body("statedTotal", nullValue());
        // An empty part is stored and readable; a part never written is not there.
        given().get(PROCUREMENT, none, 2020).then().statusCode(200).body("hasProcurement", equalTo(false));
        given().get(PROCUREMENT, none, 2019).then().statusCode(404);
    }

    @Test
    void badIdentifiersAreBadRequestsAndUnknownOnesNotFound() {
        TestData.put("130624", 2020, TestData.sample()).statusCode(400)
                .body("errors[0].field", equalTo("departmentId"));
        given().get(PROCUREMENT, "13o624-203", 2020).then().statusCode(400).body("errors[0].field", equalTo("departmentId"));
        TestData.put(TestData.freshDepartmentId("130624"), 1999, TestData.sample()).statusCode(400)
                .body("errors[0].field", equalTo("year")).body("errors[0].message", containsString("2000 and 2100"));
        TestData.put(TestData.freshDepartmentId("130624"), 2101, TestData.sample()).statusCode(400)
                .body("errors[0].field", equalTo("year"));
        given().get(PROCUREMENT, "130624-1", "twenty").then().statusCode(400).body("errors[0].field", equalTo("year"));

        String id = departmentWithProcurement();
        given().get(PROCUREMENT, id, 2019).then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("Department " + id + " has no procurement budget stored for 2019"));
        given().get(PROCUREMENT + "/revisions", id, 2019).then().statusCode(404);
        given().get(PROCUREMENT + "/revisions/2", id, 2020).then().statusCode(404)
                .body("detail", equalTo("There is no revision 2 of the 2020 procurement budget of " + id + "; its revisions are 1 to 1"));
        given().get(PROCUREMENT + "/revisions/0", id, 2020).then().statusCode(400).body("errors[0].field", equalTo("revision"));
        given().get(PROCUREMENT + "/revisions/latest", id, 2020).then().statusCode(400).body("errors[0].field", equalTo("revision"));
        given().queryParam("size", "0").get(PROCUREMENT + "/revisions", id, 2020).then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        given().get(PROCUREMENT + "/ocds", id, 2019).then().statusCode(404);
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413AndNothingChanges() {
        String id = departmentWithProcurement();
        ObjectNode huge = sample(d -> d.put("statement", "无".repeat(40_000)));
        TestData.put(id, 2020, huge).statusCode(413).contentType("application/problem+json")
                .body("status", equalTo(413)).body("errors[0].field", equalTo("body"));
        assertUnchanged(id);
    }

    @Test
    void amountsAndQuantitiesKeepExactlyTheDigitsGiven() {
        String id = departmentWithProcurement();
        ObjectNode doc = sample(d -> {
            line(d, 0).put("amount", new BigDecimal("1.510"));
            line(d, 1).put("quantity", new BigDecimal("112.000001"));
            line(d, 2).put("unitPrice", new BigDecimal("12345678901234.123456"));
            line(d, 3).putNull("unit").putNull("quantity").putNull("unitPrice").putNull("catalogueCode");
        });
        TestData.put(id, 2020, doc).statusCode(200);
        String body = given().get(PROCUREMENT, id, 2020).then().statusCode(200)
                .body("lines[3].category", nullValue())
                .body("lines[3].catalogueCode", nullValue())
                .extract().asString();
        assertThat(body).contains("\"amount\":1.510,").contains("\"quantity\":112.000001,")
                .contains("\"unitPrice\":12345678901234.123456,");
        assertThat(TestData.asDocument(TestData.parse(body))).isEqualTo(doc);
    }

    @Test
    void categoryFollowsTheCatalogueCodesLetter() {
        String id = TestData.freshDepartmentId("130624");
        ObjectNode doc = sample(d -> {
            line(d, 0).put("catalogueCode", "B0101");
            line(d, 1).put("catalogueCode", "C");
        });
        TestData.put(id, 2020, doc).statusCode(201)
                .body("lines[0].category", equalTo("WORKS"))
                .body("lines[1].category", equalTo("SERVICES"))
                .body("lines[2].category", equalTo("GOODS"))
                .body("lines.category", hasItem("GOODS"));
    }
}
