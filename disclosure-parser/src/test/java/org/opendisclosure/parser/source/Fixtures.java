package org.opendisclosure.parser.source;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.opendisclosure.parser.ParsedDisclosure;

/** The reference document in its formats, from the sample-data module. */
final class Fixtures {
    private static final String NAME = "/fixtures/fuping-organization-department-2020.";

    private Fixtures() {
    }

    static byte[] bytes(String extension) {
        try (InputStream in = Fixtures.class.getResourceAsStream(NAME + extension)) {
            if (in == null) {
                throw new IllegalStateException("not on the classpath: " + NAME + extension);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text() {
        return new String(bytes("txt"), StandardCharsets.UTF_8);
    }

    /** The whole parse as the gateway would serialise it: every field, every digit. */
    static String json(ParsedDisclosure parsed) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(parsed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
