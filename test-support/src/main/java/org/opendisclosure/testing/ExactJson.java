package org.opendisclosure.testing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * JSON for tests that compare figures exactly: decimals keep their scale (4.5 is not 4.50), so a
 * figure whose digits changed on the way through fails the comparison.
 */
public final class ExactJson {

    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    private ExactJson() {
    }

    /** A JSON resource of the test classpath, e.g. {@code /sample/130624-203/2020/budget.json}. */
    public static JsonNode resource(String path) {
        try (InputStream in = ExactJson.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode parse(String body) {
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of a response without the fields the server adds (identity, revision), to compare with what was sent. */
    public static ObjectNode without(JsonNode response, String... fields) {
        ObjectNode copy = ((ObjectNode) response).deepCopy();
        copy.remove(List.of(fields));
        return copy;
    }
}
