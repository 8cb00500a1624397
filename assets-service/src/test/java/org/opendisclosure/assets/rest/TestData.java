package org.opendisclosure.assets.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.atomic.AtomicInteger;
import org.opendisclosure.testing.ExactJson;

/** The sample document and fresh identities for this service's tests. */
final class TestData {

    static final String FIXTURE_DEPARTMENT = "130624-203";
    static final String ASSETS = "/api/v1/departments/{id}/assets/{year}";

    private static final AtomicInteger NEXT_CODE = new AtomicInteger(100);

    private TestData() {
    }

    /** A department id no other test uses, under the given division. */
    static String freshDepartmentId(String division) {
        return division + "-" + NEXT_CODE.incrementAndGet();
    }

    /** A fresh, modifiable copy of the fixture's part 七 as the API takes it. */
    static ObjectNode sample() {
        return (ObjectNode) ExactJson.resource("/sample/130624-203/2020/assets.json");
    }

    static JsonNode parse(String body) {
        return ExactJson.parse(body);
    }

    static String write(JsonNode node) {
        return ExactJson.write(node);
    }

    static ObjectNode withoutMetadata(JsonNode response) {
        return ExactJson.without(response, "departmentId", "fiscalYear", "revision", "revisedAt");
    }
}
