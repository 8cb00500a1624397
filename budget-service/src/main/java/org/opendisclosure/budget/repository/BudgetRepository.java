package org.opendisclosure.budget.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.opendisclosure.budget.rest.dto.BudgetOverviewRow;
import org.opendisclosure.common.web.PageRequest;
import org.opendisclosure.common.web.SortOrder;

@ApplicationScoped
public class BudgetRepository implements PanacheRepository<BudgetEntity> {

    public Optional<BudgetEntity> find(DepartmentEntity department, int fiscalYear) {
        return find("department = ?1 and fiscalYear = ?2", department, (short) fiscalYear).firstResultOptional();
    }

    public Optional<BudgetEntity> findForUpdate(DepartmentEntity department, int fiscalYear) {
        return find("department = ?1 and fiscalYear = ?2", department, (short) fiscalYear)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public List<BudgetEntity> ofDepartment(DepartmentEntity department, PageRequest page) {
        return find("department", Sort.ascending("fiscalYear"), department)
                .page(io.quarkus.panache.common.Page.of(page.page() - 1, page.size())).list();
    }

    public long countOfDepartment(DepartmentEntity department) {
        return count("department", department);
    }

    /** Current figures of every department's budget for a year: one row each, no collections loaded. */
    public List<BudgetOverviewRow> overview(int fiscalYear, String divisionPrefix, SortOrder sort, PageRequest page) {
        TypedQuery<BudgetOverviewRow> query = getEntityManager().createQuery("""
                        select new org.opendisclosure.budget.rest.dto.BudgetOverviewRow(
                            concat(d.divisionCode, '-', d.code), d.divisionCode, d.code, d.name, b.fiscalYear,
                            r.revision, r.revisedAt,
                            r.revenueTotal, r.expenditureTotal, r.expenditureBasic, r.expenditurePersonnel,
                            r.expenditurePublic, r.expenditureProject, r.expenditureOther, r.changeTotal,
                            r.operatingTotal, r.threePublicPrevious, r.threePublicCurrent, r.threePublicChange)
                        """ + overviewFrom(divisionPrefix) + " order by " + sort.clause() + ", d.divisionCode, d.code",
                BudgetOverviewRow.class);
        bindOverview(query, fiscalYear, divisionPrefix);
        return query.setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
    }

    public long countOverview(int fiscalYear, String divisionPrefix) {
        TypedQuery<Long> query = getEntityManager().createQuery("select count(r) " + overviewFrom(divisionPrefix), Long.class);
        bindOverview(query, fiscalYear, divisionPrefix);
        return query.getSingleResult();
    }

    private static String overviewFrom(String divisionPrefix) {
        return """
                from BudgetRevisionEntity r join r.budget b join b.department d
                where b.fiscalYear = :year and r.revision = b.currentRevision"""
                + (divisionPrefix == null ? "" : " and d.divisionCode like :division");
    }

    private static void bindOverview(TypedQuery<?> query, int fiscalYear, String divisionPrefix) {
        query.setParameter("year", (short) fiscalYear);
        if (divisionPrefix != null) {
            query.setParameter("division", divisionPrefix + "%");
        }
    }
}
