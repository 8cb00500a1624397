package org.opendisclosure.budget.rest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads the sample documents and compares JSON exactly: decimals keep their scale here (4.5 is
 * not 4.50), so a figure that changed its digits on the way through fails the comparison.
 */
final class TestData {

    static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    static final String FIXTURE_DEPARTMENT = "130624-203";

    private static final AtomicInteger NEXT_CODE = new AtomicInteger(100);

    private TestData() {
    }

    /** A department id no other test uses, under the given division. */
    static String freshDepartmentId(String division) {
        return division + "-" + NEXT_CODE.incrementAndGet();
    }

    static ObjectNode sample(String part) {
        String path = "/sample/130624-203/2020/" + part + ".json";
        try (InputStream in = TestData.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing sample " + path);
            }
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The response without the fields the server adds (identity and revision), for comparison with what was sent. */
    static ObjectNode withoutMetadata(JsonNode response, String... fields) {
        ObjectNode copy = ((ObjectNode) response).deepCopy();
        copy.remove(java.util.List.of(fields));
        return copy;
    }
}
