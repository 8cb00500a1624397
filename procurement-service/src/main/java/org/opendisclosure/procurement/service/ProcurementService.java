package org.opendisclosure.procurement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import org.opendisclosure.common.consistency.Findings;
import org.opendisclosure.common.consistency.FindingsReport;
import org.opendisclosure.common.id.DepartmentId;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.store.ContentHash;
import org.opendisclosure.store.Precondition;
import org.opendisclosure.store.RevisionedWrite;
import org.opendisclosure.store.Revisions;
import org.opendisclosure.common.revision.Written;
import org.opendisclosure.common.web.Page;
import org.opendisclosure.common.web.PageRequest;
import org.opendisclosure.common.web.SortOrder;
import org.opendisclosure.procurement.mapping.OcdsMapper;
import org.opendisclosure.procurement.mapping.ProcurementMapper;
import org.opendisclosure.procurement.repository.ProcurementEntity;
import org.opendisclosure.procurement.repository.ProcurementRepository;
import org.opendisclosure.procurement.repository.ProcurementRepository.GroupBy;
import org.opendisclosure.procurement.repository.ProcurementRepository.LineFilter;
import org.opendisclosure.procurement.repository.ProcurementRevisionEntity;
import org.opendisclosure.procurement.repository.ProcurementRevisionRepository;
import org.opendisclosure.procurement.rest.dto.OcdsReleasePackage;
import org.opendisclosure.procurement.rest.dto.ProcurementDocument;
import org.opendisclosure.procurement.rest.dto.ProcurementLineRow;
import org.opendisclosure.procurement.rest.dto.ProcurementOverviewRow;
import org.opendisclosure.procurement.rest.dto.ProcurementTotalRow;
import org.opendisclosure.procurement.rest.dto.ProcurementView;
import org.opendisclosure.procurement.service.checks.ProcurementRules;
import org.opendisclosure.common.revision.RevisionInfo;

@ApplicationScoped
@Transactional
public class ProcurementService {

    private final ProcurementRepository procurements;
    private final ProcurementRevisionRepository revisions;
    private final ContentHash hashes;
    private final OcdsSettings ocds;

    public ProcurementService(ProcurementRepository procurements, ProcurementRevisionRepository revisions, ContentHash hashes,
                              OcdsSettings ocds) {
        this.procurements = procurements;
        this.revisions = revisions;
        this.hashes = hashes;
        this.ocds = ocds;
    }

    /**
     * Stores the department's procurement budget for the year as a new revision, exactly as given.
     * Any well-formed department id is accepted: departments are budget-service's, and this
     * service does not ask it. Figures that do not add up are stored as published.
     */
    public Written<ProcurementView> put(DepartmentId id, int fiscalYear, ProcurementDocument document,
                                        Precondition<ProcurementView> precondition) {
        checkNoneIsExplicit(document);
        ProcurementEntity existing = procurements.findForUpdate(id, fiscalYear).orElse(null);
        ProcurementRevisionEntity current = existing == null ? null : currentRevision(existing);
        String hash = hashes.of(document);
        return RevisionedWrite.write(procurements.getEntityManager(),
                current == null ? null : ProcurementMapper.view(id.toString(), fiscalYear, current),
                current == null ? null : current.contentHash,
                hash, precondition,
                () -> append(id, fiscalYear, existing, document, hash),
                "the " + fiscalYear + " procurement budget of " + id);
    }

    private ProcurementView append(DepartmentId id, int fiscalYear, ProcurementEntity existing, ProcurementDocument document,
                                   String hash) {
        ProcurementEntity procurement = existing;
        if (procurement == null) {
            procurement = new ProcurementEntity();
            procurement.identify(id, fiscalYear);
        }
        ProcurementRevisionEntity revision = new ProcurementRevisionEntity();
        revision.procurement = procurement;
        revision.revision = procurement.currentRevision + 1;
        revision.revisedAt = Revisions.now();
        revision.contentHash = hash;
        ProcurementMapper.fill(revision, document);
        procurement.currentRevision = revision.revision;
        if (existing == null) {
            procurements.persist(procurement);
        }
        revisions.persist(revision);
        return ProcurementMapper.view(id.toString(), fiscalYear, revision);
    }

    public ProcurementView current(DepartmentId id, int fiscalYear) {
        ProcurementEntity procurement = require(id, fiscalYear);
        return ProcurementMapper.view(id.toString(), fiscalYear, currentRevision(procurement));
    }

    public ProcurementView revision(DepartmentId id, int fiscalYear, int number) {
        ProcurementEntity procurement = require(id, fiscalYear);
        ProcurementRevisionEntity revision = revisions.find(procurement, number).orElseThrow(() -> ProblemException.notFound(
                "The " + fiscalYear + " procurement budget of " + id + " has no revision " + number
                        + "; its revisions are 1 to " + procurement.currentRevision));
        return ProcurementMapper.view(id.toString(), fiscalYear, revision);
    }

    public Page<RevisionInfo> revisions(DepartmentId id, int fiscalYear, PageRequest page) {
        ProcurementEntity procurement = require(id, fiscalYear);
        List<RevisionInfo> items = revisions.page(procurement, page).stream().map(ProcurementMapper::info).toList();
        return Page.of(items, page, procurement.currentRevision);
    }

    /** The current revision as an OCDS release package published at {@code uri}. */
    public OcdsReleasePackage ocds(DepartmentId id, int fiscalYear, String uri) {
        return OcdsMapper.releasePackage(current(id, fiscalYear), ocds.ocidPrefix(), ocds.publisherName(), uri);
    }

    /** The findings of the consistency rules on the current revision, as published. */
    public FindingsReport findings(DepartmentId id, int fiscalYear, BigDecimal tolerance) {
        ProcurementEntity procurement = require(id, fiscalYear);
        return report(id, fiscalYear, ProcurementMapper.document(currentRevision(procurement)), tolerance);
    }

    /**
     * The findings of the consistency rules on a document that is not stored (and is not stored
     * by this): refused as the write would refuse it, checked as the stored one would be.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FindingsReport findings(DepartmentId id, int fiscalYear, ProcurementDocument document, BigDecimal tolerance) {
        checkNoneIsExplicit(document);
        return report(id, fiscalYear, document, tolerance);
    }

    private static FindingsReport report(DepartmentId id, int fiscalYear, ProcurementDocument document, BigDecimal tolerance) {
        Findings findings = new Findings(tolerance);
        ProcurementRules.check(document, findings);
        return findings.report(id.toString(), fiscalYear);
    }

    public Page<ProcurementOverviewRow> overview(int fiscalYear, String divisionPrefix, SortOrder sort, PageRequest page) {
        return Page.of(procurements.overview(fiscalYear, divisionPrefix, sort, page), page,
                procurements.countOverview(fiscalYear, divisionPrefix));
    }

    public Page<ProcurementLineRow> lines(int fiscalYear, LineFilter filter, SortOrder sort, PageRequest page) {
        return Page.of(procurements.lines(fiscalYear, filter, sort, page), page, procurements.countLines(fiscalYear, filter));
    }

    public Page<ProcurementTotalRow> totals(int fiscalYear, LineFilter filter, GroupBy groupBy, SortOrder sort, PageRequest page) {
        return Page.of(procurements.totals(fiscalYear, filter, groupBy, sort, page), page,
                procurements.countTotals(fiscalYear, filter, groupBy));
    }

    private ProcurementEntity require(DepartmentId id, int fiscalYear) {
        return procurements.find(id, fiscalYear).orElseThrow(() -> ProblemException.notFound(
                "Department " + id + " has no procurement budget stored for " + fiscalYear));
    }

    private ProcurementRevisionEntity currentRevision(ProcurementEntity procurement) {
        return revisions.find(procurement, procurement.currentRevision)
                .orElseThrow(() -> new IllegalStateException("procurement " + procurement.id + " lost its current revision"));
    }

    /**
     * "No procurement" must be said, not implied: an empty table with hasProcurement true is a
     * part left out by mistake, and lines under hasProcurement false contradict the statement.
     */
    private static void checkNoneIsExplicit(ProcurementDocument document) {
        if (document.hasProcurement() && document.lines().isEmpty()) {
            throw ProblemException.invalid("lines", "must not be empty when hasProcurement is true; "
                    + "for a department without procurement send hasProcurement false");
        }
        if (!document.hasProcurement() && !document.lines().isEmpty()) {
            throw ProblemException.invalid("lines", "must be empty when hasProcurement is false");
        }
    }
}
