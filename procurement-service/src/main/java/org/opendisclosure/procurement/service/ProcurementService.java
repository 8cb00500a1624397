package org.opendisclosure.procurement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.opendisclosure.common.consistency.Findings;
import org.opendisclosure.common.id.DepartmentId;
import org.opendisclosure.common.members.Member;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.common.web.AreaParams.AreaQuery;
import org.opendisclosure.common.web.Page;
import org.opendisclosure.common.web.PageRequest;
import org.opendisclosure.common.web.YearRange;
import org.opendisclosure.procurement.mapping.OcdsMapper;
import org.opendisclosure.procurement.mapping.ProcurementMapper;
import org.opendisclosure.procurement.model.OcdsReleasePackage;
import org.opendisclosure.procurement.model.ProcurementAreaRow;
import org.opendisclosure.procurement.model.ProcurementDepartmentTotalRow;
import org.opendisclosure.procurement.model.ProcurementDimension;
import org.opendisclosure.procurement.model.ProcurementDocument;
import org.opendisclosure.procurement.model.ProcurementLineRow;
import org.opendisclosure.procurement.model.ProcurementOverviewRow;
import org.opendisclosure.procurement.model.ProcurementTotalRow;
import org.opendisclosure.procurement.model.ProcurementView;
import org.opendisclosure.procurement.repository.ProcurementEntity;
import org.opendisclosure.procurement.repository.ProcurementRepository.GroupBy;
import org.opendisclosure.procurement.repository.ProcurementRepository.LineFilter;
import org.opendisclosure.procurement.repository.ProcurementRepository;
import org.opendisclosure.procurement.repository.ProcurementRevisionEntity;
import org.opendisclosure.procurement.service.checks.ProcurementRules;
import org.opendisclosure.store.ContentHash;
import org.opendisclosure.store.DepartmentYearStore;
import org.opendisclosure.store.PartKey;
import org.opendisclosure.store.PartMapping;
import org.opendisclosure.store.Revisions;

/**
 * Part 六 of every department and fiscal year, stored exactly as given. Any well-formed department
 * id is accepted: departments are budget-service's, and this service does not ask it. Figures
 * that do not add up are stored as published.
 */
@ApplicationScoped
@Transactional
public class ProcurementService
        extends DepartmentYearStore<ProcurementDocument, ProcurementView, ProcurementEntity, ProcurementRevisionEntity> {

    private final ProcurementRepository procurements;
    private final OcdsSettings ocds;

    public ProcurementService(EntityManager entityManager, ContentHash hashes, ProcurementRepository procurements,
                              OcdsSettings ocds) {
        super(entityManager, hashes, ProcurementEntity.class, ProcurementRevisionEntity.class, "procurement budget",
                new PartMapping<>(ProcurementMapper::fill, ProcurementMapper::document, ProcurementMapper::view));
        this.procurements = procurements;
        this.ocds = ocds;
    }

    @Override
    protected void check(PartKey key, ProcurementDocument document, Findings findings) {
        ProcurementRules.check(document, findings);
    }

    /**
     * "No procurement" must be said, not implied: an empty table with hasProcurement true is a
     * part left out by mistake, and lines under hasProcurement false contradict the statement.
     */
    @Override
    protected void validate(ProcurementDocument document) {
        if (document.hasProcurement() && document.lines().isEmpty()) {
            throw ProblemException.invalid("lines", "must not be empty when hasProcurement is true; "
                    + "for a department without procurement send hasProcurement false");
        }
        if (!document.hasProcurement() && !document.lines().isEmpty()) {
            throw ProblemException.invalid("lines", "must be empty when hasProcurement is false");
        }
    }

    /** The current revision as an OCDS release package published at {@code uri}. */
    public OcdsReleasePackage ocds(PartKey key, String uri) {
        return OcdsMapper.releasePackage(current(key), ocds.ocidPrefix(), ocds.publisherName(), uri);
    }

    /** The departments with a part 六 for the year, in order, and when the latest of them was written (null: none). */
    public record YearOfReleases(List<PartKey> departments, OffsetDateTime published) {
    }

    public YearOfReleases releasesOfYear(int fiscalYear) {
        List<PartKey> departments = new ArrayList<>();
        OffsetDateTime published = null;
        for (Object[] row : procurements.currentOfYear(fiscalYear)) {
            departments.add(new PartKey(new DepartmentId((String) row[0], (String) row[1]), fiscalYear));
            OffsetDateTime revisedAt = Revisions.utc((OffsetDateTime) row[2]);
            published = published == null || revisedAt.isAfter(published) ? revisedAt : published;
        }
        return new YearOfReleases(departments, published);
    }

    /** The department-year's current revision as the one planning release of its OCDS package. */
    public OcdsReleasePackage.Release release(PartKey key) {
        return OcdsMapper.releasePackage(current(key), ocds.ocidPrefix(), ocds.publisherName(), "").releases().get(0);
    }

    public String publisherName() {
        return ocds.publisherName();
    }

    public Page<ProcurementOverviewRow> overview(int fiscalYear, String divisionPrefix, String sort, PageRequest page) {
        return procurements.overview(fiscalYear, divisionPrefix, sort, page);
    }

    public Page<ProcurementLineRow> lines(int fiscalYear, LineFilter filter, String sort, PageRequest page) {
        return procurements.lines(fiscalYear, filter, sort, page);
    }

    public Page<ProcurementDepartmentTotalRow> departmentTotals(int fiscalYear, LineFilter filter, GroupBy groupBy, String sort,
                                                                PageRequest page) {
        return procurements.departmentTotals(fiscalYear, filter, groupBy, sort, page);
    }

    public Page<Member> members(ProcurementDimension dimension, Integer fiscalYear, PageRequest page) {
        return procurements.members(dimension, fiscalYear, page);
    }

    public Page<ProcurementTotalRow> totals(int fiscalYear, LineFilter filter, GroupBy groupBy, String sort, PageRequest page) {
        return Page.of(procurements.totals(fiscalYear, filter, groupBy, sort, page), page,
                procurements.countTotals(fiscalYear, filter, groupBy));
    }

    public Page<ProcurementAreaRow> areas(YearRange years, AreaQuery area, PageRequest page) {
        return procurements.areas(years, area, page);
    }
}
