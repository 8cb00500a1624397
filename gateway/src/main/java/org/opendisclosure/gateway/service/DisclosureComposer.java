package org.opendisclosure.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.cache.CacheKey;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.opendisclosure.common.web.Representations;
import org.opendisclosure.gateway.client.Fetched;
import org.opendisclosure.gateway.client.Services;

/**
 * Composes the nine parts of a disclosure, in the document's order, from the services that own
 * them. Each part's content is the owning service's JSON, passed through as a tree (never
 * re-typed, so no figure changes its digits). Composed disclosures are cached as bytes for
 * {@code gateway.cache.max-age}, one computation per key however many readers arrive at once.
 */
@ApplicationScoped
public class DisclosureComposer {

    static final String CACHE = "disclosures";

    private static final List<String> REVISION_FIELDS = List.of("departmentId", "fiscalYear", "revision", "revisedAt");
    private static final List<String> DEPARTMENT_IDENTITY = List.of("id", "divisionCode", "code", "revision", "revisedAt");

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
        CompletableFuture<Fetched> department = executor.supplyAsync(() -> services.department(departmentId));
        CompletableFuture<Fetched> budget = executor.supplyAsync(() -> services.budget(departmentId, year));
        CompletableFuture<Fetched> performance = executor.supplyAsync(() -> services.performance(departmentId, year));
        CompletableFuture<Fetched> procurement = executor.supplyAsync(() -> services.procurement(departmentId, year));
        CompletableFuture<Fetched> assets = executor.supplyAsync(() -> services.assets(departmentId, year));

        Fetched dept = department.join();
        Fetched budgetParts = budget.join();
        List<Part> parts = List.of(
                Part.of(1, "organization", "部门职责及机构设置", dept, body -> without(body, DEPARTMENT_IDENTITY)),
                Part.of(2, "summary", "部门预算安排的总体情况", budgetParts, body -> body.get("summary")),
                Part.of(3, "operatingExpenses", "机关运行经费", budgetParts, body -> body.get("operatingExpenses")),
                Part.of(4, "threePublicExpenses", "“三公”经费", budgetParts, body -> body.get("threePublicExpenses")),
                Part.of(5, "performance", "预算绩效信息", performance.join(), body -> without(body, REVISION_FIELDS)),
                Part.of(6, "procurement", "政府采购预算", procurement.join(), body -> without(body, REVISION_FIELDS)),
                Part.of(7, "assets", "国有资产", assets.join(), body -> without(body, REVISION_FIELDS)),
                Part.of(8, "glossary", "名词解释", budgetParts, body -> body.get("glossary")),
                Part.of(9, "otherNotes", "其他需说明的事项", budgetParts, body -> body.get("otherNotes")));

        ObjectNode root = objectMapper.createObjectNode();
        root.put("departmentId", departmentId);
        root.put("fiscalYear", year);
        String name = dept.status() == Fetched.Status.AVAILABLE ? dept.body().path("name").asText(null) : null;
        root.put("departmentName", name);
        root.put("title", name == null ? null : name + year + "年部门预算信息公开");
        boolean complete = parts.stream().allMatch(p -> p.fetched().status() == Fetched.Status.AVAILABLE);
        root.put("complete", complete);
        ArrayNode missing = root.putArray("absentParts");
        ArrayNode unavailable = root.putArray("unavailableParts");
        ArrayNode array = root.putArray("parts");
        for (Part part : parts) {
            array.add(part.toJson(objectMapper));
            if (part.fetched().status() == Fetched.Status.ABSENT) {
                missing.add(part.number());
            } else if (part.fetched().status() == Fetched.Status.UNAVAILABLE) {
                unavailable.add(part.number());
            }
        }
        boolean found = parts.stream().anyMatch(p -> p.fetched().status() != Fetched.Status.ABSENT);
        byte[] json = json(root);
        return new ComposedDisclosure(json, Representations.etagOf(json), found, complete);
    }

    private byte[] json(JsonNode node) {
        try {
            return objectMapper.writeValueAsBytes(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a disclosure could not be serialised", e);
        }
    }

    private static JsonNode without(JsonNode body, List<String> fields) {
        ObjectNode copy = ((ObjectNode) body).deepCopy();
        copy.remove(fields);
        return copy;
    }

    /** One of the nine parts: where it comes from, whether it could be had, and its content. */
    record Part(int number, String key, String title, Fetched fetched, Function<JsonNode, JsonNode> content) {

        static Part of(int number, String key, String title, Fetched fetched, Function<JsonNode, JsonNode> content) {
            return new Part(number, key, title, fetched, content);
        }

        ObjectNode toJson(ObjectMapper mapper) {
            ObjectNode node = mapper.createObjectNode();
            node.put("part", number);
            node.put("key", key);
            node.put("title", title);
            node.put("service", fetched.service());
            node.put("status", fetched.status().name().toLowerCase());
            if (fetched.status() == Fetched.Status.AVAILABLE) {
                JsonNode body = fetched.body();
                node.set("revision", body.get("revision"));
                node.set("revisedAt", body.get("revisedAt"));
                node.set("content", content.apply(body));
            } else if (fetched.status() == Fetched.Status.UNAVAILABLE) {
                node.put("reason", fetched.reason());
            }
            return node;
        }
    }
}
