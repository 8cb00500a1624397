package org.opendisclosure.procurement.rest;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.ValidatableResponse;
import java.util.concurrent.atomic.AtomicInteger;
import org.opendisclosure.testing.ExactJson;

/** The sample document and fresh identities for this service's tests. */
final class TestData {

    static final String FIXTURE_DEPARTMENT = "130624-203";
    static final String PROCUREMENT = "/api/v1/departments/{id}/procurement/{year}";

    private static final AtomicInteger NEXT_CODE = new AtomicInteger(100);

    private TestData() {
    }

    /** A department id no other test uses, under the given division. */
    static String freshDepartmentId(String division) {
        return division + "-" + NEXT_CODE.incrementAndGet();
    }

    /** A fresh, modifiable copy of the fixture's procurement part, as published. */
    static ObjectNode sample() {
        return (ObjectNode) ExactJson.resource("/sample/130624-203/2020/procurement.json");
    }

    /** An explicit "no procurement this year". */
    static ObjectNode none() {
        ObjectNode doc = ExactJson.MAPPER.createObjectNode();
        doc.put("hasProcurement", false);
        doc.put("departmentName", "无采购局");
        doc.put("statement", "本部门2020年度无政府采购预算。");
        doc.putArray("lines");
        return doc;
    }

    static ValidatableResponse put(String id, Object year, JsonNode doc) {
        return given().contentType("application/json").body(write(doc)).put(PROCUREMENT, id, year).then();
    }

    static JsonNode parse(String body) {
        return ExactJson.parse(body);
    }

    static String write(JsonNode node) {
        return ExactJson.write(node);
    }

    /** A response as the document that was written: without identity, revision and the derived categories. */
    static ObjectNode asDocument(JsonNode response) {
        ObjectNode copy = ExactJson.without(response, "departmentId", "fiscalYear", "revision", "revisedAt");
        for (JsonNode line : (ArrayNode) copy.get("lines")) {
            ((ObjectNode) line).remove("category");
        }
        return copy;
    }
}
