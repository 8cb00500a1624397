package org.opendisclosure.performance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.opendisclosure.common.id.DepartmentId;
import org.opendisclosure.common.web.PageRequest;
import org.opendisclosure.common.web.SortOrder;
import org.opendisclosure.performance.rest.dto.PerformanceOverviewRow;

@ApplicationScoped
public class PerformanceRepository implements PanacheRepository<PerformanceEntity> {

    private static final String IDENTITY = "divisionCode = ?1 and departmentCode = ?2 and fiscalYear = ?3";

    public Optional<PerformanceEntity> find(DepartmentId department, int fiscalYear) {
        return find(IDENTITY, department.divisionCode(), department.code(), (short) fiscalYear).firstResultOptional();
    }

    /** The head row, locked until the transaction ends, so concurrent writes take turns. */
    public Optional<PerformanceEntity> findForUpdate(DepartmentId department, int fiscalYear) {
        return find(IDENTITY, department.divisionCode(), department.code(), (short) fiscalYear)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Every department's current part 五 for a year, one row each with its projects counted and summed in SQL. */
    public List<PerformanceOverviewRow> overview(int fiscalYear, String divisionPrefix, SortOrder sort, PageRequest page) {
        TypedQuery<PerformanceOverviewRow> query = getEntityManager().createQuery("""
                        select new org.opendisclosure.performance.rest.dto.PerformanceOverviewRow(
                            concat(h.divisionCode, '-', h.departmentCode), h.divisionCode, h.departmentCode, h.fiscalYear,
                            r.revision, r.revisedAt, count(p), sum(p.budgetTotal))
                        from PerformanceRevisionEntity r join r.performance h left join r.projects p
                        """ + overviewWhere(divisionPrefix)
                        + " group by h.divisionCode, h.departmentCode, h.fiscalYear, r.revision, r.revisedAt"
                        + " order by " + sort.clause() + ", h.divisionCode, h.departmentCode",
                PerformanceOverviewRow.class);
        bindOverview(query, fiscalYear, divisionPrefix);
        return query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    public long countOverview(int fiscalYear, String divisionPrefix) {
        TypedQuery<Long> query = getEntityManager().createQuery(
                "select count(r) from PerformanceRevisionEntity r join r.performance h " + overviewWhere(divisionPrefix), Long.class);
        bindOverview(query, fiscalYear, divisionPrefix);
        return query.getSingleResult();
    }

    private static String overviewWhere(String divisionPrefix) {
        return "where h.fiscalYear = :year and r.revision = h.currentRevision"
                + (divisionPrefix == null ? "" : " and h.divisionCode like :division");
    }

    private static void bindOverview(TypedQuery<?> query, int fiscalYear, String divisionPrefix) {
        query.setParameter("year", (short) fiscalYear);
        if (divisionPrefix != null) {
            query.setParameter("division", divisionPrefix + "%");
        }
    }
}
