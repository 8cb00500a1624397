package org.opendisclosure.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import io.quarkus.smallrye.openapi.runtime.OpenApiConstants;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.smallrye.openapi.runtime.io.Format;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendisclosure.common.web.Representations;
import org.opendisclosure.gateway.client.Services;
import org.opendisclosure.gateway.parts.Downstream;

/**
 * The OpenAPI document of everything reachable through the gateway: its own operations and every
 * service's, merged from the documents the running services serve, so it cannot drift from them.
 * A service that cannot be asked is left out and named in {@code x-unavailable-services}.
 */
@Path("/api/v1/openapi")
@Tag(name = "Documentation", description = "The suite's API as a whole")
public class SuiteOpenApi {

    private static final Duration KEEP = Duration.ofSeconds(60);

    private static final PassThroughTable ROUTES = PassThroughTable.fromParts();

    private final Services services;
    private final OpenApiDocumentService ownDocument;
    private final ObjectMapper objectMapper;
    private final Representations representations;
    private volatile Merged merged;

    private record Merged(ObjectNode document, Instant at) {
    }

    public SuiteOpenApi(Services services, OpenApiDocumentService ownDocument, ObjectMapper objectMapper,
                        Representations representations) {
        this.services = services;
        this.ownDocument = ownDocument;
        this.objectMapper = objectMapper;
        this.representations = representations;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The OpenAPI document of the whole suite as reachable through the gateway",
            description = "The gateway's own operations and those of every service behind it "
                    + "(which the gateway passes through under the same paths), merged. Rebuilt at most once a minute.")
    @APIResponse(responseCode = "200", description = "An OpenAPI 3.1 document",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    public Response document(@Context HttpHeaders headers) {
        Merged current = merged;
        if (current == null || current.at().plus(KEEP).isBefore(Instant.now())) {
            current = new Merged(merge(), Instant.now());
            merged = current;
        }
        return representations.ok(headers, current.document());
    }

    private ObjectNode merge() {
        // The gateway's own document from memory, never over HTTP: asked at the request's Host, a client
        // would choose where the gateway fetches from.
        ObjectNode result;
        try {
            result = (ObjectNode) objectMapper.readTree(ownDocument.getDocument(OpenApiConstants.DEFAULT_DOCUMENT_NAME, Format.JSON));
        } catch (IOException | ClassCastException e) {
            throw new IllegalStateException("the gateway's own OpenAPI document could not be read", e);
        }
        ((ObjectNode) result.with("info")).put("title", "Departmental budget disclosure suite (部门预算信息公开)")
                .put("description", "Everything reachable through the gateway: the composed disclosure and the endpoints of "
                        + "every service behind it under the same paths.");
        ArrayNode unavailable = objectMapper.createArrayNode();
        for (Downstream downstream : Downstream.values()) {
            JsonNode document = services.openApi(downstream);
            if (document == null) {
                unavailable.add(downstream.service());
                continue;
            }
            mergeObject(result.with("paths"), reachable(document.path("paths"), downstream));
            JsonNode components = document.path("components");
            for (Iterator<String> kinds = components.fieldNames(); kinds.hasNext(); ) {
                String kind = kinds.next();
                mergeObject(((ObjectNode) result.with("components")).with(kind), components.get(kind));
            }
            ArrayNode tags = result.withArray("tags");
            for (JsonNode tag : document.path("tags")) {
                boolean known = false;
                for (JsonNode existing : tags) {
                    known |= existing.path("name").equals(tag.path("name"));
                }
                if (!known) {
                    tags.add(tag);
                }
            }
        }
        if (!unavailable.isEmpty()) {
            result.set("x-unavailable-services", unavailable);
        }
        removeUnreferenced(result);
        return result;
    }

    /**
     * Each service's document refers to all its components, but where the gateway serves a path
     * itself (the rule catalogue) the service's operation, and what only it used, is left out.
     */
    private static void removeUnreferenced(ObjectNode document) {
        Set<String> reached = new HashSet<>();
        Deque<JsonNode> pending = new ArrayDeque<>(List.of(document.path("paths")));
        while (!pending.isEmpty()) {
            JsonNode node = pending.pop();
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith("#/") && reached.add(ref.asText())) {
                pending.push(document.at(ref.asText().substring(1)));
            }
            node.elements().forEachRemaining(pending::push);
        }
        JsonNode components = document.path("components");
        for (String kind : List.of("schemas", "responses", "parameters", "headers")) {
            if (components.get(kind) instanceof ObjectNode entries) {
                names(entries.fieldNames()).stream()
                        .filter(name -> !reached.contains("#/components/" + kind + "/" + name)).forEach(entries::remove);
            }
        }
    }

    private static List<String> names(Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }

    /** Adds the entries the target lacks; the services share component names only for shared shapes. */
    /**
     * The paths of a service's document that the gateway passes through to it: those it keeps for the
     * gateway alone (the counts of kept findings, the findings across parts) are not reachable.
     */
    private JsonNode reachable(JsonNode paths, Downstream downstream) {
        ObjectNode reached = objectMapper.createObjectNode();
        paths.fields().forEachRemaining(path -> {
            if (ROUTES.route(path.getKey()).filter(downstream::equals).isPresent()) {
                reached.set(path.getKey(), path.getValue());
            }
        });
        return reached;
    }

    private static void mergeObject(ObjectNode target, JsonNode source) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = source.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!target.has(field.getKey())) {
                target.set(field.getKey(), field.getValue());
            }
        }
    }
}
