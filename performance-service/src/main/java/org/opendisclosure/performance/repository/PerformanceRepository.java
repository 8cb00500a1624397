package org.opendisclosure.performance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.opendisclosure.common.web.AreaParams.AreaQuery;
import org.opendisclosure.common.web.Page;
import org.opendisclosure.common.web.PageRequest;
import org.opendisclosure.common.web.SortKeys;
import org.opendisclosure.common.web.SortOrder;
import org.opendisclosure.common.web.YearRange;
import org.opendisclosure.performance.model.PerformanceAreaRow;
import org.opendisclosure.performance.model.PerformanceOverviewRow;
import org.opendisclosure.store.AreaRollup;
import org.opendisclosure.store.Conditions;

@ApplicationScoped
public class PerformanceRepository implements PanacheRepository<PerformanceEntity> {

    private static final AreaRollup AREAS = new AreaRollup(
            "from PerformanceRevisionEntity r join r.head h left join r.projects p", "r", "h", "h.divisionCode");

    /** The current parts summed by area and year. */
    public Page<PerformanceAreaRow> areas(YearRange years, AreaQuery area, PageRequest page) {
        return AREAS.page(getEntityManager(), PerformanceAreaRow.class,
                "count(p), sum(p.budgetTotal)", years, area, page);
    }

    public static final SortKeys OVERVIEW_SORTS = new SortKeys("departmentId", Map.ofEntries(
            // The whole id, so that -departmentId is descending all the way, not only by division.
            Map.entry("departmentId", "concat(h.divisionCode, '-', h.departmentCode)"),
            Map.entry("projectCount", "count(p)"),
            Map.entry("projectBudgetTotal", "sum(p.budgetTotal)")));

    /** Every department's current part 五 for a year, one row each with its projects counted and summed in SQL. */
    public Page<PerformanceOverviewRow> overview(int fiscalYear, String divisionPrefix, String sortKey, PageRequest page) {
        SortOrder sort = OVERVIEW_SORTS.parse(sortKey);
        Conditions conditions = Conditions.currentRevisions("r", "h", fiscalYear).startsWith("h.divisionCode", "division", divisionPrefix);
        return conditions.page(getEntityManager().createQuery("""
                        select new org.opendisclosure.performance.model.PerformanceOverviewRow(
                            concat(h.divisionCode, '-', h.departmentCode), h.divisionCode, h.departmentCode, h.fiscalYear,
                            r.revision, r.revisedAt, count(p), sum(p.budgetTotal))
                        from PerformanceRevisionEntity r join r.head h left join r.projects p
                        """ + conditions.where()
                        + " group by h.divisionCode, h.departmentCode, h.fiscalYear, r.revision, r.revisedAt"
                        + " order by " + sort.clause() + ", h.divisionCode, h.departmentCode",
                PerformanceOverviewRow.class),
                getEntityManager().createQuery(
                "select count(r) from PerformanceRevisionEntity r join r.head h" + conditions.where(), Long.class), page);
    }
}
