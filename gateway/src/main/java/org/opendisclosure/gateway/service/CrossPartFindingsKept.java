package org.opendisclosure.gateway.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import org.opendisclosure.common.consistency.Finding;
import org.opendisclosure.gateway.client.Fetched;
import org.opendisclosure.gateway.client.RequestIds;
import org.opendisclosure.gateway.client.Services;
import org.opendisclosure.gateway.client.WriteCaller;
import org.opendisclosure.gateway.parts.Downstream;
import org.opendisclosure.gateway.parts.Part.Document;

/**
 * The findings across parts kept with the data: the gateway has no database, so budget-service
 * keeps them ({@link Services#CROSS_PART_KEEPER}), computed here after every write the gateway
 * carries out, from the parts as just stored. Each is kept with its fingerprint: the version of
 * the rules and the revision of each of the department's parts in every service, read before the
 * parts are, so that findings kept from parts changed since (or under other rules) never match
 * the fingerprint the year's counts give, and are computed again rather than counted.
 */
@ApplicationScoped
public class CrossPartFindingsKept {

    private static final Logger LOG = Logger.getLogger(CrossPartFindingsKept.class);

    private final Services services;
    private final DisclosureChecks checks;
    private final ManagedExecutor executor;
    private final ObjectMapper objectMapper;
    private final String rulesVersion;

    public CrossPartFindingsKept(Services services, DisclosureChecks checks, ManagedExecutor executor, ObjectMapper objectMapper) {
        this.services = services;
        this.checks = checks;
        this.executor = executor;
        this.objectMapper = objectMapper;
        this.rulesVersion = hash(CrossPartRules.CATALOGUE);
    }

    /**
     * What findings across parts computed now would be computed from: the rules' version and, for
     * each service, the revisions its kept counts name ({@code revisions} of a counts item; absent
     * when the department has no part there).
     */
    public String fingerprint(Map<Downstream, String> revisions) {
        StringBuilder fingerprint = new StringBuilder(rulesVersion);
        for (Downstream downstream : Downstream.withParts()) {
            fingerprint.append(' ').append(downstream.key()).append('[').append(revisions.getOrDefault(downstream, "")).append(']');
        }
        return fingerprint.toString();
    }

    /**
     * After a write of the department-year: computes its findings across parts from what is stored
     * now and keeps them. Never throws: findings not kept are computed when the year's counts are
     * asked for, so a failure here costs time, not correctness.
     */
    public void keepAfterWrite(String departmentId, int year, WriteCaller caller) {
        keepAfterWrite(departmentId, year, null, caller);
    }

    /**
     * The same after a whole write that stored every part: when the services' kept revisions are
     * still the ones the write stored, the disclosure stored is the one written, and its findings
     * are computed from it rather than from the parts read back.
     *
     * @param written the disclosure written (keyed as a PUT of it), with the revision stored of each document
     */
    public void keepAfterWrite(String departmentId, int year, WrittenDisclosure written, WriteCaller caller) {
        try {
            Map<Downstream, CompletableFuture<Fetched>> asked = new EnumMap<>(Downstream.class);
            for (Downstream downstream : Downstream.withParts()) {
                asked.put(downstream, executor.supplyAsync(RequestIds.carried(() -> services.keptCounts(downstream, departmentId, year))));
            }
            Map<Downstream, String> revisions = new EnumMap<>(Downstream.class);
            for (Map.Entry<Downstream, CompletableFuture<Fetched>> answer : asked.entrySet()) {
                Fetched fetched = answer.getValue().join();
                if (fetched.status() != Fetched.Status.AVAILABLE) {
                    LOG.infof("Findings across parts of %s for %d not kept: %s", departmentId, year, fetched.reason());
                    return;
                }
                JsonNode item = fetched.body().path("items").path(0);
                if (item.isObject()) {
                    revisions.put(answer.getKey(), item.path("revisions").asText());
                }
            }
            String fingerprint = fingerprint(revisions);
            List<Finding> findings;
            if (written != null && written.isStillStored(revisions)) {
                findings = checks.acrossParts(written.disclosure());
            } else {
                DisclosureChecks.AcrossParts across = checks.acrossParts(departmentId, year);
                if (across == null || !across.complete()) {
                    return;
                }
                findings = across.findings();
            }
            ObjectNode body = objectMapper.createObjectNode().put("fingerprint", fingerprint);
            body.set("findings", objectMapper.valueToTree(findings));
            OptionalInt status = services.keepCrossPartFindings(departmentId, year, body, caller);
            if (status.isPresent() && status.getAsInt() != 200) {
                LOG.warnf("Findings across parts of %s for %d not kept: %s answered %d", departmentId, year,
                        Services.CROSS_PART_KEEPER.service(), status.getAsInt());
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "Findings across parts of %s for %d not kept", departmentId, year);
        }
    }

    /** A whole disclosure as a write stored it: every document, with the revision its service answered. */
    public record WrittenDisclosure(ObjectNode disclosure, Map<Document, Integer> revisions) {

        /**
         * Whether each service's kept revisions (its parts' {@code part:revision}, as its counts give them) are
         * the ones this write stored. Revisions only grow, so each kept one is at least the one written, and the
         * same numbers for a service can only be the same revisions: no write came between.
         */
        boolean isStillStored(Map<Downstream, String> kept) {
            if (revisions.size() != Document.values().length || revisions.containsValue(null)) {
                return false;
            }
            for (Downstream downstream : Downstream.withParts()) {
                List<Integer> stored = revisions.entrySet().stream().filter(e -> e.getKey().downstream() == downstream)
                        .map(Map.Entry::getValue).sorted().toList();
                List<Integer> found = new ArrayList<>();
                for (String part : kept.getOrDefault(downstream, "").split(" ")) {
                    int colon = part.lastIndexOf(':');
                    if (colon < 0) {
                        continue;
                    }
                    try {
                        found.add(Integer.parseInt(part.substring(colon + 1)));
                    } catch (NumberFormatException e) {
                        return false;
                    }
                }
                if (!stored.equals(found.stream().sorted().toList())) {
                    return false;
                }
            }
            return true;
        }
    }

    private String hash(Object value) {
        try {
            byte[] json = objectMapper.writeValueAsString(value).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json)).substring(0, 16);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("the rules across parts could not be hashed", e);
        }
    }
}
