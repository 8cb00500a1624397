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
import org.opendisclosure.gateway.client.ServiceChecks;
import org.opendisclosure.gateway.client.ServiceChecks.Checked;

/**
 * Checks a whole disclosure: each service checks its own parts (the rules inside one part live
 * with the data), the gateway checks the rules that read parts of different services. Works on a
 * stored disclosure (the services check what they hold) and on a document not stored yet (an
 * import's dry run: the services check the parts sent to them).
 */
@ApplicationScoped
public class DisclosureChecks {

    /** The parts whose findings each service gives. */
    private static final Map<Checked, List<String>> PARTS = Map.of(
            Checked.BUDGET, List.of("summary", "operatingExpenses", "threePublicExpenses"),
            Checked.PERFORMANCE, List.of("performance"),
            Checked.PROCUREMENT, List.of("procurement"),
            Checked.ASSETS, List.of("assets"));
    private static final List<String> ORDER = List.of("organization", "summary", "operatingExpenses", "threePublicExpenses",
            "performance", "procurement", "assets", "glossary", "otherNotes");
    private static final TypeReference<List<Finding>> FINDINGS = new TypeReference<>() {
    };
    private static final TypeReference<List<Rule>> RULES = new TypeReference<>() {
    };

    private final ServiceChecks checks;
    private final DisclosureComposer composer;
    private final ManagedExecutor executor;
    private final ObjectMapper objectMapper;

    public DisclosureChecks(ServiceChecks checks, DisclosureComposer composer, ManagedExecutor executor, ObjectMapper objectMapper) {
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
        try {
            for (JsonNode part : objectMapper.readTree(composed.json()).path("parts")) {
                if ("available".equals(part.path("status").asText())) {
                    parts.put(part.path("key").asText(), part.get("content"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a composed disclosure could not be read back", e);
        }
        return report(departmentId, year, tolerance, parts,
                askEach(checked -> checks.findings(checked, departmentId, year, tolerance)));
    }

    /** The findings of a whole disclosure that is not stored (keyed as a PUT of the disclosure takes it). */
    public DisclosureFindings document(String departmentId, int year, BigDecimal tolerance, ObjectNode disclosure) {
        Map<String, JsonNode> parts = new HashMap<>();
        disclosure.fields().forEachRemaining(field -> parts.put(field.getKey(), field.getValue()));
        Map<Checked, JsonNode> documents = Map.of(
                Checked.BUDGET, ServiceDocument.BUDGET.of(disclosure),
                Checked.PERFORMANCE, ServiceDocument.PERFORMANCE.of(disclosure),
                Checked.PROCUREMENT, ServiceDocument.PROCUREMENT.of(disclosure),
                Checked.ASSETS, ServiceDocument.ASSETS.of(disclosure));
        return report(departmentId, year, tolerance, parts,
                askEach(checked -> checks.check(checked, departmentId, year, tolerance, documents.get(checked))));
    }

    /** The rules of the whole suite: each service's, then those across parts; and the services that could not say theirs. */
    public record Catalogue(List<Rule> rules, List<DisclosureFindings.Unchecked> unavailable) {
    }

    public Catalogue catalogue() {
        Map<Checked, CompletableFuture<Fetched>> pending = askEach(checks::rules);
        List<Rule> rules = new ArrayList<>();
        List<DisclosureFindings.Unchecked> unavailable = new ArrayList<>();
        pending.forEach((checked, answer) -> {
            Fetched fetched = answer.join();
            if (fetched.status() == Fetched.Status.AVAILABLE) {
                rules.addAll(objectMapper.convertValue(fetched.body().path("rules"), RULES));
            } else {
                unavailable.add(new DisclosureFindings.Unchecked(PARTS.get(checked), checked.service(),
                        fetched.reason() == null ? checked.service() + " has no rule catalogue" : fetched.reason()));
            }
        });
        rules.addAll(CrossPartRules.CATALOGUE);
        return new Catalogue(rules, unavailable);
    }

    /** Asks every checking service at once; each answer is the service's, or unavailable with why. */
    private Map<Checked, CompletableFuture<Fetched>> askEach(Function<Checked, Fetched> ask) {
        Map<Checked, CompletableFuture<Fetched>> pending = new EnumMap<>(Checked.class);
        for (Checked checked : Checked.values()) {
            pending.put(checked, executor.supplyAsync(() -> checks.orUnavailable(checked, () -> ask.apply(checked))));
        }
        return pending;
    }

    private DisclosureFindings report(String departmentId, int year, BigDecimal tolerance, Map<String, JsonNode> parts,
                                      Map<Checked, CompletableFuture<Fetched>> pending) {
        List<Finding> all = new ArrayList<>();
        List<DisclosureFindings.Unchecked> unchecked = new ArrayList<>();
        pending.forEach((checked, answer) -> {
            Fetched fetched = answer.join();
            switch (fetched.status()) {
                case AVAILABLE -> all.addAll(objectMapper.convertValue(fetched.body().path("findings"), FINDINGS));
                // Not published: no rule of those parts applies.
                case ABSENT -> { }
                case UNAVAILABLE -> {
                    unchecked.add(new DisclosureFindings.Unchecked(PARTS.get(checked), checked.service(), fetched.reason()));
                    PARTS.get(checked).forEach(parts::remove);
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
