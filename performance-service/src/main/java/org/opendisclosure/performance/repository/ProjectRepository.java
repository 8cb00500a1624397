package org.opendisclosure.performance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.opendisclosure.common.web.Page;
import org.opendisclosure.common.web.PageRequest;
import org.opendisclosure.common.web.SortKeys;
import org.opendisclosure.common.web.SortOrder;
import org.opendisclosure.performance.model.IndicatorRow;
import org.opendisclosure.performance.model.ProjectRow;
import org.opendisclosure.store.Conditions;

@ApplicationScoped
public class ProjectRepository implements PanacheRepository<ProjectEntity> {

    private static final String SEARCH_FROM = "from ProjectEntity p join p.revision r join r.head h";

    /** The search's sort keys, as the API names them, and the columns they sort by. */
    public static final SortKeys SEARCH_SORTS = new SortKeys("departmentId", Map.ofEntries(
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
            Map.entry("indicatorCount", "p.indicatorCount")));

    public Optional<ProjectEntity> find(PerformanceRevisionEntity revision, String code) {
        return find("revision = ?1 and code = ?2", revision, code).firstResultOptional();
    }

    /** A revision's projects in published order, optionally only those with an indicator as filtered. */
    public Page<ProjectEntity> ofRevision(PerformanceRevisionEntity revision, IndicatorFilter indicators, PageRequest page) {
        Conditions conditions = indicators.narrow(Conditions.all().and("p.revision = :revision", "revision", revision));
        return conditions.page(getEntityManager().createQuery(
                "select p from ProjectEntity p" + conditions.where() + " order by p.position", ProjectEntity.class),
                getEntityManager().createQuery("select count(p) from ProjectEntity p" + conditions.where(), Long.class), page);
    }

    /** The projects of every department's current part for a year, one flat row each. */
    public Page<ProjectRow> search(ProjectFilter filter, String sortKey, PageRequest page) {
        SortOrder sort = SEARCH_SORTS.parse(sortKey);
        Conditions conditions = filter.conditions();
        return conditions.page(getEntityManager().createQuery("""
                        select new org.opendisclosure.performance.model.ProjectRow(
                            concat(h.divisionCode, '-', h.departmentCode), h.fiscalYear, p.code, p.name, p.unitCode, p.unitName,
                            p.budgetTotal, p.fiscalFunds, p.otherFunds, p.planMarch, p.planJune, p.planOctober, p.planDecember,
                            p.indicatorCount)
                        """ + SEARCH_FROM + conditions.where() + " order by " + sort.clause() + ", h.divisionCode, h.departmentCode, p.position",
                ProjectRow.class),
                getEntityManager().createQuery("select count(p) " + SEARCH_FROM + conditions.where(), Long.class), page);
    }

    private static final String INDICATORS_FROM = SEARCH_FROM + " join p.indicators i";

    public static final SortKeys INDICATOR_SORTS = new SortKeys("departmentId", Map.of(
            "departmentId", "h.divisionCode",
            "projectCode", "p.code",
            "level1", "i.level1",
            "level2", "i.level2"));

    /** The indicator rows of every project of every department's current part for a year, in published order. */
    public Page<IndicatorRow> indicators(int fiscalYear, String divisionPrefix, String level1, String sortKey, PageRequest page) {
        SortOrder sort = INDICATOR_SORTS.parse(sortKey);
        Conditions conditions = Conditions.currentRevisions("r", "h", fiscalYear).startsWith("h.divisionCode", "division", divisionPrefix)
                .and("i.level1 = :level1", "level1", level1);
        return conditions.page(getEntityManager().createQuery("select new " + IndicatorRow.class.getName()
                        + "(concat(h.divisionCode, '-', h.departmentCode), h.divisionCode, h.departmentCode, h.fiscalYear, r.revision, "
                        + "p.code, p.name, index(i), i.level1, i.level2, i.level3, i.description, i.target, i.basis) "
                        + INDICATORS_FROM + conditions.where() + " order by " + sort.clause()
                        + ", h.divisionCode, h.departmentCode, p.position, index(i)", IndicatorRow.class),
                getEntityManager().createQuery("select count(i) " + INDICATORS_FROM + conditions.where(), Long.class), page);
    }

    /**
     * Fiscal year, and optionally division code prefix, a fragment of the name or code, budget
     * bounds and a condition on the projects' indicators.
     */
    public record ProjectFilter(int fiscalYear, String divisionPrefix, String fragment, BigDecimal minBudget, BigDecimal maxBudget,
                                IndicatorFilter indicators) {

        Conditions conditions() {
            return indicators.narrow(Conditions.currentRevisions("r", "h", fiscalYear)
                    .startsWith("h.divisionCode", "division", divisionPrefix)
                    .contains("fragment", fragment, "p.name", "p.code")
                    .and("p.budgetTotal >= :minBudget", "minBudget", minBudget)
                    .and("p.budgetTotal <= :maxBudget", "maxBudget", maxBudget));
        }
    }
}
