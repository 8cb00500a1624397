package org.opendisclosure.parser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The reference document and its hand-made API documents, from the sample-data module. */
final class Resources {
    static final String FIXTURE = text("/fixtures/fuping-organization-department-2020.txt");
    private static final String SAMPLE = "/sample/130624-203/2020/";

    private Resources() {
    }

    static String text(String name) {
        try (InputStream in = Resources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("not on the classpath: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode sample(String file) {
        try {
            return new ObjectMapper().readTree(text(SAMPLE + file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture's lines, numbered from 1 as in an editor: element 0 is line 1. */
    static List<String> fixtureLines() {
        return new ArrayList<>(List.of(FIXTURE.split("\n", -1)));
    }
}
