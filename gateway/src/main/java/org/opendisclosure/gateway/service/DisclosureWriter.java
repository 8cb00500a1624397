package org.opendisclosure.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import org.opendisclosure.common.problem.Problem;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.common.problem.ProblemType;
import org.opendisclosure.gateway.client.PutAnswer;
import org.opendisclosure.gateway.client.RequestIds;
import org.opendisclosure.gateway.client.Services;
import org.opendisclosure.gateway.client.WriteCaller;
import org.opendisclosure.gateway.parts.Part;
import org.opendisclosure.gateway.parts.Part.Document;

/**
 * Stores a whole disclosure in the services that own its parts. Nothing is written unless every
 * service has validated its document first (a dry run), so a bad part never leaves the others
 * half-stored. A write cannot span the services' databases, so a service failing during the
 * writes leaves the parts stored before it; the report says which, and since the services add
 * no revision for a document equal to the current one, sending the same disclosure again only
 * stores what is missing.
 */
@ApplicationScoped
public class DisclosureWriter {

    /** The keys of a disclosure, as in the parts of a composed one, in the document's order. */
    static final List<String> KEYS = Part.keys();

    // What a service answers when the document itself is at fault; any other refusal is not the client's to fix.
    private static final Set<Integer> DOCUMENT_REFUSALS = Set.of(400, 413, 415, 422);

    private static final Logger LOG = Logger.getLogger(DisclosureWriter.class);

    private final Services services;
    private final DisclosureCache cache;
    private final ManagedExecutor executor;
    private final CrossPartFindingsKept crossParts;

    public DisclosureWriter(Services services, DisclosureCache cache, ManagedExecutor executor, CrossPartFindingsKept crossParts) {
        this.services = services;
        this.cache = cache;
        this.executor = executor;
        this.crossParts = crossParts;
    }

    /** Either the report of the writes, or the documents no service could validate (nothing written). */
    public sealed interface Outcome permits Written, NotValidated {
    }

    public record Written(WriteReport report) implements Outcome {
    }

    public record NotValidated(List<WriteReport.Unvalidated> documents) implements Outcome {
    }

    /**
     * @throws ProblemException (400) when the body lacks a key or has one too many, or when a service
     *                          finds its document invalid: every field of every part at once
     * @param caller           who writes, as every service is told
     */
    public Outcome write(String departmentId, int year, JsonNode body, WriteCaller caller) {
        return write(departmentId, year, body, caller, null);
    }

    /**
     * A write on condition: once this write holds the department-year (no other whole write can
     * start until it completes), {@code precondition} checks the disclosure is still the one the
     * client read and gives the ETag of each of its documents, which their services check again
     * as they store the new ones.
     *
     * @param precondition given this write's id (whose own record it must look past), throws the
     *                     client's 412 when the disclosure changed; null: unconditional
     * @throws ProblemException (412) as the precondition does, or when another whole write is under way
     */
    public Outcome write(String departmentId, int year, JsonNode body, WriteCaller caller,
                         Function<UUID, Map<Document, String>> precondition) {
        return write(departmentId, year, documents(body), caller, precondition);
    }

    /**
     * A write of some of the documents only, the same way as a whole one: {@code which}, cut from
     * {@code body}, which needs to have their parts only (an import of the parts read from a
     * document whose other parts could not be read). Without part 一's document the others that
     * need the department are written to a department their service must know already.
     *
     * @throws ProblemException (400) when a service finds its document invalid, as {@link #write} does
     */
    public Outcome writeSome(String departmentId, int year, ObjectNode body, Set<Document> which, WriteCaller caller) {
        return write(departmentId, year, documents(body, which), caller, null);
    }

    /** Has the services of {@code which} validate their documents, as {@link #writeSome} would, storing nothing. */
    public List<WriteReport.Unvalidated> validateSome(String departmentId, int year, ObjectNode body, Set<Document> which,
                                                      WriteCaller caller) {
        return dryRun(departmentId, year, documents(body, which), caller);
    }

    private Outcome write(String departmentId, int year, Map<Document, JsonNode> documents, WriteCaller caller,
                          Function<UUID, Map<Document, String>> precondition) {
        List<WriteReport.Unvalidated> unvalidated = dryRun(departmentId, year, documents, caller);
        if (!unvalidated.isEmpty()) {
            return new NotValidated(unvalidated);
        }

        UUID writeId = UUID.randomUUID();
        begin(departmentId, year, writeId, documents.keySet(), caller, precondition != null);
        if (precondition != null) {
            try {
                caller = caller.onCondition(precondition.apply(writeId));
            } catch (RuntimeException e) {
                // Nothing was written: the record may say so at once rather than block the next write for its lease.
                finish(departmentId, year, writeId, caller);
                throw e;
            }
        }
        Map<Document, WriteReport.Part> parts = new EnumMap<>(Document.class);
        boolean completed = false;
        try {
            Document first = Part.ORGANIZATION.document();
            PutAnswer department = null;
            if (documents.containsKey(first)) {
                department = put(first, departmentId, year, documents.get(first), false, caller);
                parts.put(first, report(first, departmentId, year, department));
            }
            List<Document> independent = new ArrayList<>();
            List<Document> dependent = new ArrayList<>();
            for (Document document : documents.keySet()) {
                if (document.needsDepartment()) {
                    dependent.add(document);
                } else if (document != first) {
                    independent.add(document);
                }
            }
            List<Document> written = new ArrayList<>(independent);
            if (department == null || department.stored()) {
                written.addAll(dependent);
            } else {
                for (Document document : dependent) {
                    parts.put(document, failed(document, departmentId, year,
                            "not written: it is written after " + Part.ORGANIZATION.key() + ", which was not stored"));
                }
            }
            // Once the department is stored, its services store their documents side by side; those that do not
            // depend on the department are stored whatever became of it.
            all(departmentId, year, documents, written, false, caller)
                    .forEach((document, answer) -> parts.put(document, report(document, departmentId, year, answer)));
            completed = WriteReport.allStored(parts.values()) && finish(departmentId, year, writeId, caller);
        } finally {
            forgetComposed(departmentId, year);
        }
        // Before the answer, so that the year's findings are right as soon as the client knows the write is done.
        crossParts.keepAfterWrite(departmentId, year, whole(documents, parts), caller);
        return new Written(new WriteReport(departmentId, year, "/api/v1/disclosures/" + departmentId + "/" + year,
                List.copyOf(parts.values()), completed));
    }

    /** The disclosure as stored, when the write stored every document of it; null otherwise. */
    private static CrossPartFindingsKept.WrittenDisclosure whole(Map<Document, JsonNode> documents,
                                                                 Map<Document, WriteReport.Part> parts) {
        if (documents.size() != Document.values().length || !WriteReport.allStored(parts.values())) {
            return null;
        }
        ObjectNode disclosure = JsonNodeFactory.instance.objectNode();
        Map<Document, Integer> revisions = new EnumMap<>(Document.class);
        for (Part part : Part.values()) {
            JsonNode document = documents.get(part.document());
            disclosure.set(part.key(), part.document().whole() ? document : document.get(part.key()));
        }
        parts.forEach((document, report) -> revisions.put(document, report.revision()));
        return new CrossPartFindingsKept.WrittenDisclosure(disclosure, revisions);
    }

    /**
     * Records that the write starts, before any part is stored: should it stop half way, the
     * disclosure says so on read. Not recorded, not written.
     */
    private void begin(String departmentId, int year, UUID writeId, Set<Document> documents, WriteCaller caller,
                       boolean exclusive) {
        ObjectNode change = JsonNodeFactory.instance.objectNode().put("writeId", writeId.toString()).put("state", "started")
                .put("exclusive", exclusive);
        // The keys this write stores: all of them but in a write of some documents only.
        ArrayNode keys = change.putArray("parts");
        for (Part part : Part.values()) {
            if (documents.contains(part.document())) {
                keys.add(part.key());
            }
        }
        OptionalInt status = services.recordDisclosureWrite(departmentId, year, change, caller);
        if (status.isPresent() && status.getAsInt() == 200) {
            return;
        }
        if (exclusive && status.isPresent() && status.getAsInt() == 409) {
            String message = "another write of this disclosure is under way, so it cannot be the one read; read it again once "
                    + "that write is done and reapply the change";
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "If-Match: " + message + "; nothing was written",
                    List.of(new Problem.FieldError(HttpHeaders.IF_MATCH, message)));
        }
        String service = Part.ORGANIZATION.document().downstream().service();
        ProblemType type = status.isEmpty() ? ProblemType.SERVICE_UNAVAILABLE : switch (status.getAsInt()) {
            case 401 -> ProblemType.UNAUTHORIZED;
            case 403 -> ProblemType.FORBIDDEN;
            default -> ProblemType.SERVICE_UNAVAILABLE;
        };
        throw new ProblemException(type, "The write could not be recorded as started by " + service
                + (status.isEmpty() ? " (unavailable)" : " (HTTP " + status.getAsInt() + ")") + "; nothing was written", null);
    }

    /** Whether the write is now recorded as completed (or was overtaken by a later one, whose record it is now). */
    private boolean finish(String departmentId, int year, UUID writeId, WriteCaller caller) {
        ObjectNode change = JsonNodeFactory.instance.objectNode().put("writeId", writeId.toString()).put("state", "completed");
        OptionalInt status = services.recordDisclosureWrite(departmentId, year, change, caller);
        return status.isPresent() && (status.getAsInt() == 200 || status.getAsInt() == 409);
    }

    /**
     * Has every service validate its document without storing anything.
     *
     * @return the documents no service could validate (empty: all valid)
     * @throws ProblemException (400) as {@link #write} does
     */
    public List<WriteReport.Unvalidated> validate(String departmentId, int year, JsonNode body, WriteCaller caller) {
        return dryRun(departmentId, year, documents(body), caller);
    }

    private static Map<Document, JsonNode> documents(JsonNode body) {
        return documents(requireKeys(body), EnumSet.allOf(Document.class));
    }

    private static Map<Document, JsonNode> documents(ObjectNode disclosure, Set<Document> which) {
        Figures.requireWritable(disclosure);
        Map<Document, JsonNode> documents = new EnumMap<>(Document.class);
        for (Document document : which) {
            documents.put(document, document.of(disclosure));
        }
        return documents;
    }

    private List<WriteReport.Unvalidated> dryRun(String departmentId, int year, Map<Document, JsonNode> documents,
                                                 WriteCaller caller) {
        Map<Document, PutAnswer> dryRuns = all(departmentId, year, documents, List.copyOf(documents.keySet()), true, caller);
        List<Problem.FieldError> errors = new ArrayList<>();
        List<WriteReport.Unvalidated> unvalidated = new ArrayList<>();
        PutAnswer department = dryRuns.get(Part.ORGANIZATION.document());
        for (Document document : documents.keySet()) {
            PutAnswer answer = dryRuns.get(document);
            String service = document.downstream().service();
            if (!answer.answered()) {
                unvalidated.add(new WriteReport.Unvalidated(document.keys(), service, answer.failure()));
            } else if (DOCUMENT_REFUSALS.contains(answer.status())) {
                errors.addAll(fieldErrors(document, answer));
            } else if (!answer.stored() && !awaitsItsDepartment(document, answer, department)) {
                unvalidated.add(new WriteReport.Unvalidated(document.keys(), service,
                        service + " answered HTTP " + answer.status() + ": " + answer.detail()));
            }
        }
        if (!errors.isEmpty()) {
            throw invalid(errors, unvalidated);
        }
        return unvalidated;
    }

    /**
     * A dry run cannot find a department that is only being created (or was refused) in the same
     * disclosure. Its service validates the document before it looks the department up, so that
     * 404 means the document itself is valid.
     */
    private static boolean awaitsItsDepartment(Document document, PutAnswer answer, PutAnswer department) {
        return document.needsDepartment() && answer.status() == 404 && department != null && department.answered()
                && (!department.stored() || department.created());
    }

    /** The body as a disclosure: an object with exactly the parts' keys, none of them null. */
    static ObjectNode requireKeys(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new ProblemException(ProblemType.INVALID_INPUT, "The body must be a JSON object with the parts "
                    + String.join(", ", KEYS), List.of(new Problem.FieldError("body", "must be a JSON object with the parts")));
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        for (String key : KEYS) {
            if (body.path(key).isMissingNode() || body.path(key).isNull()) {
                errors.add(new Problem.FieldError(key, "required: every part of the disclosure is written at once"));
            }
        }
        Set<String> unknown = new LinkedHashSet<>();
        body.fieldNames().forEachRemaining(name -> {
            if (!KEYS.contains(name)) {
                unknown.add(name);
            }
        });
        unknown.forEach(name -> errors.add(new Problem.FieldError(name, "unknown part; known parts: " + String.join(", ", KEYS))));
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.INVALID_INPUT, detail(errors) + "; nothing was written", errors);
        }
        return (ObjectNode) body;
    }

    private Map<Document, PutAnswer> all(String departmentId, int year, Map<Document, JsonNode> documents,
                                         List<Document> which, boolean dryRun, WriteCaller caller) {
        Map<Document, CompletableFuture<PutAnswer>> pending = new EnumMap<>(Document.class);
        for (Document document : which) {
            pending.put(document, executor.supplyAsync(RequestIds.carried(
                    () -> put(document, departmentId, year, documents.get(document), dryRun, caller))));
        }
        Map<Document, PutAnswer> answers = new EnumMap<>(Document.class);
        pending.forEach((document, answer) -> answers.put(document, answer.join()));
        return answers;
    }

    private PutAnswer put(Document document, String departmentId, int year, JsonNode body, boolean dryRun, WriteCaller caller) {
        return services.write(document, departmentId, year, body, dryRun, caller);
    }

    private static List<Problem.FieldError> fieldErrors(Document document, PutAnswer answer) {
        List<Problem.FieldError> errors = new ArrayList<>();
        JsonNode given = answer.body() == null ? null : answer.body().get("errors");
        if (given != null && given.isArray()) {
            for (JsonNode error : given) {
                errors.add(new Problem.FieldError(document.field(error.path("field").asText(null)),
                        error.path("message").asText(answer.detail())));
            }
        }
        if (errors.isEmpty()) {
            errors.add(new Problem.FieldError(document.field(null), answer.detail()));
        }
        return errors;
    }

    private static ProblemException invalid(List<Problem.FieldError> errors, List<WriteReport.Unvalidated> unvalidated) {
        StringBuilder detail = new StringBuilder(detail(errors)).append("; nothing was written");
        if (!unvalidated.isEmpty()) {
            detail.append(". Not validated yet: ");
            detail.append(String.join(", ", unvalidated.stream().map(u -> String.join(", ", u.keys()) + " (" + u.reason() + ")").toList()));
        }
        return new ProblemException(ProblemType.INVALID_INPUT, detail.toString(), errors);
    }

    private static String detail(List<Problem.FieldError> errors) {
        return errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid; see errors";
    }

    private static WriteReport.Part report(Document document, String departmentId, int year, PutAnswer answer) {
        if (!answer.answered()) {
            return failed(document, departmentId, year, answer.failure());
        }
        if (!answer.stored()) {
            return failed(document, departmentId, year,
                    document.downstream().service() + " refused it (HTTP " + answer.status() + "): " + answer.detail());
        }
        String status = answer.created() ? WriteReport.CREATED
                : answer.revisionCreated() ? WriteReport.REVISED : WriteReport.UNCHANGED;
        Integer revisionNumber = answer.revision();
        LOG.infof("Written: %s of department %s for %d to %s: %s, revision %s", String.join(", ", document.keys()),
                departmentId, year, document.downstream().service(), status, revisionNumber);
        return new WriteReport.Part(document.keys(), document.downstream().service(), document.path(departmentId, year), status,
                revisionNumber, null);
    }

    private static WriteReport.Part failed(Document document, String departmentId, int year, String reason) {
        LOG.infof("Not written: %s of department %s for %d to %s: %s", String.join(", ", document.keys()), departmentId, year,
                document.downstream().service(), reason);
        return new WriteReport.Part(document.keys(), document.downstream().service(), document.path(departmentId, year),
                WriteReport.FAILED, null, reason);
    }

    private void forgetComposed(String departmentId, int year) {
        try {
            cache.forget(departmentId, year).await().indefinitely();
        } catch (RuntimeException e) {
            LOG.warnf(e, "Could not forget the cached disclosure of %s for %d", departmentId, year);
        }
    }
}
