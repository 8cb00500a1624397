package org.opendisclosure.budget.rest;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.atomic.AtomicInteger;
import org.opendisclosure.testing.ExactJson;

/** The sample documents and fresh identities for this service's tests. */
final class TestData {

    static final String FIXTURE_DEPARTMENT = "130624-203";
    static final String ORGANIZATION = "/api/v1/departments/{id}/organization/{year}";
    static final String BUDGET = "/api/v1/departments/{id}/budgets/{year}";

    private static final AtomicInteger NEXT_CODE = new AtomicInteger(100);

    private TestData() {
    }

    /** A department id no other test uses, under the given division. */
    static String freshDepartmentId(String division) {
        return division + "-" + NEXT_CODE.incrementAndGet();
    }

    /** A fresh, modifiable copy of a sample part of the fixture (department or budget). */
    static ObjectNode sample(String part) {
        return (ObjectNode) ExactJson.resource("/sample/130624-203/2020/" + part + ".json");
    }

    /** Writes the part 一 of a year (which creates the department when new) and checks the status. */
    static void putOrganization(String id, int year, JsonNode document, int status) {
        given().contentType("application/json").body(write(document)).put(ORGANIZATION, id, year)
                .then().statusCode(status);
    }

    /** A fresh department under the division, known to the service by the sample's 2020 part 一. */
    static String departmentWithOrganization(String division) {
        String id = freshDepartmentId(division);
        putOrganization(id, 2020, sample("department"), 201);
        return id;
    }

    static JsonNode parse(String body) {
        return ExactJson.parse(body);
    }

    static String write(JsonNode node) {
        return ExactJson.write(node);
    }

    static ObjectNode withoutMetadata(JsonNode response, String... fields) {
        return ExactJson.without(response, fields);
    }
}
