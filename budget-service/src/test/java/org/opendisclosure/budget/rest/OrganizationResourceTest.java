package org.opendisclosure.budget.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.EmbeddedPostgresResource;
import org.opendisclosure.testing.OpenApiContract;

/** Part 一 per fiscal year: what is not the store's contract (OrganizationContractTest). */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "budget"))
class OrganizationResourceTest {

    private static final String[] METADATA = {"id", "divisionCode", "code", "fiscalYear", "revision", "revisedAt"};

    @BeforeEach
    void contract() {
        RestAssured.replaceFiltersWith(OpenApiContract.filter());
    }

    private static JsonNode read(String id, int year) {
        return TestData.parse(given().get(TestData.ORGANIZATION, id, year).then().statusCode(200).extract().asString());
    }

    @Test
    void aLaterYearsPartOneLeavesAnEarlierYearsExactlyAsWritten() {
        String id = TestData.departmentWithOrganization("130611");
        String tag2020 = given().get(TestData.ORGANIZATION, id, 2020).then().statusCode(200).extract().header("ETag");

        ObjectNode next = TestData.sample("department");
        ArrayNode duties = next.withArray("/duties/items");
        duties.removeAll();
        duties.addObject().put("label", "（一）").put("text", "二〇二一年的新职责");
        ((ObjectNode) next.get("duties")).put("basisDocument", "阜办发[2021]1号");
        TestData.putOrganization(id, 2021, next, 201);

        JsonNode earlier = read(id, 2020);
        assertThat(TestData.withoutMetadata(earlier, METADATA)).isEqualTo(TestData.sample("department"));
        assertThat(earlier.get("fiscalYear").asInt()).isEqualTo(2020);
        assertThat(earlier.get("revision").asInt()).isEqualTo(1);
        given().header("If-None-Match", tag2020).get(TestData.ORGANIZATION, id, 2020).then().statusCode(304);
        given().get(TestData.ORGANIZATION + "/revisions", id, 2020).then().statusCode(200).body("totalItems", equalTo(1));

        JsonNode later = read(id, 2021);
        assertThat(TestData.withoutMetadata(later, METADATA)).isEqualTo(next);
        assertThat(later.at("/duties/items")).hasSize(1);
        assertThat(later.at("/duties/items/0/text").asText()).isEqualTo("二〇二一年的新职责");
        assertThat(later.get("fiscalYear").asInt()).isEqualTo(2021);
        assertThat(later.get("id").asText()).isEqualTo(id);
    }

    @Test
    void aYearWithoutPartOneIsNotFoundWhateverOtherYearsHold() {
        String id = TestData.departmentWithOrganization("130612");
        given().get(TestData.ORGANIZATION, id, 2022).then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("Department " + id + " has no organization stored for 2022"));
        given().get(TestData.ORGANIZATION + "/revisions", id, 2022).then().statusCode(404);
        given().get(TestData.ORGANIZATION + "/revisions/1", id, 2022).then().statusCode(404);
        given().get(TestData.ORGANIZATION, "999996-1", 2020).then().statusCode(404)
                .body("detail", equalTo("Department 999996-1 has no organization stored for 2020"));
    }

    /** The contract's 304 and 412, with the comparisons a browser or proxy makes. */
    @Test
    void conditionalRequestsCompareTagsAsHttpDoes() {
        String id = TestData.departmentWithOrganization("130613");
        String tag = given().get(TestData.ORGANIZATION, id, 2020).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", "W/" + tag).get(TestData.ORGANIZATION, id, 2020).then().statusCode(304)
                .header("ETag", equalTo(tag));
        given().header("If-None-Match", "\"something-else\"").get(TestData.ORGANIZATION, id, 2020).then().statusCode(200);

        ObjectNode renamed = TestData.sample("department");
        renamed.put("name", "条件局");
        given().contentType("application/json").header("If-Match", "\"stale\"").body(TestData.write(renamed))
                .put(TestData.ORGANIZATION, id, 2020).then().statusCode(412).contentType("application/problem+json")
                .body("status", equalTo(412)).body("title", equalTo("Precondition failed"));
        given().get("/api/v1/departments/{id}", id).then().statusCode(200).body("name", equalTo("中共阜平县委组织部"));
        given().contentType("application/json").header("If-Match", tag).body(TestData.write(renamed))
                .put(TestData.ORGANIZATION, id, 2020).then().statusCode(200).body("revision", equalTo(2));
        given().get("/api/v1/departments/{id}", id).then().statusCode(200).body("name", equalTo("条件局"));
    }

    @Test
    void linksNameTheGatewaysConfiguredAddressWhateverForwardedHeadersSay() {
        String id = TestData.freshDepartmentId("130604");
        // suite.public-base-url (the gateway's address; http://localhost:8080 unless configured), not what a client claims.
        given().contentType("application/json").header("X-Forwarded-Host", "budget.example.gov.cn:8443")
                .header("X-Forwarded-Proto", "https").header("Host", "attacker.example")
                .body(TestData.write(TestData.sample("department")))
                .put(TestData.ORGANIZATION, id, 2020)
                .then().statusCode(201)
                .header("Location", equalTo("http://localhost:8080/api/v1/departments/" + id + "/organization/2020"));
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndChangesNothing() {
        String id = TestData.departmentWithOrganization("130603");

        ObjectNode invalid = TestData.sample("department");
        invalid.put("name", "");
        invalid.putArray("units");
        given().contentType("application/json").body(TestData.write(invalid)).put(TestData.ORGANIZATION, id, 2020)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:budget-disclosure:problem:invalid-input"))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("units"));

        ObjectNode badUnit = TestData.sample("department");
        ((ObjectNode) badUnit.withArray("units").get(0)).put("code", "20-3");
        given().contentType("application/json").body(TestData.write(badUnit)).put(TestData.ORGANIZATION, id, 2020)
                .then().statusCode(400).body("errors[0].field", equalTo("units[0].code"));

        given().contentType("application/json").body("{\"name\": \"x\", \"nmae\": 1}").put(TestData.ORGANIZATION, id, 2020)
                .then().statusCode(400).body("errors[0].field", equalTo("nmae"))
                .body("errors[0].message", containsString("unknown field"));

        given().contentType("application/json").body("{\"name\": ").put(TestData.ORGANIZATION, id, 2020)
                .then().statusCode(400).body("errors[0].field", equalTo("body"))
                .body("detail", containsString("line 1"));

        given().contentType("text/plain").body("name=x").put(TestData.ORGANIZATION, id, 2020)
                .then().statusCode(415).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Content-Type"));

        given().contentType("application/json").body(TestData.write(TestData.sample("department")))
                .put(TestData.ORGANIZATION, "203", 2020)
                .then().statusCode(400).body("errors[0].field", equalTo("departmentId"));
        given().contentType("application/json").body(TestData.write(TestData.sample("department")))
                .put(TestData.ORGANIZATION, id, 1999)
                .then().statusCode(400).body("errors[0].field", equalTo("year"));
        given().get(TestData.ORGANIZATION, id, "twenty").then().statusCode(400).body("errors[0].field", equalTo("year"));

        JsonNode current = read(id, 2020);
        assertThat(current.get("revision").asInt()).isEqualTo(1);
        assertThat(TestData.withoutMetadata(current, METADATA)).isEqualTo(TestData.sample("department"));
        given().get("/api/v1/departments/{id}", id).then().statusCode(200).body("fiscalYears", org.hamcrest.Matchers.contains(2020));
    }
}
