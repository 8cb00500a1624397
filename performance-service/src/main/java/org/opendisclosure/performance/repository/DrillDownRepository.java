package org.opendisclosure.performance.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.opendisclosure.common.members.Member;
import org.opendisclosure.common.web.Page;
import org.opendisclosure.common.web.PageRequest;
import org.opendisclosure.common.web.SortKeys;
import org.opendisclosure.common.web.SortOrder;
import org.opendisclosure.performance.model.IndicatorCategoryDepartmentRow;
import org.opendisclosure.performance.model.IndicatorCategoryRow;
import org.opendisclosure.store.Conditions;

/**
 * Projects by indicator category across departments, in SQL: a project has many indicators of a
 * category (several 数量指标 rows), so each project is first taken once per category and only then
 * counted and its budget summed, by PostgreSQL, exactly.
 */
@ApplicationScoped
public class DrillDownRepository {

    private static final String CURRENT = """
            from performance h
            join performance_revision r on r.performance_id = h.id and r.revision = h.current_revision
            join performance_project p on p.revision_id = r.id
            join performance_indicator i on i.project_id = p.id""";

    public static final SortKeys ITEM_SORTS = new SortKeys("item", Map.of(
            "item", "min(first_position)",
            "projects", "count(*)",
            "departments", "count(distinct head_id)",
            "budget", "sum(budget_total)"));

    public static final SortKeys DEPARTMENT_SORTS = new SortKeys("departmentId", Map.of(
            "departmentId", "division_code || '-' || department_code",
            "item", "min(first_position)",
            "projects", "count(*)",
            "budget", "sum(budget_total)"));

    private final EntityManager entityManager;

    public DrillDownRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Filters of the drill-down: the year, and optionally a division code prefix and a category of either level. */
    public record CategoryFilter(int fiscalYear, String divisionPrefix, String category, boolean secondLevel) {

        Conditions conditions() {
            return Conditions.all().and("h.fiscal_year = :year", "year", fiscalYear)
                    .startsWith("h.division_code", "division", divisionPrefix)
                    .and("(i.level1 = :category or i.level2 = :category)", "category", category);
        }

        /** Each project once per category of the level asked for, with where its indicators of it first come. */
        String projectsPerCategory(Conditions conditions) {
            String level2 = secondLevel ? "i.level2" : "cast(null as text)";
            return "with categories as (select h.id as head_id, h.division_code, h.department_code, h.fiscal_year, r.revision, "
                    + "p.id as project_id, p.budget_total, i.level1, " + level2 + " as level2, min(i.position) as first_position "
                    + CURRENT + conditions.where() + " group by h.id, r.revision, p.id, i.level1, " + level2 + ") ";
        }
    }

    public Page<IndicatorCategoryRow> byItem(CategoryFilter filter, String sortKey, PageRequest page) {
        SortOrder sort = ITEM_SORTS.parse(sortKey);
        Conditions conditions = filter.conditions();
        String with = filter.projectsPerCategory(conditions);
        List<Object[]> rows = rows(conditions, with
                + "select level1, level2, count(*), count(distinct head_id), sum(budget_total) from categories "
                + "group by level1, level2 order by " + sort.clause() + ", level1, level2", page);
        return Page.of(rows.stream().map(row -> new IndicatorCategoryRow((String) row[0], (String) row[1], count(row[2]), count(row[3]),
                (BigDecimal) row[4])).toList(), page, count(conditions, with + "select count(*) from (select distinct level1, level2 from categories) c"));
    }

    public Page<IndicatorCategoryDepartmentRow> byDepartment(CategoryFilter filter, String sortKey, PageRequest page) {
        SortOrder sort = DEPARTMENT_SORTS.parse(sortKey);
        Conditions conditions = filter.conditions();
        String with = filter.projectsPerCategory(conditions);
        List<Object[]> rows = rows(conditions, with
                + "select division_code, department_code, fiscal_year, revision, level1, level2, count(*), sum(budget_total) "
                + "from categories group by division_code, department_code, fiscal_year, revision, level1, level2 order by "
                + sort.clause() + ", division_code, department_code, min(first_position), level1, level2", page);
        return Page.of(rows.stream().map(row -> new IndicatorCategoryDepartmentRow(row[0] + "-" + row[1], (String) row[0], (String) row[1],
                ((Number) row[2]).intValue(), ((Number) row[3]).intValue(), (String) row[4], (String) row[5], count(row[6]),
                (BigDecimal) row[7])).toList(), page, count(conditions,
                with + "select count(*) from (select distinct head_id, level1, level2 from categories) c"));
    }

    /**
     * The 一级指标 and, under each, its 二级指标 of the current revisions of a fiscal year (null: of
     * every year), counting departments and indicator rows; each level-1 value comes before its level-2 values.
     */
    public Page<Member> indicatorCategories(Integer fiscalYear, PageRequest page) {
        Conditions conditions = Conditions.all().and("h.fiscal_year = :year", "year", fiscalYear);
        String department = "count(distinct h.division_code || '-' || h.department_code)";
        String members = "select i.level1 as value, cast(null as text) as parent, " + department + " as departments, count(*) as occurrences "
                + CURRENT + conditions.where() + " group by i.level1 union all select i.level2, i.level1, " + department + ", count(*) "
                + CURRENT + conditions.where() + " group by i.level1, i.level2";
        List<Object[]> rows = rows(conditions, "select value, parent, departments, occurrences from ("
                + members + ") m order by coalesce(parent, value), parent nulls first, value", page);
        return Page.of(rows.stream().map(row -> new Member((String) row[0], null, (String) row[1], count(row[2]), count(row[3]))).toList(),
                page, count(conditions, "select count(*) from (" + members + ") m"));
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(Conditions conditions, String sql, PageRequest page) {
        return conditions.bind(entityManager.createNativeQuery(sql)).setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList();
    }

    private long count(Conditions conditions, String sql) {
        return count(conditions.bind(entityManager.createNativeQuery(sql)).getSingleResult());
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }
}
