package org.opendisclosure.assets.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.opendisclosure.assets.mapping.AssetsMapper;
import org.opendisclosure.assets.repository.AssetsEntity;
import org.opendisclosure.assets.repository.AssetsRepository;
import org.opendisclosure.assets.repository.AssetsRepository.OverviewFilter;
import org.opendisclosure.assets.repository.AssetsRevisionEntity;
import org.opendisclosure.assets.repository.AssetsRevisionRepository;
import org.opendisclosure.assets.rest.dto.AssetsDocument;
import org.opendisclosure.assets.rest.dto.AssetsOverviewRow;
import org.opendisclosure.assets.rest.dto.AssetsView;
import org.opendisclosure.assets.service.checks.AssetsRules;
import org.opendisclosure.common.consistency.Findings;
import org.opendisclosure.common.consistency.FindingsReport;
import org.opendisclosure.common.revision.RevisionInfo;
import org.opendisclosure.common.id.DepartmentId;
import org.opendisclosure.common.id.FiscalYear;
import org.opendisclosure.common.problem.Problem;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.common.revision.ContentHash;
import org.opendisclosure.common.revision.Precondition;
import org.opendisclosure.common.revision.RevisionedWrite;
import org.opendisclosure.common.revision.Revisions;
import org.opendisclosure.common.revision.Written;
import org.opendisclosure.common.web.Page;
import org.opendisclosure.common.web.PageRequest;
import org.opendisclosure.common.web.SortOrder;

@ApplicationScoped
@Transactional
public class AssetsService {

    /** Figures are as of a year end before the fiscal year at the earliest, so one year before the first. */
    static final LocalDate EARLIEST_AS_OF = LocalDate.of(FiscalYear.MIN - 1, 1, 1);
    static final LocalDate LATEST_AS_OF = LocalDate.of(FiscalYear.MAX, 12, 31);

    private final AssetsRepository assets;
    private final AssetsRevisionRepository revisions;
    private final ContentHash hashes;

    public AssetsService(AssetsRepository assets, AssetsRevisionRepository revisions, ContentHash hashes) {
        this.assets = assets;
        this.revisions = revisions;
        this.hashes = hashes;
    }

    /**
     * Stores the department's part 七 for the year as a new revision, exactly as given. Any
     * well-formed department is accepted: departments are budget-service's, and this service
     * neither calls it nor reads its database. Figures that do not add up are stored as
     * published: that is a finding, not an input error.
     */
    public Written<AssetsView> put(DepartmentId id, int fiscalYear, AssetsDocument document, Precondition<AssetsView> precondition) {
        check(document);
        AssetsEntity existing = assets.findForUpdate(id, fiscalYear).orElse(null);
        AssetsRevisionEntity current = existing == null ? null : currentRevision(existing);
        String hash = hashes.of(document);
        return RevisionedWrite.write(assets.getEntityManager(),
                current == null ? null : AssetsMapper.view(id.toString(), fiscalYear, current),
                current == null ? null : current.contentHash,
                hash, precondition,
                () -> append(id, fiscalYear, existing, document, hash),
                "the " + fiscalYear + " assets of " + id);
    }

    private AssetsView append(DepartmentId id, int fiscalYear, AssetsEntity existing, AssetsDocument document, String hash) {
        AssetsEntity head = existing;
        if (head == null) {
            head = new AssetsEntity();
            head.identify(id, fiscalYear);
        }
        AssetsRevisionEntity revision = new AssetsRevisionEntity();
        revision.assets = head;
        revision.revision = head.currentRevision + 1;
        revision.revisedAt = Revisions.now();
        revision.contentHash = hash;
        AssetsMapper.fill(revision, document);
        head.currentRevision = revision.revision;
        if (existing == null) {
            assets.persist(head);
        }
        revisions.persist(revision);
        return AssetsMapper.view(id.toString(), fiscalYear, revision);
    }

    public AssetsView current(DepartmentId id, int fiscalYear) {
        AssetsEntity head = require(id, fiscalYear);
        return AssetsMapper.view(id.toString(), fiscalYear, currentRevision(head));
    }

    public AssetsView revision(DepartmentId id, int fiscalYear, int number) {
        AssetsEntity head = require(id, fiscalYear);
        AssetsRevisionEntity revision = revisions.find(head, number).orElseThrow(() -> ProblemException.notFound(
                "The " + fiscalYear + " assets of " + id + " have no revision " + number + "; their revisions are 1 to "
                        + head.currentRevision));
        return AssetsMapper.view(id.toString(), fiscalYear, revision);
    }

    public Page<RevisionInfo> revisions(DepartmentId id, int fiscalYear, PageRequest page) {
        AssetsEntity head = require(id, fiscalYear);
        List<RevisionInfo> items = revisions.page(head, page).stream().map(AssetsMapper::info).toList();
        return Page.of(items, page, head.currentRevision);
    }

    /** The findings of the consistency rules on the current revision, as published. */
    public FindingsReport findings(DepartmentId id, int fiscalYear, BigDecimal tolerance) {
        AssetsEntity head = require(id, fiscalYear);
        return report(id, fiscalYear, AssetsMapper.document(currentRevision(head)), tolerance);
    }

    /**
     * The findings of the consistency rules on a document that is not stored (and is not stored
     * by this): refused as the write would refuse it, checked as the stored one would be.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FindingsReport findings(DepartmentId id, int fiscalYear, AssetsDocument document, BigDecimal tolerance) {
        check(document);
        return report(id, fiscalYear, document, tolerance);
    }

    private static FindingsReport report(DepartmentId id, int fiscalYear, AssetsDocument document, BigDecimal tolerance) {
        Findings findings = new Findings(tolerance);
        AssetsRules.check(document, findings);
        return findings.report(id.toString(), fiscalYear);
    }

    public Page<AssetsOverviewRow> overview(int fiscalYear, OverviewFilter filter, SortOrder sort, PageRequest page) {
        List<AssetsOverviewRow> rows = assets.overview(fiscalYear, filter, sort, page);
        return Page.of(rows, page, assets.countOverview(fiscalYear, filter));
    }

    private AssetsEntity require(DepartmentId id, int fiscalYear) {
        return assets.find(id, fiscalYear).orElseThrow(() -> ProblemException.notFound(
                "No assets are stored for department " + id + " and " + fiscalYear));
    }

    private AssetsRevisionEntity currentRevision(AssetsEntity head) {
        return revisions.find(head, head.currentRevision)
                .orElseThrow(() -> new IllegalStateException("assets " + head.id + " lost their current revision"));
    }

    /**
     * What bean validation cannot say about one field alone: "none" must agree with the items,
     * so that "no plan" is always said explicitly and never inferred from an empty list; and the
     * as-of date must be a plausible one for the suite's fiscal years.
     */
    private static void check(AssetsDocument document) {
        List<Problem.FieldError> errors = new ArrayList<>();
        LocalDate asOf = document.asOf();
        if (asOf.isBefore(EARLIEST_AS_OF) || asOf.isAfter(LATEST_AS_OF)) {
            errors.add(new Problem.FieldError("asOf", "must be a date from " + EARLIEST_AS_OF + " to " + LATEST_AS_OF
                    + ", was " + asOf));
        }
        AssetsDocument.PlannedPurchases planned = document.plannedPurchases();
        if (planned.none() && !planned.items().isEmpty()) {
            errors.add(new Problem.FieldError("plannedPurchases.items",
                    "must be empty when none is true (the department states it plans no purchase)"));
        }
        if (!planned.none() && planned.items().isEmpty()) {
            errors.add(new Problem.FieldError("plannedPurchases.items",
                    "must list at least one planned purchase when none is false; set none to true for 无拟购计划"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
