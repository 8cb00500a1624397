package org.opendisclosure.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.cache.CacheKey;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import org.opendisclosure.common.web.Representations;
import org.opendisclosure.gateway.client.Fetched;
import org.opendisclosure.gateway.client.RequestIds;
import org.opendisclosure.gateway.client.Services;
import org.opendisclosure.gateway.parts.Part;

/**
 * Composes the parts of a disclosure, in the document's order, from the services that own
 * them. Each part's content is the owning service's JSON, passed through as a tree (never
 * re-typed, so no figure changes its digits). Composed disclosures are cached as bytes for
 * {@code gateway.cache.max-age}, one computation per key however many readers arrive at once.
 */
@ApplicationScoped
public class DisclosureComposer {

    private static final Logger LOG = Logger.getLogger(DisclosureComposer.class);

    static final String CACHE = "disclosures";

    private final Services services;
    private final ManagedExecutor executor;
    private final ObjectMapper objectMapper;

    public DisclosureComposer(Services services, ManagedExecutor executor, ObjectMapper objectMapper) {
        this.services = services;
        this.executor = executor;
        this.objectMapper = objectMapper;
    }

    @CacheResult(cacheName = CACHE)
    public ComposedDisclosure compose(@CacheKey String departmentId, @CacheKey int year) {
        return composeFresh(departmentId, year);
    }

    /** Asks the services now, whatever is cached (see {@link DisclosureRefresh}). */
    public ComposedDisclosure composeFresh(String departmentId, int year) {
        return composeFresh(departmentId, year, null);
    }

    /**
     * As {@link #composeFresh(String, int)}, but as it was before the whole write {@code underWay}
     * started: its own record is not a reason to call the disclosure incomplete (null: none).
     */
    public ComposedDisclosure composeFresh(String departmentId, int year, UUID underWay) {
        // Each document once, all at once: a slow service costs its own timeout, not the sum of all.
        Map<Part.Document, CompletableFuture<Fetched>> asked = new EnumMap<>(Part.Document.class);
        for (Part.Document document : Part.Document.values()) {
            asked.put(document, executor.supplyAsync(RequestIds.carried(() -> services.document(document, departmentId, year))));
        }
        CompletableFuture<Fetched> lastWrite = executor.supplyAsync(RequestIds.carried(
                () -> services.disclosureWrite(departmentId, year)));
        Map<Part.Document, Fetched> fetched = new EnumMap<>(Part.Document.class);
        asked.forEach((document, answer) -> fetched.put(document, answer.join()));
        JsonNode unfinished = unfinished(lastWrite.join(), underWay);

        ObjectNode root = objectMapper.createObjectNode();
        root.put("departmentId", departmentId);
        root.put("fiscalYear", year);
        Fetched department = fetched.get(Part.ORGANIZATION.document());
        String name = department.status() == Fetched.Status.AVAILABLE ? department.body().path("name").asText(null) : null;
        root.put("departmentName", name);
        root.put("title", name == null ? null : name + year + "年部门预算信息公开");
        boolean complete = unfinished == null && fetched.values().stream().allMatch(f -> f.status() == Fetched.Status.AVAILABLE);
        root.put("complete", complete);
        if (unfinished != null) {
            root.set("incompleteWrite", unfinished);
        }
        ArrayNode missing = root.putArray("absentParts");
        ArrayNode unavailable = root.putArray("unavailableParts");
        ArrayNode array = root.putArray("parts");
        for (Part part : Part.values()) {
            Fetched answer = fetched.get(part.document());
            array.add(toJson(part, answer));
            if (answer.status() == Fetched.Status.ABSENT) {
                missing.add(part.number());
            } else if (answer.status() == Fetched.Status.UNAVAILABLE) {
                unavailable.add(part.number());
            }
        }
        fetched.forEach((document, answer) -> {
            if (answer.status() == Fetched.Status.UNAVAILABLE) {
                LOG.infof("Unavailable: %s of department %s for %d from %s: %s", String.join(", ", document.keys()),
                        departmentId, year, answer.service(), answer.reason());
            }
        });
        boolean found = fetched.values().stream().anyMatch(f -> f.status() != Fetched.Status.ABSENT);
        Map<Part.Document, String> etags = new EnumMap<>(Part.Document.class);
        fetched.forEach((document, answer) -> {
            if (answer.etag() != null) {
                etags.put(document, answer.etag());
            }
        });
        byte[] json = json(root);
        return new ComposedDisclosure(json, Representations.etagOf(json), found, complete, etags);
    }

    /** The last whole write when it stopped before every part was stored (what a reader is told of it); else null. */
    private JsonNode unfinished(Fetched lastWrite, UUID underWay) {
        if (lastWrite.status() != Fetched.Status.AVAILABLE || !"started".equals(lastWrite.body().path("state").asText())
                || (underWay != null && underWay.toString().equals(lastWrite.body().path("writeId").asText()))) {
            return null;
        }
        ObjectNode write = objectMapper.createObjectNode();
        write.set("startedAt", lastWrite.body().get("startedAt"));
        write.set("writtenBy", lastWrite.body().get("writtenBy"));
        write.set("parts", lastWrite.body().get("parts"));
        write.put("detail", "The last whole write of this disclosure stopped before every part was stored: it may mix parts "
                + "of that write with older ones until the same disclosure is sent again");
        return write;
    }

    private ObjectNode toJson(Part part, Fetched fetched) {
        ObjectNode node = objectMapper.createObjectNode();
        node.put("part", part.number());
        node.put("key", part.key());
        node.put("title", part.title());
        node.put("service", fetched.service());
        node.put("status", fetched.status().name().toLowerCase(Locale.ROOT));
        if (fetched.status() == Fetched.Status.AVAILABLE) {
            JsonNode body = fetched.body();
            node.set("revision", body.get("revision"));
            node.set("revisedAt", body.get("revisedAt"));
            node.set("content", part.content(body));
        } else if (fetched.status() == Fetched.Status.UNAVAILABLE) {
            node.put("reason", fetched.reason());
        }
        return node;
    }

    private byte[] json(JsonNode node) {
        try {
            return objectMapper.writeValueAsBytes(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a disclosure could not be serialised", e);
        }
    }
}
