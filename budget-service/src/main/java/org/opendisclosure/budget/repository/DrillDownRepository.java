package org.opendisclosure.budget.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.opendisclosure.budget.model.OperatingItemDepartmentRow;
import org.opendisclosure.budget.model.OperatingItemRow;
import org.opendisclosure.budget.model.ThreePublicCategory;
import org.opendisclosure.budget.model.ThreePublicDepartmentRow;
import org.opendisclosure.budget.model.ThreePublicItemRow;
import org.opendisclosure.common.web.Page;
import org.opendisclosure.common.web.PageRequest;
import org.opendisclosure.common.web.SortKeys;
import org.opendisclosure.common.web.SortOrder;
import org.opendisclosure.store.Conditions;

/**
 * The drill-downs across departments into parts 三 and 四: the rows of every department's current
 * revision of a year, summed by PostgreSQL (exact NUMERIC sums) or listed, never loaded whole.
 */
@ApplicationScoped
public class DrillDownRepository {

    private static final String REVISIONS = "from BudgetRevisionEntity r join r.head b join b.department d";
    private static final String THREE_PUBLIC_FROM = REVISIONS + " join r.threePublicRows t";
    private static final String OPERATING_FROM = REVISIONS + " join r.operatingItems i";
    private static final String DEPARTMENT_COLUMNS = "concat(d.divisionCode, '-', d.code), d.divisionCode, d.code, d.name, b.fiscalYear, r.revision";
    private static final String DEPARTMENT_ORDER = "d.divisionCode, d.code";

    /** The categories in the order the published table has them, not alphabetically. */
    private static final String CATEGORY_ORDER = Arrays.stream(ThreePublicCategory.values())
            .map(c -> "when " + ThreePublicCategory.class.getName() + "." + c.name() + " then " + c.ordinal())
            .collect(Collectors.joining(" ", "case t.category ", " end"));

    public static final SortKeys THREE_PUBLIC_ITEM_SORTS = new SortKeys("item", Map.of(
            "item", CATEGORY_ORDER,
            "departments", "count(distinct b.id)",
            "previousYear", "sum(t.previousYear)",
            "currentYear", "sum(t.currentYear)",
            "change", "sum(t.change)"));

    public static final SortKeys THREE_PUBLIC_DEPARTMENT_SORTS = new SortKeys("departmentId", Map.of(
            "departmentId", "d.divisionCode",
            "departmentName", "d.name",
            "item", CATEGORY_ORDER,
            "previousYear", "t.previousYear",
            "currentYear", "t.currentYear",
            "change", "t.change"));

    public static final SortKeys OPERATING_ITEM_SORTS = new SortKeys("item", Map.of(
            "item", "i.name",
            "departments", "count(distinct b.id)",
            "amount", "sum(i.amount)"));

    public static final SortKeys OPERATING_DEPARTMENT_SORTS = new SortKeys("departmentId", Map.of(
            "departmentId", "d.divisionCode",
            "departmentName", "d.name",
            "item", "i.name",
            "amount", "i.amount"));

    private final EntityManager entityManager;

    public DrillDownRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Page<ThreePublicItemRow> threePublicByItem(int fiscalYear, String divisionPrefix, ThreePublicCategory category,
                                                      String sortKey, PageRequest page) {
        SortOrder sort = THREE_PUBLIC_ITEM_SORTS.parse(sortKey);
        Conditions conditions = threePublic(fiscalYear, divisionPrefix, category);
        return conditions.page(entityManager.createQuery("select new " + ThreePublicItemRow.class.getName()
                        + "(t.category, count(distinct b.id), sum(t.previousYear), sum(t.currentYear), sum(t.change), count(t.change)) "
                        + THREE_PUBLIC_FROM + conditions.where() + " group by t.category order by " + sort.clause() + ", " + CATEGORY_ORDER,
                ThreePublicItemRow.class),
                entityManager.createQuery("select count(distinct t.category) " + THREE_PUBLIC_FROM + conditions.where(), Long.class), page);
    }

    public Page<ThreePublicDepartmentRow> threePublicByDepartment(int fiscalYear, String divisionPrefix, ThreePublicCategory category,
                                                                  String sortKey, PageRequest page) {
        SortOrder sort = THREE_PUBLIC_DEPARTMENT_SORTS.parse(sortKey);
        Conditions conditions = threePublic(fiscalYear, divisionPrefix, category);
        return conditions.page(entityManager.createQuery("select new " + ThreePublicDepartmentRow.class.getName() + "("
                        + DEPARTMENT_COLUMNS + ", index(t), t.category, t.name, t.previousYear, t.currentYear, t.change, t.reason) "
                        + THREE_PUBLIC_FROM + conditions.where() + " order by " + sort.clause() + ", " + DEPARTMENT_ORDER + ", index(t)",
                ThreePublicDepartmentRow.class),
                entityManager.createQuery("select count(t) " + THREE_PUBLIC_FROM + conditions.where(), Long.class), page);
    }

    public Page<OperatingItemRow> operatingByItem(int fiscalYear, String divisionPrefix, String item, String sortKey, PageRequest page) {
        SortOrder sort = OPERATING_ITEM_SORTS.parse(sortKey);
        Conditions conditions = operating(fiscalYear, divisionPrefix, item);
        return conditions.page(entityManager.createQuery("select new " + OperatingItemRow.class.getName()
                        + "(i.name, count(distinct b.id), count(i), sum(i.amount)) "
                        + OPERATING_FROM + conditions.where() + " group by i.name order by " + sort.clause() + ", i.name",
                OperatingItemRow.class),
                entityManager.createQuery("select count(distinct i.name) " + OPERATING_FROM + conditions.where(), Long.class), page);
    }

    public Page<OperatingItemDepartmentRow> operatingByDepartment(int fiscalYear, String divisionPrefix, String item, String sortKey,
                                                                  PageRequest page) {
        SortOrder sort = OPERATING_DEPARTMENT_SORTS.parse(sortKey);
        Conditions conditions = operating(fiscalYear, divisionPrefix, item);
        return conditions.page(entityManager.createQuery("select new " + OperatingItemDepartmentRow.class.getName() + "("
                        + DEPARTMENT_COLUMNS + ", index(i), i.name, i.amount, r.operatingTotal) "
                        + OPERATING_FROM + conditions.where() + " order by " + sort.clause() + ", " + DEPARTMENT_ORDER + ", index(i)",
                OperatingItemDepartmentRow.class),
                entityManager.createQuery("select count(i) " + OPERATING_FROM + conditions.where(), Long.class), page);
    }

    private static Conditions threePublic(int fiscalYear, String divisionPrefix, ThreePublicCategory category) {
        return Conditions.currentRevisions("r", "b", fiscalYear).startsWith("d.divisionCode", "division", divisionPrefix)
                .and("t.category = :category", "category", category);
    }

    private static Conditions operating(int fiscalYear, String divisionPrefix, String item) {
        return Conditions.currentRevisions("r", "b", fiscalYear).startsWith("d.divisionCode", "division", divisionPrefix)
                .and("i.name = :item", "item", item);
    }
}
