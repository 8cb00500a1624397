package org.opendisclosure.parser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Compares a parsed node with a hand-made one field by field: the same fields, strings and
 * booleans equal, numbers equal by value (17.60 is 17.6), nulls where the other has null. Lists
 * every difference with its path, so one run shows all that is wrong.
 */
final class SameJson {
    private SameJson() {
    }

    static void assertSame(JsonNode actual, JsonNode expected, String path) {
        List<String> differences = new ArrayList<>();
        compare(actual, expected, path, differences);
        assertThat(differences).as("differences from the sample").isEmpty();
    }

    private static void compare(JsonNode actual, JsonNode expected, String path, List<String> differences) {
        if (actual == null || actual.getNodeType() != expected.getNodeType()) {
            differences.add(path + ": expected " + expected + " but was " + actual);
        } else if (expected.isObject()) {
            List<String> actualFields = names(actual.fieldNames());
            List<String> expectedFields = names(expected.fieldNames());
            if (!actualFields.containsAll(expectedFields) || !expectedFields.containsAll(actualFields)) {
                differences.add(path + ": expected fields " + expectedFields + " but were " + actualFields);
            }
            for (String field : expectedFields) {
                compare(actual.get(field), expected.get(field), path + "." + field, differences);
            }
        } else if (expected.isArray()) {
            if (actual.size() != expected.size()) {
                differences.add(path + ": expected " + expected.size() + " elements but were " + actual.size());
            }
            for (int i = 0; i < Math.min(actual.size(), expected.size()); i++) {
                compare(actual.get(i), expected.get(i), path + "[" + i + "]", differences);
            }
        } else if (expected.isNumber()) {
            if (actual.decimalValue().compareTo(expected.decimalValue()) != 0) {
                differences.add(path + ": expected " + expected.decimalValue() + " but was " + actual.decimalValue());
            }
        } else if (!actual.equals(expected)) {
            differences.add(path + ": expected " + expected + " but was " + actual);
        }
    }

    private static List<String> names(Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
