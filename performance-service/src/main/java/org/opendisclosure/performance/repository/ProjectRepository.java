package org.opendisclosure.performance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opendisclosure.common.web.PageRequest;
import org.opendisclosure.common.web.SortOrder;
import org.opendisclosure.performance.model.ProjectRow;

@ApplicationScoped
public class ProjectRepository implements PanacheRepository<ProjectEntity> {

    /** The search's sort keys, as the API names them, and the columns they sort by. */
    static final Map<String, String> SEARCH_SORTS = Map.ofEntries(
            Map.entry("departmentId", "h.divisionCode"),
            Map.entry("projectCode", "p.code"),
            Map.entry("projectName", "p.name"),
            Map.entry("unitCode", "p.unitCode"),
            Map.entry("budget", "p.budgetTotal"),
            Map.entry("fiscalFunds", "p.fiscalFunds"),
            Map.entry("otherFunds", "p.otherFunds"),
            Map.entry("planEndOfMarch", "p.planMarch"),
            Map.entry("planEndOfJune", "p.planJune"),
            Map.entry("planEndOfOctober", "p.planOctober"),
            Map.entry("planEndOfDecember", "p.planDecember"),
            Map.entry("indicatorCount", "p.indicatorCount"));

    public Optional<ProjectEntity> find(PerformanceRevisionEntity revision, String code) {
        return find("revision = ?1 and code = ?2", revision, code).firstResultOptional();
    }

    /** A revision's projects in published order, optionally only those with an indicator as filtered. */
    public List<ProjectEntity> ofRevision(PerformanceRevisionEntity revision, IndicatorFilter indicators, PageRequest page) {
        TypedQuery<ProjectEntity> query = getEntityManager().createQuery(
                "select p from ProjectEntity p where p.revision = :revision" + indicators.where() + " order by p.position",
                ProjectEntity.class);
        query.setParameter("revision", revision);
        indicators.bind(query);
        return query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    public long countOfRevision(PerformanceRevisionEntity revision, IndicatorFilter indicators) {
        TypedQuery<Long> query = getEntityManager().createQuery(
                "select count(p) from ProjectEntity p where p.revision = :revision" + indicators.where(), Long.class);
        query.setParameter("revision", revision);
        indicators.bind(query);
        return query.getSingleResult();
    }

    /** The projects of every department's current part for a year, one flat row each. */
    public List<ProjectRow> search(ProjectFilter filter, String sortKey, PageRequest page) {
        SortOrder sort = SortOrder.parse(sortKey, "departmentId", SEARCH_SORTS);
        TypedQuery<ProjectRow> query = getEntityManager().createQuery("""
                        select new org.opendisclosure.performance.model.ProjectRow(
                            concat(h.divisionCode, '-', h.departmentCode), h.fiscalYear, p.code, p.name, p.unitCode, p.unitName,
                            p.budgetTotal, p.fiscalFunds, p.otherFunds, p.planMarch, p.planJune, p.planOctober, p.planDecember,
                            p.indicatorCount)
                        """ + filter.from() + " order by " + sort.clause() + ", h.divisionCode, h.departmentCode, p.position",
                ProjectRow.class);
        filter.bind(query);
        return query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    public long count(ProjectFilter filter) {
        TypedQuery<Long> query = getEntityManager().createQuery("select count(p) " + filter.from(), Long.class);
        filter.bind(query);
        return query.getSingleResult();
    }

    /**
     * Fiscal year, and optionally division code prefix, a fragment of the name or code, budget
     * bounds and a condition on the projects' indicators.
     */
    public record ProjectFilter(int fiscalYear, String divisionPrefix, String fragment, BigDecimal minBudget, BigDecimal maxBudget,
                                IndicatorFilter indicators) {

        String from() {
            return """
                    from ProjectEntity p join p.revision r join r.head h
                    where h.fiscalYear = :year and r.revision = h.currentRevision"""
                    + (divisionPrefix == null ? "" : " and h.divisionCode like :division")
                    + (fragment == null ? "" : " and (lower(p.name) like :fragment escape '\\' or lower(p.code) like :fragment escape '\\')")
                    + (minBudget == null ? "" : " and p.budgetTotal >= :minBudget")
                    + (maxBudget == null ? "" : " and p.budgetTotal <= :maxBudget")
                    + indicators.where();
        }

        void bind(TypedQuery<?> query) {
            query.setParameter("year", (short) fiscalYear);
            if (divisionPrefix != null) {
                query.setParameter("division", divisionPrefix + "%");
            }
            if (fragment != null) {
                query.setParameter("fragment", "%" + fragment.toLowerCase()
                        .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
            if (minBudget != null) {
                query.setParameter("minBudget", minBudget);
            }
            if (maxBudget != null) {
                query.setParameter("maxBudget", maxBudget);
            }
            indicators.bind(query);
        }
    }
}
