package org.opendisclosure.budget.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opendisclosure.budget.model.BudgetOverviewRow;
import org.opendisclosure.common.web.PageRequest;
import org.opendisclosure.common.web.SortOrder;

@ApplicationScoped
public class BudgetRepository implements PanacheRepository<BudgetEntity> {

    /** The overview's sort keys and the columns they order by. */
    static final Map<String, String> OVERVIEW_SORTS = Map.ofEntries(
            Map.entry("departmentId", "d.divisionCode"),
            Map.entry("departmentName", "d.name"),
            Map.entry("revenueTotal", "r.revenueTotal"),
            Map.entry("expenditureTotal", "r.expenditureTotal"),
            Map.entry("basicExpenditure", "r.expenditureBasic"),
            Map.entry("projectExpenditure", "r.expenditureProject"),
            Map.entry("operatingExpenses", "r.operatingTotal"),
            Map.entry("threePublicTotal", "r.threePublicCurrent"));

    /** The department's budget of the year, locked until the transaction ends when {@code lock}. */
    public Optional<BudgetEntity> find(DepartmentEntity department, int fiscalYear, boolean lock) {
        var query = find("department = ?1 and fiscalYear = ?2", department, (short) fiscalYear);
        return (lock ? query.withLock(LockModeType.PESSIMISTIC_WRITE) : query).firstResultOptional();
    }

    public List<BudgetEntity> ofDepartment(DepartmentEntity department, PageRequest page) {
        return find("department", Sort.ascending("fiscalYear"), department)
                .page(io.quarkus.panache.common.Page.of(page.page() - 1, page.size())).list();
    }

    public long countOfDepartment(DepartmentEntity department) {
        return count("department", department);
    }

    /** Current figures of every department's budget for a year: one row each, no collections loaded. */
    public List<BudgetOverviewRow> overview(int fiscalYear, String divisionPrefix, String sort, PageRequest page) {
        SortOrder order = SortOrder.parse(sort, "departmentId", OVERVIEW_SORTS);
        TypedQuery<BudgetOverviewRow> query = getEntityManager().createQuery("""
                        select new org.opendisclosure.budget.model.BudgetOverviewRow(
                            concat(d.divisionCode, '-', d.code), d.divisionCode, d.code, d.name, b.fiscalYear,
                            r.revision, r.revisedAt,
                            r.revenueTotal, r.expenditureTotal, r.expenditureBasic, r.expenditurePersonnel,
                            r.expenditurePublic, r.expenditureProject, r.expenditureOther, r.changeTotal,
                            r.operatingTotal, r.threePublicPrevious, r.threePublicCurrent, r.threePublicChange)
                        """ + overviewFrom(divisionPrefix) + " order by " + order.clause() + ", d.divisionCode, d.code",
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
                from BudgetRevisionEntity r join r.head b join b.department d
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
