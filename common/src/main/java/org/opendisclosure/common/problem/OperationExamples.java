package org.opendisclosure.common.problem;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Puts on each operation the example its module recorded from the reference disclosure
 * ({@value #RESOURCE}: per operation id the request that was made, its body, the status and the
 * answer, arrays cut to their first items). The end-to-end tests replay every recorded request
 * against the running suite and fail when an answer no longer matches, so an example cannot go
 * stale, and an operation without one fails them too.
 */
final class OperationExamples {

    static final String RESOURCE = "openapi-examples.json";
    private static final String NAME = "reference";
    private static final String SUMMARY = "中共阜平县委组织部 (130624-203), 2020: the reference disclosure as published";
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private OperationExamples() {
    }

    static void attach(OpenAPI openAPI) {
        Map<String, JsonNode> recorded = recorded();
        if (recorded.isEmpty() || openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            JsonNode example = recorded.get(operation.getOperationId());
            if (example != null) {
                attach(operation, example);
            }
        }));
    }

    private static void attach(Operation operation, JsonNode example) {
        JsonNode requestBody = example.get("requestExample");
        if (requestBody != null && operation.getRequestBody() != null) {
            put(operation.getRequestBody().getContent(), example.path("requestType").asText("application/json"), requestBody,
                    "The request " + example.path("request").asText());
        }
        JsonNode response = example.get("response");
        if (response == null || operation.getResponses() == null) {
            return;
        }
        APIResponse answer = operation.getResponses().getAPIResponse(example.path("status").asText());
        if (answer != null) {
            put(answer.getContent(), "application/json", response, "The answer to " + example.path("request").asText());
        }
    }

    private static void put(Content content, String mediaType, JsonNode value, String description) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        MediaType media = content.getMediaTypes().get(mediaType);
        if (media == null) {
            return;
        }
        media.addExample(NAME, OASFactory.createExample().summary(SUMMARY).description(description).value(plain(value)));
    }

    /** The tree as the maps, lists, strings and exact decimals the document writer serialises. */
    private static Object plain(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> members = new LinkedHashMap<>();
            node.properties().forEach(member -> members.put(member.getKey(), plain(member.getValue())));
            return members;
        }
        if (node.isArray()) {
            List<Object> items = new ArrayList<>();
            node.forEach(item -> items.add(plain(item)));
            return items;
        }
        if (node.isNumber()) {
            return node.isIntegralNumber() ? node.bigIntegerValue() : node.decimalValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.isNull() ? null : node.asText();
    }

    private static Map<String, JsonNode> recorded() {
        Map<String, JsonNode> examples = new LinkedHashMap<>();
        try {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            Enumeration<URL> resources = loader == null ? Collections.emptyEnumeration() : loader.getResources(RESOURCE);
            for (URL resource : Collections.list(resources)) {
                try (InputStream in = resource.openStream()) {
                    JSON.readTree(in).properties().forEach(entry -> examples.put(entry.getKey(), entry.getValue()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the recorded examples " + RESOURCE + " cannot be read", e);
        }
        return examples;
    }
}
