package org.opendisclosure.performance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import org.opendisclosure.common.web.PageRequest;
import org.opendisclosure.common.web.SortOrder;
import org.opendisclosure.performance.model.PerformanceOverviewRow;

@ApplicationScoped
public class PerformanceRepository implements PanacheRepository<PerformanceEntity> {

    static final Map<String, String> OVERVIEW_SORTS = Map.ofEntries(
            // The whole id, so that -departmentId is descending all the way, not only by division.
            Map.entry("departmentId", "concat(h.divisionCode, '-', h.departmentCode)"),
            Map.entry("projectCount", "count(p)"),
            Map.entry("projectBudgetTotal", "sum(p.budgetTotal)"));

    /** Every department's current part 五 for a year, one row each with its projects counted and summed in SQL. */
    public List<PerformanceOverviewRow> overview(int fiscalYear, String divisionPrefix, String sortKey, PageRequest page) {
        SortOrder sort = SortOrder.parse(sortKey, "departmentId", OVERVIEW_SORTS);
        TypedQuery<PerformanceOverviewRow> query = getEntityManager().createQuery("""
                        select new org.opendisclosure.performance.model.PerformanceOverviewRow(
                            concat(h.divisionCode, '-', h.departmentCode), h.divisionCode, h.departmentCode, h.fiscalYear,
                            r.revision, r.revisedAt, count(p), sum(p.budgetTotal))
                        from PerformanceRevisionEntity r join r.head h left join r.projects p
                        """ + overviewWhere(divisionPrefix)
                        + " group by h.divisionCode, h.departmentCode, h.fiscalYear, r.revision, r.revisedAt"
                        + " order by " + sort.clause() + ", h.divisionCode, h.departmentCode",
                PerformanceOverviewRow.class);
        bindOverview(query, fiscalYear, divisionPrefix);
        return query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    public long countOverview(int fiscalYear, String divisionPrefix) {
        TypedQuery<Long> query = getEntityManager().createQuery(
                "select count(r) from PerformanceRevisionEntity r join r.head h " + overviewWhere(divisionPrefix), Long.class);
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
