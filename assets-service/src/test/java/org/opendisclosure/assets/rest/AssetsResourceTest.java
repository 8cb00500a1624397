package org.opendisclosure.assets.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.opendisclosure.assets.rest.TestData.ASSETS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.EmbeddedPostgresResource;
import org.opendisclosure.testing.OpenApiContract;
import org.opendisclosure.testing.TestTokens;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "assets"))
class AssetsResourceTest {

    @BeforeEach
    void contract() {
        RestAssured.replaceFiltersWith(OpenApiContract.filter());
    }

    /** A new department holding the fixture's part 七 for 2020, at revision 1. */
    private static String departmentWithAssets() {
        String id = TestData.freshDepartmentId("130624");
        putAssets(id, 2020, TestData.sample()).statusCode(201);
        return id;
    }

    private static ObjectNode assets(Consumer<ObjectNode> change) {
        ObjectNode doc = TestData.sample();
        change.accept(doc);
        return doc;
    }

    private static ValidatableResponse putAssets(String id, Object year, ObjectNode doc) {
        return given().contentType("application/json").body(TestData.write(doc)).put(ASSETS, id, year).then();
    }

    private static void assertUnchanged(String id) {
        JsonNode current = TestData.parse(given().get(ASSETS, id, 2020).then().statusCode(200).extract().asString());
        assertThat(current.get("revision").asInt()).isEqualTo(1);
        assertThat(TestData.withoutMetadata(current)).isEqualTo(TestData.sample());
        given().get(ASSETS + "/revisions", id, 2020).then().statusCode(200).body("totalItems", equalTo(1));
    }

    private static ValidatableResponse rejected(String id, ObjectNode doc, String field) {
        return putAssets(id, 2020, doc).statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:budget-disclosure:problem:invalid-input"))
                .body("status", equalTo(400))
                .body("instance", equalTo("/api/v1/departments/" + id + "/assets/2020"))
                .body("errors[0].field", equalTo(field));
    }

    @Test
    void invalidFiguresAreRejectedNamingTheFieldAndNothingChanges() {
        String id = departmentWithAssets();

        rejected(id, assets(d -> d.put("totalFixedAssets", new BigDecimal("-82.22"))), "totalFixedAssets")
                .body("errors[0].message", containsString("at least 0"));
        rejected(id, assets(d -> d.put("totalFixedAssets", "八十二")), "totalFixedAssets")
                .body("errors[0].message", containsString("a decimal number"));
        rejected(id, assets(d -> ((ObjectNode) d.get("buildings")).put("officeArea", new BigDecimal("1.1234567"))),
                "buildings.officeArea").body("errors[0].message", containsString("6 decimals"));
        rejected(id, assets(d -> ((ObjectNode) d.get("vehicles")).put("value", new BigDecimal("-0.01"))), "vehicles.value");
        rejected(id, assets(d -> ((ObjectNode) d.get("vehicles")).put("count", -1)), "vehicles.count")
                .body("errors[0].message", containsString("greater than or equal to 0"));
        rejected(id, assets(d -> ((ObjectNode) d.get("vehicles")).put("count", new BigDecimal("1.5"))), "vehicles.count")
                .body("errors[0].message", containsString("a whole number"));
        rejected(id, assets(d -> ((ObjectNode) d.get("highValueEquipment")).put("count", "—")), "highValueEquipment.count");
        rejected(id, assets(d -> d.put("otherFixedAssets", new BigDecimal("123456789012345"))), "otherFixedAssets");
        rejected(id, assets(d -> d.put("landArea", 10)), "landArea")
                .body("errors[0].message", containsString("unknown field"));
        rejected(id, assets(d -> d.put("statement", "无".repeat(5001))), "statement");

        assertUnchanged(id);
    }

    @Test
    void missingPartsAreNamedAllAtOnce() {
        String id = departmentWithAssets();
        putAssets(id, 2020, assets(d -> d.remove(java.util.List.of("asOf", "totalFixedAssets", "buildings", "vehicles",
                "highValueEquipment", "plannedPurchases"))))
                .statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("6 fields are invalid; see errors"))
                .body("errors.field", contains("asOf", "buildings", "highValueEquipment", "plannedPurchases",
                        "totalFixedAssets", "vehicles"));
        rejected(id, assets(d -> ((ObjectNode) d.get("plannedPurchases")).remove("none")), "plannedPurchases.none");
        given().contentType("application/json").body("").put(ASSETS, id, 2020).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("body"));
        given().contentType("application/json").body("null").put(ASSETS, id, 2020).then().statusCode(400)
                .body("errors[0].field", equalTo("body"));
        given().contentType("application/json").body("[]").put(ASSETS, id, 2020).then().statusCode(400)
                .body("errors[0].field", equalTo("body"));
        assertUnchanged(id);
    }

    @Test
    void asOfMustBeARealIsoDate() {
        String id = departmentWithAssets();
        for (String bad : new String[]{"2019-13-31", "2019-02-30", "2019/12/31", "2019年12月31日", "2019-12-31T00:00:00", ""}) {
            rejected(id, assets(d -> d.put("asOf", bad)), "asOf")
                    .body("errors[0].message", containsString("ISO-8601 date"));
        }
        rejected(id, assets(d -> d.put("asOf", 20191231)), "asOf");
        rejected(id, assets(d -> d.putNull("asOf")), "asOf").body("errors[0].message", containsString("null"));
        rejected(id, assets(d -> d.put("asOf", "1998-12-31")), "asOf")
                .body("errors[0].message", equalTo("must be a date from 1999-01-01 to 2100-12-31, was 1998-12-31"));
        assertUnchanged(id);

        // A leap day is a real date.
        putAssets(id, 2020, assets(d -> d.put("asOf", "2020-02-29"))).statusCode(200)
                .body("asOf", equalTo("2020-02-29")).body("revision", equalTo(2));
    }

    @Test
    void plannedPurchasesSayNoneExplicitlyOrListItems() {
        String id = departmentWithAssets();

        // Claiming "none" while listing items, or "some" while listing none, contradicts itself.
        rejected(id, assets(d -> ((ArrayNode) d.at("/plannedPurchases/items")).addObject().put("name", "办公电脑")),
                "plannedPurchases.items").body("errors[0].message", containsString("must be empty when none is true"));
        rejected(id, assets(d -> ((ObjectNode) d.get("plannedPurchases")).put("none", false)), "plannedPurchases.items")
                .body("errors[0].message", containsString("at least one planned purchase"));
        rejected(id, assets(d -> {
            ObjectNode planned = (ObjectNode) d.get("plannedPurchases");
            planned.put("none", false);
            planned.withArray("items").addObject().put("name", " ");
        }), "plannedPurchases.items[0].name");
        rejected(id, assets(d -> {
            ObjectNode planned = (ObjectNode) d.get("plannedPurchases");
            planned.put("none", false);
            planned.withArray("items").addObject().put("name", "公务用车").put("quantity", 1).put("amount", -18);
        }), "plannedPurchases.items[0].amount");
        rejected(id, assets(d -> ((ObjectNode) d.get("plannedPurchases")).put("none", "无")), "plannedPurchases.none")
                .body("errors[0].message", containsString("true or false"));
        assertUnchanged(id);

        // Some planned purchases: a list of items, kept in order with their figures as given.
        ObjectNode some = assets(d -> {
            ObjectNode planned = (ObjectNode) d.get("plannedPurchases");
            planned.put("none", false);
            planned.put("statement", "我部门2021年度拟购置办公电脑5台、打印机2台。");
            ArrayNode items = planned.withArray("items");
            items.addObject().put("name", "办公电脑").put("quantity", 5).put("amount", new BigDecimal("3.50"));
            items.addObject().put("name", "打印机").put("quantity", 2).putNull("amount");
            items.addObject().put("name", "档案密集柜").putNull("quantity").put("amount", new BigDecimal("1.2"));
        });
        String body = putAssets(id, 2020, some).statusCode(200)
                .body("revision", equalTo(2))
                .body("plannedPurchases.none", equalTo(false))
                .body("plannedPurchases.items.name", contains("办公电脑", "打印机", "档案密集柜"))
                .body("plannedPurchases.items[1].amount", nullValue())
                .extract().asString();
        assertThat(body).contains("{\"name\":\"办公电脑\",\"quantity\":5,\"amount\":3.50}");
        assertThat(TestData.withoutMetadata(TestData.parse(given().get(ASSETS, id, 2020).then().statusCode(200)
                .extract().asString()))).isEqualTo(some);

        // None again, said without an items list: absent items read back as an empty list, and
        // sending it again with [] is the same document, so no third revision.
        ObjectNode noneWithoutItems = assets(d -> ((ObjectNode) d.get("plannedPurchases")).remove("items"));
        putAssets(id, 2020, noneWithoutItems).statusCode(200).body("revision", equalTo(3))
                .body("plannedPurchases.items.size()", equalTo(0));
        putAssets(id, 2020, TestData.sample()).statusCode(200).body("revision", equalTo(3));
        given().get(ASSETS + "/revisions/2", id, 2020).then().statusCode(200)
                .body("plannedPurchases.items.size()", equalTo(3));
    }

    @Test
    void cellsNotGivenStayNullAndNeverBecomeZero() {
        String id = departmentWithAssets();
        ObjectNode blanks = assets(d -> {
            ((ObjectNode) d.get("vehicles")).putNull("count");
            ((ObjectNode) d.get("buildings")).putNull("officeArea").putNull("officeValue");
            d.putNull("otherFixedAssets");
            d.remove("statement");
        });
        String body = putAssets(id, 2020, blanks).statusCode(200).extract().asString();
        assertThat(body).contains("\"officeArea\":null,\"officeValue\":null").contains("\"vehicles\":{\"count\":null,")
                .contains("\"otherFixedAssets\":null").contains("\"statement\":null");
    }

    @Test
    void badIdentifiersAreBadRequests() {
        String id = departmentWithAssets();
        putAssets("130624", 2020, TestData.sample()).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("departmentId"))
                .body("errors[0].message", containsString("130624-203"));
        given().get(ASSETS, "13-203", 2020).then().statusCode(400).body("errors[0].field", equalTo("departmentId"));
        putAssets(id, 1999, TestData.sample()).statusCode(400)
                .body("errors[0].field", equalTo("year")).body("errors[0].message", containsString("2000 and 2100"));
        putAssets(id, 2101, TestData.sample()).statusCode(400).body("errors[0].field", equalTo("year"));
        given().get(ASSETS, id, "twenty").then().statusCode(400).body("errors[0].field", equalTo("year"));
        given().get(ASSETS + "/revisions/{revision}", id, 2020, "first").then().statusCode(400)
                .body("errors[0].field", equalTo("revision"));
        given().get(ASSETS + "/revisions/{revision}", id, 2020, 0).then().statusCode(400)
                .body("errors[0].field", equalTo("revision"));
        given().queryParam("size", 0).get(ASSETS + "/revisions", id, 2020).then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        assertUnchanged(id);
    }

    @Test
    void anyWellFormedDepartmentIsAcceptedAndNothingStoredIsNotFound() {
        // Departments are budget-service's; this one exists nowhere, and that is not this service's concern.
        String id = TestData.freshDepartmentId("999998");
        given().get(ASSETS, id, 2020).then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("Department " + id + " has no assets stored for 2020"));
        given().get(ASSETS + "/revisions", id, 2020).then().statusCode(404);
        given().get(ASSETS + "/revisions/1", id, 2020).then().statusCode(404);
        putAssets(id, 2020, TestData.sample()).statusCode(201).body("departmentId", equalTo(id));

        given().get(ASSETS, id, 2019).then().statusCode(404)
                .body("detail", equalTo("Department " + id + " has no assets stored for 2019"));
        given().get(ASSETS + "/revisions/2", id, 2020).then().statusCode(404)
                .body("detail", equalTo("There is no revision 2 of the 2020 assets of " + id + "; its revisions are 1 to 1"));
    }

    @Test
    void aBodyThatIsNotJsonIsRefused() {
        String id = departmentWithAssets();
        given().contentType("application/json").body("{\"totalFixedAssets\": 82.22,}")
                .put(ASSETS, id, 2020).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"))
                .body("detail", containsString("line 1, column 28"));
        given().contentType("application/xml").body("<assets/>").put(ASSETS, id, 2020).then().statusCode(415)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("Content-Type"));
        given().contentType("text/plain").body(TestData.write(TestData.sample())).put(ASSETS, id, 2020).then().statusCode(415);
        assertUnchanged(id);
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413() {
        String id = departmentWithAssets();
        ObjectNode huge = assets(d -> d.put("statement", "无".repeat(20_000)));
        putAssets(id, 2020, huge).statusCode(413).contentType("application/problem+json")
                .body("status", equalTo(413)).body("errors[0].field", equalTo("body"));
        assertUnchanged(id);
    }



    @Test
    void figuresKeepExactlyTheDigitsGiven() {
        String id = departmentWithAssets();
        ObjectNode doc = assets(d -> {
            d.put("totalFixedAssets", new BigDecimal("82.220"));
            ((ObjectNode) d.get("buildings")).put("area", new BigDecimal("1234.5")).put("value", new BigDecimal("0.000001"));
            d.put("otherFixedAssets", new BigDecimal("12345678901234.123456"));
            ((ObjectNode) d.get("vehicles")).put("value", 10);
        });
        putAssets(id, 2020, doc).statusCode(200);
        String body = given().get(ASSETS, id, 2020).then().statusCode(200).extract().asString();
        assertThat(body).contains("\"totalFixedAssets\":82.220,")
                .contains("\"area\":1234.5,\"value\":0.000001,")
                .contains("\"otherFixedAssets\":12345678901234.123456,")
                .contains("\"vehicles\":{\"count\":1,\"value\":10}");
    }

    @Test
    void unknownMethodsAndPathsAreProblems() {
        RestAssured.replaceFiltersWith(TestTokens.writer());
        String id = departmentWithAssets();
        given().delete(ASSETS, id, 2020).then().statusCode(405).contentType("application/problem+json");
        assertUnchanged(id);
        given().get("/api/v1/departments/{id}/assets/2020/revisions/1/extra", id).then().statusCode(404)
                .contentType("application/problem+json").body("errors", nullValue());
    }

    @Test
    void largeRequestBodiesWithinTheLimitAreFine() {
        String id = departmentWithAssets();
        putAssets(id, 2020, assets(d -> d.put("statement", "固".repeat(5000)))).statusCode(200)
                .body("statement.length()", equalTo(5000));
        given().get(ASSETS + "/revisions", id, 2020).then().body("items.revision", hasItems(1, 2));
    }
}
