package org.opendisclosure.budget.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opendisclosure.budget.model.BudgetAreaRow;
import org.opendisclosure.budget.model.BudgetOverviewRow;
import org.opendisclosure.common.web.AreaParams.AreaQuery;
import org.opendisclosure.common.web.Page;
import org.opendisclosure.common.web.PageRequest;
import org.opendisclosure.common.web.SortKeys;
import org.opendisclosure.common.web.SortOrder;
import org.opendisclosure.common.web.YearRange;
import org.opendisclosure.store.AreaRollup;
import org.opendisclosure.store.Conditions;

@ApplicationScoped
public class BudgetRepository implements PanacheRepository<BudgetEntity> {

    private static final String OVERVIEW_FROM = "from BudgetRevisionEntity r join r.head b join b.department d";

    /** The overview's sort keys and the columns they order by. */
    public static final SortKeys OVERVIEW_SORTS = new SortKeys("departmentId", Map.ofEntries(
            Map.entry("departmentId", "d.divisionCode"),
            Map.entry("departmentName", "d.name"),
            Map.entry("revenueTotal", "r.revenueTotal"),
            Map.entry("expenditureTotal", "r.expenditureTotal"),
            Map.entry("basicExpenditure", "r.expenditureBasic"),
            Map.entry("projectExpenditure", "r.expenditureProject"),
            Map.entry("operatingExpenses", "r.operatingTotal"),
            Map.entry("threePublicTotal", "r.threePublicCurrent")));

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

    private static final AreaRollup AREAS = new AreaRollup(OVERVIEW_FROM, "r", "b", "d.divisionCode");

    /** The current budgets summed by area and year; a county's name is the one its own departments give (not a township's). */
    public Page<BudgetAreaRow> areas(YearRange years, AreaQuery area, PageRequest page) {
        return AREAS.page(getEntityManager(), BudgetAreaRow.class, "max(case when length(d.divisionCode) = " + area.level().digits()
                        + " then d.divisionName end), sum(r.revenueTotal), sum(r.expenditureTotal), sum(r.expenditureBasic), "
                        + "sum(r.expenditurePersonnel), count(r.expenditurePersonnel), sum(r.expenditurePublic), count(r.expenditurePublic), "
                        + "sum(r.expenditureProject), sum(r.expenditureOther), count(r.expenditureOther), sum(r.operatingTotal), "
                        + "sum(r.threePublicPrevious), sum(r.threePublicCurrent)",
                years, area, page);
    }

    /** Current figures of every department's budget for a year: one row each, no collections loaded. */
    public Page<BudgetOverviewRow> overview(int fiscalYear, String divisionPrefix, String sort, PageRequest page) {
        SortOrder order = OVERVIEW_SORTS.parse(sort);
        Conditions conditions = Conditions.currentRevisions("r", "b", fiscalYear).startsWith("d.divisionCode", "division", divisionPrefix);
        return conditions.page(getEntityManager().createQuery("""
                        select new org.opendisclosure.budget.model.BudgetOverviewRow(
                            concat(d.divisionCode, '-', d.code), d.divisionCode, d.code, d.name, b.fiscalYear,
                            r.revision, r.revisedAt,
                            r.revenueTotal, r.expenditureTotal, r.expenditureBasic, r.expenditurePersonnel,
                            r.expenditurePublic, r.expenditureProject, r.expenditureOther, r.changeTotal,
                            r.operatingTotal, r.threePublicPrevious, r.threePublicCurrent, r.threePublicChange)
                        """ + OVERVIEW_FROM + conditions.where() + " order by " + order.clause() + ", d.divisionCode, d.code",
                BudgetOverviewRow.class),
                getEntityManager().createQuery("select count(r) " + OVERVIEW_FROM + conditions.where(), Long.class), page);
    }
}
