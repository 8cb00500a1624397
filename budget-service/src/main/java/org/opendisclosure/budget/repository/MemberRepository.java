package org.opendisclosure.budget.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.opendisclosure.budget.model.BudgetDimension;
import org.opendisclosure.common.members.Member;
import org.opendisclosure.common.web.Page;
import org.opendisclosure.common.web.PageRequest;
import org.opendisclosure.store.Conditions;

/** The values of this service's dimensions, counted by PostgreSQL over the current revisions. */
@ApplicationScoped
public class MemberRepository {

    private final EntityManager entityManager;

    public MemberRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The dimension's values of a fiscal year (null: of every year), in the order of their value. */
    public Page<Member> members(BudgetDimension dimension, Integer fiscalYear, PageRequest page) {
        Query query = switch (dimension) {
            // A department has one budget a year: its budgets are its department-years.
            case DIVISIONS -> new Query("from BudgetEntity b join b.department d", false, "d.divisionCode",
                    "d.divisionCode, max(d.divisionName), count(distinct d.id), count(b)");
            case UNIT_NATURES -> new Query("from OrganizationRevisionEntity r join r.head b join b.department d join r.units u",
                    true, "u.nature", "u.nature, count(distinct d.id), count(u)");
            case ECONOMIC_CLASSES -> new Query("from BudgetRevisionEntity r join r.head b join b.department d join r.operatingItems i",
                    true, "i.name", "i.name, count(distinct d.id), count(i)");
        };
        Conditions conditions = query.conditions(fiscalYear);
        return conditions.page(entityManager.createQuery("select new " + Member.class.getName() + "(" + query.columns + ") "
                        + query.from + conditions.where() + " group by " + query.value + " order by " + query.value, Member.class),
                entityManager.createQuery("select count(distinct " + query.value + ") " + query.from + conditions.where(), Long.class),
                page);
    }

    /**
     * A dimension's rows: where they are (the head row {@code b} says the year; a revision {@code r},
     * when there is one, must be the current one), the value and what is counted of it.
     */
    private record Query(String from, boolean revisioned, String value, String columns) {

        Conditions conditions(Integer fiscalYear) {
            return Conditions.of((revisioned ? "r.revision = b.currentRevision and " : "") + value + " is not null")
                    .and("b.fiscalYear = :year", "year", fiscalYear == null ? null : fiscalYear.shortValue());
        }
    }
}
