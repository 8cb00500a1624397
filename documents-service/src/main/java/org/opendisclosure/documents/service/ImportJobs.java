package org.opendisclosure.documents.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.opendisclosure.common.id.DepartmentId;
import org.opendisclosure.common.id.SourceDigest;
import org.opendisclosure.common.problem.Problem;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.common.problem.ProblemType;
import org.opendisclosure.common.web.Page;
import org.opendisclosure.common.web.PageRequest;
import org.opendisclosure.documents.model.ImportJob;
import org.opendisclosure.documents.model.ImportJobDocument;
import org.opendisclosure.documents.model.ImportJobRequest;
import org.opendisclosure.documents.repository.ImportJobDocumentEntity;
import org.opendisclosure.documents.repository.ImportJobEntity;
import org.opendisclosure.documents.repository.ImportJobRepository;
import org.opendisclosure.documents.repository.SourceRepository;

/**
 * Bulk imports: accepted whole (every document kept as a source, the job and its documents in one
 * transaction, so an accepted job survives any crash), then imported one document at a time by
 * {@link ImportJobRunner}.
 */
@ApplicationScoped
@Transactional
public class ImportJobs {

    private static final String DIVISION = "^\\d{6}(\\d{3}){0,2}$";

    private final ImportJobRepository jobs;
    private final SourceRepository sources;
    private final ObjectMapper objectMapper;

    public ImportJobs(ImportJobRepository jobs, SourceRepository sources, ObjectMapper objectMapper) {
        this.jobs = jobs;
        this.sources = sources;
        this.objectMapper = objectMapper;
    }

    /** Who submits a job: the token's subject, the Authorization header to import with, and when it expires. */
    public record Submitter(String subject, String authorization, OffsetDateTime tokenExpiresAt) {
    }

    /** A document of a job that failed as it was accepted (a file that is no document), with why. */
    public record Refused(String fileName, String detail) {
    }

    /** A document taken to be imported, with all it needs for that. */
    public record Task(ImportJobRepository.Claim claim, String fileName, String sourceSha256, String division, String department,
                       String divisionName, boolean dryRun, boolean partial, String authorization, OffsetDateTime tokenExpiresAt) {
    }

    /** What an import of a document answered, as it is kept. */
    public record Outcome(String state, Integer status, String departmentId, Integer fiscalYear, UUID importId, JsonNode problem,
                          JsonNode notStored) {
    }

    /**
     * Accepts a job of kept sources; {@code refused} are files that failed already (listed after the documents).
     *
     * @throws ProblemException (400) naming the first field that is wrong, e.g. {@code documents[3].source}
     */
    public ImportJob submit(ImportJobRequest request, List<Refused> refused, Submitter submitter) {
        return create(UUID.randomUUID(), request, refused, submitter);
    }

    /** A job accepted, and whether this request made it (false: the same job was sent under the id before). */
    public record Submitted(ImportJob job, boolean created) {
    }

    /**
     * Accepts a job under the id its sender chose, once: the same request again (a retry after a lost
     * answer) makes no second job; another request under the id is a conflict.
     *
     * @throws ProblemException (400) naming the field that is wrong; (409) for another job of the id
     */
    public Submitted submitAs(UUID id, ImportJobRequest request, Submitter submitter) {
        jobs.lock(id);
        ImportJobEntity existing = jobs.findById(id);
        if (existing != null) {
            boolean same = existing.requestHash.equals(StoredValues.hashOf(objectMapper, request));
            if (!same || !existing.submittedBy.equals(submitter.subject())) {
                throw ProblemException.conflict("Import job " + id + " was submitted already, with other documents or by "
                        + "another sender; a job is submitted once");
            }
            return new Submitted(view(existing), false);
        }
        return new Submitted(create(id, request, List.of(), submitter), true);
    }

    private ImportJob create(UUID id, ImportJobRequest request, List<Refused> refused, Submitter submitter) {
        validate(request);
        OffsetDateTime now = StoredValues.now();
        ImportJobEntity job = new ImportJobEntity();
        job.id = id;
        job.requestHash = StoredValues.hashOf(objectMapper, request);
        job.submittedAt = now;
        job.submittedBy = submitter.subject();
        job.bearerToken = submitter.authorization();
        job.tokenExpiresAt = submitter.tokenExpiresAt();
        job.dryRun = request.isDryRun();
        job.partial = request.isPartial();
        job.total = request.documents().size() + refused.size();
        jobs.persist(job);
        int position = 0;
        for (ImportJobRequest.Document document : request.documents()) {
            ImportJobDocumentEntity row = row(job, ++position, document.fileName(), now);
            row.sourceSha256 = document.source();
            boolean own = document.division() != null || document.department() != null;
            row.division = own ? document.division() : request.division();
            row.department = own ? document.department() : request.department();
            row.divisionName = document.divisionName() != null ? document.divisionName() : request.divisionName();
            row.state = ImportJobDocument.PENDING;
            jobs.persistDocument(row);
        }
        for (Refused file : refused) {
            ImportJobDocumentEntity row = row(job, ++position, file.fileName(), now);
            row.state = ImportJobDocument.FAILED;
            ProblemType type = ProblemType.UNSUPPORTED_MEDIA_TYPE;
            row.httpStatus = type.status();
            row.problem = json(objectMapper.valueToTree(new Problem(type.uri(), type.title(), type.status(), file.detail(), null, null)));
            row.finishedAt = now;
            jobs.persistDocument(row);
        }
        if (request.documents().isEmpty()) {
            job.finishedAt = now;
            job.bearerToken = null;
        }
        return view(job);
    }

    public ImportJob get(UUID id) {
        return view(find(id));
    }

    public Page<ImportJob> list(PageRequest page) {
        var query = jobs.newestFirst();
        List<ImportJob> items = query.page(io.quarkus.panache.common.Page.of(page.page() - 1, page.size())).list().stream()
                .map(this::view).toList();
        return Page.of(items, page, query.count());
    }

    /** A job's documents in their order, or those in one state. */
    public Page<ImportJobDocument> documents(UUID id, String state, PageRequest page) {
        ImportJobEntity job = find(id);
        Map<String, Long> counts = jobs.counts(job.id);
        long total = state == null ? job.total : counts.getOrDefault(state, 0L);
        List<ImportJobDocument> items = jobs.documents(job.id, state, page.offset(), page.size()).stream().map(this::view).toList();
        return Page.of(items, page, total);
    }

    /** The next document due, marked running for the lease; empty when none is due. */
    public Optional<Task> claim(Duration lease) {
        OffsetDateTime now = StoredValues.now();
        return jobs.claim(now, now.plus(lease)).map(claim -> {
            ImportJobDocumentEntity row = jobs.document(claim.jobId(), claim.position());
            ImportJobEntity job = jobs.findById(claim.jobId());
            return new Task(claim, row.fileName, row.sourceSha256, row.division, row.department, row.divisionName, job.dryRun,
                    job.partial, job.bearerToken, job.tokenExpiresAt);
        });
    }

    public byte[] sourceBytes(String sha256) {
        return sources.findById(sha256).content;
    }

    /** When the next document falls due, if any is left. */
    public Optional<OffsetDateTime> nextDue() {
        return jobs.nextDue();
    }

    /**
     * Keeps what the import of a claimed document answered. A claim that is no longer the document's
     * latest (its lease ran out and another importer took it) changes nothing. The job is finished,
     * and its token forgotten, with its last document.
     */
    public void complete(ImportJobRepository.Claim claim, Outcome outcome) {
        ImportJobEntity job = jobs.lockJob(claim.jobId());
        ImportJobDocumentEntity row = current(claim);
        if (row == null) {
            return;
        }
        OffsetDateTime now = StoredValues.now();
        row.state = outcome.state();
        row.httpStatus = outcome.status();
        row.departmentId = outcome.departmentId();
        row.fiscalYear = outcome.fiscalYear();
        row.importId = outcome.importId();
        row.problem = json(outcome.problem());
        row.notStored = json(outcome.notStored());
        row.finishedAt = now;
        row.notBefore = now;
        jobs.getEntityManager().flush();
        // Not a count: a job of thousands of documents would count them all once per document.
        if (!jobs.anyOpen(job.id)) {
            job.finishedAt = now;
            job.bearerToken = null;
        }
    }

    /** Puts a claimed document back, to be tried again after the delay (its last answer kept meanwhile). */
    public void retryLater(ImportJobRepository.Claim claim, Duration delay, Integer status, JsonNode problem) {
        jobs.lockJob(claim.jobId());
        ImportJobDocumentEntity row = current(claim);
        if (row == null) {
            return;
        }
        row.state = ImportJobDocument.PENDING;
        row.httpStatus = status;
        row.problem = json(problem);
        row.notBefore = StoredValues.now().plus(delay);
    }

    private ImportJobDocumentEntity current(ImportJobRepository.Claim claim) {
        ImportJobDocumentEntity row = jobs.document(claim.jobId(), claim.position());
        boolean stale = row == null || !ImportJobDocument.RUNNING.equals(row.state) || row.attempts != claim.attempt();
        return stale ? null : row;
    }

    private ImportJob view(ImportJobEntity job) {
        Map<String, Long> counts = jobs.counts(job.id);
        int pending = count(counts, ImportJobDocument.PENDING);
        int running = count(counts, ImportJobDocument.RUNNING);
        int imported = count(counts, ImportJobDocument.IMPORTED);
        int unchanged = count(counts, ImportJobDocument.UNCHANGED);
        int checked = count(counts, ImportJobDocument.CHECKED);
        int failed = count(counts, ImportJobDocument.FAILED);
        int done = imported + unchanged + checked + failed;
        String state = done == job.total ? ImportJob.FINISHED : done == 0 && running == 0 ? ImportJob.QUEUED : ImportJob.RUNNING;
        return new ImportJob(job.id, state, job.submittedAt, job.submittedBy, job.finishedAt, job.dryRun, job.partial,
                new ImportJob.Progress(job.total, done, pending, running, imported, unchanged, checked, failed),
                "/api/v1/import-jobs/" + job.id + "/documents");
    }

    private ImportJobDocument view(ImportJobDocumentEntity row) {
        String disclosure = row.departmentId == null ? null : "/api/v1/disclosures/" + row.departmentId + "/" + row.fiscalYear;
        String record = row.importId == null ? null : "/api/v1/imports/" + row.importId;
        return new ImportJobDocument(row.position, row.fileName, row.sourceSha256, row.state, row.attempts, row.httpStatus,
                row.departmentId, row.fiscalYear, disclosure, record, tree(row.problem), tree(row.notStored), row.finishedAt);
    }

    private static int count(Map<String, Long> counts, String state) {
        return counts.getOrDefault(state, 0L).intValue();
    }

    private ImportJobEntity find(UUID id) {
        ImportJobEntity job = jobs.findById(id);
        if (job == null) {
            throw ProblemException.notFound("No import job " + id);
        }
        return job;
    }

    private void validate(ImportJobRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        target(errors, "", request.division(), request.department());
        Set<String> kept = sources.kept(request.documents().stream().map(ImportJobRequest.Document::source)
                .filter(source -> source != null && source.matches(SourceDigest.PATTERN)).collect(Collectors.toSet()));
        for (int i = 0; i < request.documents().size(); i++) {
            ImportJobRequest.Document document = request.documents().get(i);
            String at = "documents[" + i + "].";
            String sha256 = document.source();
            if (sha256 == null || !sha256.matches(SourceDigest.PATTERN)) {
                errors.add(new Problem.FieldError(at + "source", "must be a SHA-256, 64 lowercase hex digits"));
            } else if (!kept.contains(sha256)) {
                errors.add(new Problem.FieldError(at + "source", "no source with SHA-256 " + sha256 + " is kept: PUT "
                        + "/api/v1/sources/" + sha256 + " with its bytes first"));
            }
            target(errors, at, document.division(), document.department());
            if (document.fileName() != null && document.fileName().length() > 255) {
                errors.add(new Problem.FieldError(at + "fileName", "at most 255 characters"));
            }
            if (errors.size() >= 20) {
                break;
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static void target(List<Problem.FieldError> errors, String at, String division, String department) {
        if (division != null && !division.matches(DIVISION)) {
            errors.add(new Problem.FieldError(at + "division", "must be a 行政区划代码 of 6, 9 or 12 digits, e.g. 130624"));
        }
        if (department != null) {
            try {
                DepartmentId.parse(at + "department", department);
            } catch (ProblemException e) {
                errors.add(new Problem.FieldError(at + "department", "must be a department id, e.g. 130624-203"));
            }
        }
        if (division != null && department != null) {
            errors.add(new Problem.FieldError(at + "department", "give division or department, not both"));
        }
    }

    private static ImportJobDocumentEntity row(ImportJobEntity job, int position, String fileName, OffsetDateTime now) {
        ImportJobDocumentEntity row = new ImportJobDocumentEntity();
        row.jobId = job.id;
        row.position = position;
        row.fileName = fileName;
        row.notBefore = now;
        return row;
    }


    private String json(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        try {
            return objectMapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    private JsonNode tree(String json) {
        if (json == null) {
            return null;
        }
        try {
            return objectMapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a kept JSON value could not be read", e);
        }
    }
}
