package org.opendisclosure.gateway.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.opendisclosure.common.consistency.Finding;
import org.opendisclosure.common.consistency.FindingsReport;
import org.opendisclosure.common.consistency.Findings;
import org.opendisclosure.common.consistency.Rule;
import org.opendisclosure.gateway.client.Fetched;
import org.opendisclosure.gateway.client.RequestIds;
import org.opendisclosure.gateway.client.Services;
import org.opendisclosure.gateway.parts.Downstream;
import org.opendisclosure.gateway.parts.Part;
import org.opendisclosure.gateway.parts.Part.Document;

/**
 * Checks a whole disclosure: each service checks its own parts (the rules inside one part live
 * with the data), the gateway checks the rules that read parts of different services. Works on a
 * stored disclosure (the services check what they hold) and on a document not stored yet (an
 * import's dry run: the services check the parts sent to them).
 */
@ApplicationScoped
public class DisclosureChecks {

    private static final List<String> ORDER = Part.keys();
    private static final TypeReference<List<Finding>> FINDINGS = new TypeReference<>() {
    };
    private static final TypeReference<List<Rule>> RULES = new TypeReference<>() {
    };

    private final Services checks;
    private final DisclosureComposer composer;
    private final ManagedExecutor executor;
    private final ObjectMapper objectMapper;

    public DisclosureChecks(Services checks, DisclosureComposer composer, ManagedExecutor executor, ObjectMapper objectMapper) {
        this.checks = checks;
        this.composer = composer;
        this.executor = executor;
        this.objectMapper = objectMapper;
    }

    /** The findings of a stored disclosure, or null when nothing is published for it. */
    public DisclosureFindings stored(String departmentId, int year, BigDecimal tolerance) {
        ComposedDisclosure composed = composer.compose(departmentId, year);
        if (!composed.found()) {
            return null;
        }
        Map<String, JsonNode> parts = new HashMap<>();
        availableParts(composed, parts);
        return report(departmentId, year, tolerance, parts,
                askEach(document -> checks.findings(document, departmentId, year, tolerance)));
    }

    /** The findings of the rules across parts of a stored disclosure; complete when no service failed to give its parts. */
    public record AcrossParts(List<Finding> findings, boolean complete) {
    }

    /**
     * The findings of the rules across parts on the disclosure as its services hold it now (not a
     * cached copy), at tolerance 0; null when nothing is published for it.
     */
    public AcrossParts acrossParts(String departmentId, int year) {
        ComposedDisclosure composed = composer.composeFresh(departmentId, year);
        if (!composed.found()) {
            return null;
        }
        Map<String, JsonNode> parts = new HashMap<>();
        boolean complete = availableParts(composed, parts);
        Findings across = new Findings(BigDecimal.ZERO);
        CrossPartRules.check(parts, across);
        return new AcrossParts(across.list(), complete);
    }

    /** The findings of the rules across parts on a whole disclosure not read from the services (keyed as a PUT of it), at tolerance 0. */
    public List<Finding> acrossParts(ObjectNode disclosure) {
        Map<String, JsonNode> parts = partsOf(disclosure);
        Findings across = new Findings(BigDecimal.ZERO);
        CrossPartRules.check(parts, across);
        return across.list();
    }

    private static Map<String, JsonNode> partsOf(ObjectNode disclosure) {
        Map<String, JsonNode> parts = new HashMap<>();
        disclosure.fields().forEachRemaining(field -> parts.put(field.getKey(), field.getValue()));
        return parts;
    }

    /** Puts the content of each available part in {@code parts}, by key; whether no part was unavailable. */
    private boolean availableParts(ComposedDisclosure composed, Map<String, JsonNode> parts) {
        boolean complete = true;
        try {
            for (JsonNode part : objectMapper.readTree(composed.json()).path("parts")) {
                String status = part.path("status").asText();
                if ("available".equals(status)) {
                    parts.put(part.path("key").asText(), part.get("content"));
                } else if ("unavailable".equals(status)) {
                    complete = false;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a composed disclosure could not be read back", e);
        }
        return complete;
    }

    /** The findings of a whole disclosure that is not stored (keyed as a PUT of the disclosure takes it). */
    public DisclosureFindings document(String departmentId, int year, BigDecimal tolerance, ObjectNode disclosure) {
        Map<String, JsonNode> parts = partsOf(disclosure);
        return report(departmentId, year, tolerance, parts,
                askEach(document -> checks.check(document, departmentId, year, tolerance, document.of(disclosure))));
    }

    /** The rules of the whole suite: each service's, then those across parts; and the services that could not say theirs. */
    public record Catalogue(List<Rule> rules, List<DisclosureFindings.Unchecked> unavailable) {
    }

    public Catalogue catalogue() {
        Map<Downstream, CompletableFuture<Fetched>> pending = new EnumMap<>(Downstream.class);
        for (Downstream downstream : Downstream.values()) {
            if (!downstream.checkedParts().isEmpty()) {
                pending.put(downstream, executor.supplyAsync(RequestIds.carried(() -> checks.rules(downstream))));
            }
        }
        List<Rule> rules = new ArrayList<>();
        List<DisclosureFindings.Unchecked> unavailable = new ArrayList<>();
        pending.forEach((downstream, answer) -> {
            Fetched fetched = answer.join();
            if (fetched.status() == Fetched.Status.AVAILABLE) {
                rules.addAll(objectMapper.convertValue(fetched.body().path("rules"), RULES));
            } else {
                unavailable.add(new DisclosureFindings.Unchecked(keys(downstream.checkedParts()), downstream.service(),
                        fetched.reason() == null ? downstream.service() + " has no rule catalogue" : fetched.reason()));
            }
        });
        rules.addAll(CrossPartRules.CATALOGUE);
        return new Catalogue(rules, unavailable);
    }

    /** Asks about every checked document at once; each answer is its service's, or unavailable with why. */
    private Map<Document, CompletableFuture<Fetched>> askEach(Function<Document, Fetched> ask) {
        Map<Document, CompletableFuture<Fetched>> pending = new EnumMap<>(Document.class);
        for (Document document : Document.values()) {
            if (!document.checkedParts().isEmpty()) {
                pending.put(document, executor.supplyAsync(RequestIds.carried(() -> ask.apply(document))));
            }
        }
        return pending;
    }

    private static List<String> keys(List<Part> parts) {
        return parts.stream().map(Part::key).toList();
    }

    private DisclosureFindings report(String departmentId, int year, BigDecimal tolerance, Map<String, JsonNode> parts,
                                      Map<Document, CompletableFuture<Fetched>> pending) {
        List<Finding> all = new ArrayList<>();
        List<DisclosureFindings.Unchecked> unchecked = new ArrayList<>();
        pending.forEach((document, answer) -> {
            Fetched fetched = answer.join();
            List<String> checkedKeys = keys(document.checkedParts());
            switch (fetched.status()) {
                case AVAILABLE -> all.addAll(objectMapper.convertValue(fetched.body().path("findings"), FINDINGS));
                // Not published: no rule of those parts applies.
                case ABSENT -> { }
                case UNAVAILABLE -> {
                    unchecked.add(new DisclosureFindings.Unchecked(checkedKeys, fetched.service(), fetched.reason()));
                    checkedKeys.forEach(parts::remove);
                }
            }
        });
        Findings across = new Findings(tolerance);
        CrossPartRules.check(parts, across);
        all.addAll(across.list());
        // A stable sort: within a part, each service's own order (the document's) is kept.
        all.sort(Comparator.comparingInt(f -> ORDER.indexOf(f.location().part())));
        return new DisclosureFindings(departmentId, year, tolerance, unchecked.isEmpty(), unchecked,
                FindingsReport.Counts.of(all), all);
    }
}
