package org.opendisclosure.store;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.opendisclosure.common.consistency.Findings;
import org.opendisclosure.common.consistency.FindingsReport;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.common.revision.RevisionInfo;
import org.opendisclosure.common.revision.Written;
import org.opendisclosure.common.web.Page;
import org.opendisclosure.common.web.PageRequest;

/**
 * The revisioned store of one part of a disclosure, over its head/revision table pair: a write is
 * content-hashed (the same document again adds no revision), checked against the client's
 * precondition under the head row's lock, and appended; every revision stays readable; findings
 * are the part's rules over the current revision or over a document not stored. A service's part
 * supplies only what is its own: how its head row is found and made, its {@link PartMapping}, what
 * bean validation cannot say, and its rules. A part whose head is a {@link DepartmentYearHead}
 * extends {@link DepartmentYearStore}, which knows its head.
 *
 * @param <D> the document a client writes
 * @param <V> the representation served
 * @param <H> the head row (one per department and fiscal year)
 * @param <R> the revision row
 */
@Transactional
public abstract class PartStore<D, V, H extends RevisionedHead, R extends PartRevision<H>> {

    private static final Logger LOG = Logger.getLogger(PartStore.class);

    protected EntityManager entityManager;
    private ContentHash hashes;
    private Class<H> headType;
    private Class<R> revisionType;
    private String title;
    private PartMapping<D, V, R> mapping;
    // Injected here so that no service's part has to pass it on.
    @Inject
    KeptFindings kept;

    /** For the client proxy of a normal-scoped subclass only. */
    protected PartStore() {
    }

    /**
     * @param title the part as messages name it, e.g. "assets" in "Department 130624-203 has no assets stored for 2020"
     */
    protected PartStore(EntityManager entityManager, ContentHash hashes, Class<H> headType, Class<R> revisionType, String title,
                        PartMapping<D, V, R> mapping) {
        this.entityManager = entityManager;
        this.hashes = hashes;
        this.headType = headType;
        this.revisionType = revisionType;
        this.title = title;
        this.mapping = mapping;
    }

    /**
     * A new, not yet persisted head row for the key, whose first revision is {@code document} (a
     * part whose head needs what its document says, such as a department named by its part 一,
     * reads it).
     */
    protected abstract H newHead(PartKey key, D document);

    /** What the part's consistency rules find in the document of the key (most rules read the document alone). */
    protected abstract void check(PartKey key, D document, Findings findings);

    /**
     * Refuses, with every offending field named, what bean validation cannot say about one field
     * alone. Figures that do not add up are not refused: they are findings.
     */
    protected void validate(D document) {
    }

    /** Runs after a new revision is appended, inside the write's transaction. */
    protected void appended(PartKey key, H head, R revision, D document) {
    }

    /** The head row of the key, locked for the write's transaction when {@code lock}. */
    protected abstract Optional<H> findHead(PartKey key, boolean lock);

    /** The department and year a head row is of. */
    protected abstract PartKey keyOf(H head);

    /**
     * The other keys whose findings read the document of this one (e.g. the year after, whose rules
     * compare with this year): their kept findings are computed again when this one is written.
     */
    protected List<PartKey> readers(PartKey key) {
        return List.of();
    }

    /**
     * Stores the document as the key's new current revision, unless it is the current one already.
     *
     * @param minimal whether the answer needs no representation: building one reads and maps every
     *                row, which a writer that only wants to know what became of its write is spared
     */
    public Written<V> put(PartKey key, D document, Precondition<V> precondition, Provenance provenance, boolean minimal) {
        validate(document);
        H existing = findHead(key, true).orElse(null);
        R current = existing == null ? null : currentRevision(existing);
        String hash = hashes.of(document);
        Written<V> written = RevisionedWrite.write(entityManager,
                () -> current == null ? null : view(key, current),
                current == null ? null : current.contentHash,
                existing == null ? 0 : existing.currentRevision,
                hash, precondition, minimal,
                () -> append(key, existing, document, hash, provenance, minimal),
                "the " + key.fiscalYear() + " " + title + " of " + key.department());
        LOG.infof("%s %s of %s %d: revision %d%s", written.created() ? "created" : written.revised() ? "revised" : "unchanged",
                title, key.department(), key.fiscalYear(), written.revision(),
                DryRunInterceptor.active() ? " (dry run, not stored)" : "");
        return written;
    }

    private V append(PartKey key, H existing, D document, String hash, Provenance provenance, boolean minimal) {
        boolean dryRun = DryRunInterceptor.active();
        H head = existing == null ? newHead(key, document) : existing;
        if (dryRun && minimal) {
            // Validated, its head found or made (which refuses a part of a department not stored), and the
            // revision it would add known: filling the rows cannot refuse it, so they are not filled.
            return null;
        }
        R revision = newRow(revisionType);
        revision.head = head;
        revision.revision = head.currentRevision + 1;
        revision.revisedAt = Revisions.now();
        revision.contentHash = hash;
        revision.writtenBy = provenance.writer();
        revision.writtenVia = provenance.via();
        revision.sourceDocument = provenance.sourceDocument();
        mapping.fill().accept(revision, document);
        // A dry run answers what the write would answer from the rows as filled: inserting them only
        // to roll them back cost a dry run as much as the write (every client's import makes one per part).
        if (dryRun) {
            return view(key, revision);
        }
        head.currentRevision = revision.revision;
        if (existing == null) {
            entityManager.persist(head);
        }
        entityManager.persist(revision);
        appended(key, head, revision, document);
        keep(key, revision.revision, document);
        keepCurrent(readers(key));
        return minimal ? null : view(key, revision);
    }

    private void keep(PartKey key, int revision, D document) {
        kept.keep(title, key, revision, report(key, document, BigDecimal.ZERO));
    }

    /**
     * Whether every head has findings kept under the present rules: one count each, without
     * loading a row. A kept row is written with its revision, so only heads stored before
     * findings were kept, or rows of other rules, make the counts differ.
     */
    public boolean allKept() {
        long heads = entityManager.createQuery("select count(h) from " + entityName(headType) + " h", Long.class).getSingleResult();
        return heads == kept.keptCount(title);
    }

    /** The keys whose current revision has no findings kept with the present rules (stored before they were kept, or under other rules). */
    public List<PartKey> unkept() {
        Map<PartKey, Integer> keptRevisions = kept.keptRevisions(title);
        return entityManager.createQuery("select h from " + entityName(headType) + " h", headType).getResultStream()
                .filter(head -> {
                    Integer revision = keptRevisions.get(keyOf(head));
                    return revision == null || revision != head.currentRevision;
                })
                .map(this::keyOf)
                .toList();
    }

    /** Keeps the findings of the current revisions of the keys, each under its head's lock so that no write passes it. */
    public void keepCurrent(List<PartKey> keys) {
        for (PartKey key : keys) {
            findHead(key, true).ifPresent(head -> keep(key, head.currentRevision, document(currentRevision(head))));
        }
    }

    public V current(PartKey key) {
        return view(key, currentRevision(require(key)));
    }

    public V revision(PartKey key, int number) {
        H head = require(key);
        R revision = findRevision(head, number).orElseThrow(() -> ProblemException.notFound(
                "There is no revision " + number + " of the " + key.fiscalYear() + " " + title + " of " + key.department()
                        + "; its revisions are 1 to " + head.currentRevision));
        return view(key, revision);
    }

    /** The document of the key's current revision, for rules that compare one key with another (e.g. the year before). */
    protected Optional<D> currentDocument(PartKey key) {
        return findHead(key, false).map(head -> document(currentRevision(head)));
    }

    /** The key's revisions, newest first. */
    public Page<RevisionInfo> revisions(PartKey key, PageRequest page) {
        H head = require(key);
        List<RevisionInfo> items = entityManager.createQuery("select r from " + entityName(revisionType)
                        + " r where r.head = :head order by r.revision desc", revisionType)
                .setParameter("head", head)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultStream()
                .map(r -> new RevisionInfo(r.revision, Revisions.utc(r.revisedAt), r.contentHash, r.revision == head.currentRevision,
                        r.writtenBy, r.writtenVia, r.sourceDocument))
                .toList();
        return Page.of(items, page, head.currentRevision);
    }

    /** The findings of the part's rules on the current revision, as published. */
    public FindingsReport findings(PartKey key, BigDecimal tolerance) {
        return report(key, document(currentRevision(require(key))), tolerance);
    }

    /**
     * The findings of the part's rules on a document that is not stored (and is not stored by
     * this): refused as the write would refuse it, checked as the stored one would be.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FindingsReport findings(PartKey key, D document, BigDecimal tolerance) {
        validate(document);
        return report(key, document, tolerance);
    }

    private FindingsReport report(PartKey key, D document, BigDecimal tolerance) {
        Findings findings = new Findings(tolerance);
        check(key, document, findings);
        return findings.report(key.department().toString(), key.fiscalYear());
    }

    /** The head row of the key, or a 404 naming what is missing. */
    protected H require(PartKey key) {
        return findHead(key, false).orElseThrow(() -> ProblemException.notFound(
                "Department " + key.department() + " has no " + title + " stored for " + key.fiscalYear()));
    }

    protected R currentRevision(H head) {
        return findRevision(head, head.currentRevision)
                .orElseThrow(() -> new IllegalStateException(title + " " + head.id + " lost its current revision"));
    }

    private Optional<R> findRevision(H head, int number) {
        return entityManager.createQuery("select r from " + entityName(revisionType)
                        + " r where r.head = :head and r.revision = :revision", revisionType)
                .setParameter("head", head)
                .setParameter("revision", number)
                .getResultStream().findFirst();
    }

    private V view(PartKey key, R revision) {
        return mapping.view().apply(key, revision);
    }

    private D document(R revision) {
        return mapping.document().apply(revision);
    }

    protected Class<H> headType() {
        return headType;
    }

    protected String entityName(Class<?> type) {
        return entityManager.getMetamodel().entity(type).getName();
    }

    /** A new row of an entity type, by the no-argument constructor every entity has. */
    protected static <T> T newRow(Class<T> type) {
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type.getSimpleName() + " cannot be made", e);
        }
    }
}
