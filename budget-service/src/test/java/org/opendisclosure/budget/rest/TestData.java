package org.opendisclosure.budget.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.atomic.AtomicInteger;
import org.opendisclosure.testing.ExactJson;

/** The sample documents and fresh identities for this service's tests. */
final class TestData {

    static final String FIXTURE_DEPARTMENT = "130624-203";

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
