package org.opendisclosure.performance.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.atomic.AtomicInteger;
import org.opendisclosure.testing.ExactJson;

/** The sample part and fresh identities for this service's tests. */
final class TestData {

    static final String FIXTURE_DEPARTMENT = "130624-203";
    static final String PERFORMANCE = "/api/v1/departments/{id}/performance/{year}";

    private static final AtomicInteger NEXT_CODE = new AtomicInteger(100);
    private static final AtomicInteger NEXT_DIVISION = new AtomicInteger(710000);

    private TestData() {
    }

    /** A department id no other test uses, under the given division. */
    static String freshDepartmentId(String division) {
        return division + "-" + NEXT_CODE.incrementAndGet();
    }

    /**
     * A department id no other test uses, with the fixture's department code 203 (under a division
     * of its own), so that the fixture's project codes (203-…) belong to it.
     */
    static String freshDepartmentId203() {
        return NEXT_DIVISION.incrementAndGet() + "-203";
    }

    /** A fresh, modifiable copy of the fixture's performance part as the PUT body. */
    static ObjectNode sample() {
        return (ObjectNode) ExactJson.resource("/sample/130624-203/2020/performance.json");
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

    /**
     * A part as read back, turned into the document that was written: without identity and
     * revision, and without the parsed targets the service derives.
     */
    static ObjectNode asWritten(JsonNode part) {
        ObjectNode copy = withoutMetadata(part, "departmentId", "fiscalYear", "revision", "revisedAt");
        for (JsonNode project : copy.withArray("projects")) {
            withoutParsedTargets((ArrayNode) project.get("indicators"));
        }
        return copy;
    }

    static void withoutParsedTargets(ArrayNode indicators) {
        for (JsonNode indicator : indicators) {
            ((ObjectNode) indicator).remove("parsedTarget");
        }
    }
}
