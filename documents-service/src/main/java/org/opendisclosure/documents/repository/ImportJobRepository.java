package org.opendisclosure.documents.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Bulk imports and their documents. */
@ApplicationScoped
public class ImportJobRepository implements PanacheRepositoryBase<ImportJobEntity, UUID> {

    /** A document taken to be imported: which one, and the attempt it is (a later claim of it makes this one stale). */
    public record Claim(UUID jobId, int position, int attempt) {
    }

    public PanacheQuery<ImportJobEntity> newestFirst() {
        return findAll(Sort.descending("submittedAt", "id"));
    }

    public ImportJobEntity lockJob(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Makes submitters of the same job id wait for each other until the end of the transaction. */
    public void lock(UUID id) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:id, 1))")
                .setParameter("id", id.toString()).getSingleResult();
    }

    public void persistDocument(ImportJobDocumentEntity document) {
        getEntityManager().persist(document);
    }

    public ImportJobDocumentEntity document(UUID jobId, int position) {
        return getEntityManager().find(ImportJobDocumentEntity.class, new ImportJobDocumentEntity.Key(jobId, position));
    }

    /** A job's documents in their order, or only those in one state. */
    public List<ImportJobDocumentEntity> documents(UUID jobId, String state, int offset, int limit) {
        var query = getEntityManager().createQuery("from ImportJobDocumentEntity where jobId = :job"
                + (state == null ? "" : " and state = :state") + " order by position", ImportJobDocumentEntity.class);
        query.setParameter("job", jobId);
        if (state != null) {
            query.setParameter("state", state);
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** How many of a job's documents are in each state. */
    public Map<String, Long> counts(UUID jobId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        List<Object[]> rows = getEntityManager().createQuery("select state, count(*) from ImportJobDocumentEntity "
                + "where jobId = :job group by state", Object[].class).setParameter("job", jobId).getResultList();
        for (Object[] row : rows) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** Whether any document of the job is still to be imported (pending or running): one row read at most. */
    public boolean anyOpen(UUID jobId) {
        return !getEntityManager().createQuery("select 1 from ImportJobDocumentEntity where jobId = :job and state in ('pending', "
                + "'running')", Integer.class).setParameter("job", jobId).setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * Takes the next document due (pending and its time come, or running with its lease run out) and
     * marks it running until the lease ends. Rows another importer holds are passed over, so importers
     * never wait for each other or take the same document.
     */
    public Optional<Claim> claim(OffsetDateTime now, OffsetDateTime leaseUntil) {
        EntityManager em = getEntityManager();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("update import_job_document d set state = 'running', attempts = d.attempts + 1, "
                        + "not_before = :lease from (select job_id, position from import_job_document "
                        + "where state in ('pending', 'running') and not_before <= :now order by not_before, job_id, position "
                        + "limit 1 for update skip locked) due where d.job_id = due.job_id and d.position = due.position "
                        + "returning d.job_id, d.position, d.attempts")
                .setParameter("lease", leaseUntil)
                .setParameter("now", now)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        return Optional.of(new Claim((UUID) row[0], ((Number) row[1]).intValue(), ((Number) row[2]).intValue()));
    }

    /** When the next document falls due, if any is left to do. */
    public Optional<OffsetDateTime> nextDue() {
        List<OffsetDateTime> due = getEntityManager().createQuery("select min(notBefore) from ImportJobDocumentEntity "
                + "where state in ('pending', 'running')", OffsetDateTime.class).getResultList();
        return due.isEmpty() || due.get(0) == null ? Optional.empty() : Optional.of(due.get(0));
    }
}
