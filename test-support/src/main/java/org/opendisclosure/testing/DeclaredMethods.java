package org.opendisclosure.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Every path of a service's OpenAPI document, asked with each method the document does not declare
 * for it, answers 405 problem+json with an {@code Allow} header naming exactly the declared ones
 * (HEAD beside GET): a client learns from the answer what it may do there.
 */
public final class DeclaredMethods {

    private static final List<String> METHODS = List.of("GET", "PUT", "POST", "DELETE", "PATCH");
    private static final Map<String, String> SAMPLES = Map.of("departmentId", "130624-203", "year", "2020", "revision", "1");
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}/]+)\\}");

    private DeclaredMethods() {
    }

    /** Checks every path of the document at {@code openApiPath}; returns how many requests were made. */
    public static int assertUndeclaredMethodsAre405(String openApiPath) {
        JsonNode paths = read(given().accept("application/json").get(openApiPath).then().statusCode(200).extract().asString())
                .path("paths");
        List<String> failures = new ArrayList<>();
        int asked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            TreeSet<String> declared = new TreeSet<>();
            entry.getValue().fieldNames().forEachRemaining(name -> {
                String method = name.toUpperCase(Locale.ROOT);
                if (METHODS.contains(method) || method.equals("HEAD")) {
                    declared.add(method);
                }
            });
            if (declared.isEmpty()) {
                continue;
            }
            if (declared.contains("GET")) {
                declared.add("HEAD");
            }
            String path = filled(entry.getKey());
            for (String method : METHODS) {
                if (declared.contains(method)) {
                    continue;
                }
                asked++;
                Response answer = given().contentType("application/json").body("{}").request(method, path);
                String allow = answer.header("Allow");
                TreeSet<String> allowed = new TreeSet<>();
                if (allow != null) {
                    for (String one : allow.split(",")) {
                        allowed.add(one.trim());
                    }
                }
                if (answer.statusCode() != 405 || !allowed.equals(declared)
                        || !String.valueOf(answer.contentType()).startsWith("application/problem+json")) {
                    failures.add(method + " " + path + " -> " + answer.statusCode() + " Allow: " + allow + " (declared " + declared + ")");
                }
            }
        }
        assertThat(failures).as("undeclared methods").isEmpty();
        return asked;
    }

    /** A path of the document with its parameters filled with samples that the services take. */
    static String filled(String template) {
        return PARAMETER.matcher(template).replaceAll(m -> SAMPLES.getOrDefault(m.group(1), "x1"));
    }

    static JsonNode read(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
