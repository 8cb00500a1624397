package org.opendisclosure.procurement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.opendisclosure.common.members.Member;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.common.web.AreaParams.AreaQuery;
import org.opendisclosure.common.web.Page;
import org.opendisclosure.common.web.PageRequest;
import org.opendisclosure.common.web.SortKeys;
import org.opendisclosure.common.web.SortOrder;
import org.opendisclosure.common.web.YearRange;
import org.opendisclosure.procurement.model.ProcurementAreaRow;
import org.opendisclosure.procurement.model.ProcurementCategory;
import org.opendisclosure.procurement.model.ProcurementDepartmentTotalRow;
import org.opendisclosure.procurement.model.ProcurementDimension;
import org.opendisclosure.procurement.model.ProcurementLineRow;
import org.opendisclosure.procurement.model.ProcurementOverviewRow;
import org.opendisclosure.procurement.model.ProcurementTotalRow;
import org.opendisclosure.store.AreaRollup;
import org.opendisclosure.store.Conditions;

@ApplicationScoped
public class ProcurementRepository implements PanacheRepository<ProcurementEntity> {

    private static final AreaRollup AREAS = new AreaRollup(
            "from ProcurementRevisionEntity r join r.head p", "r", "p", "p.divisionCode");

    /** The current parts summed by area and year. */
    public Page<ProcurementAreaRow> areas(YearRange years, AreaQuery area, PageRequest page) {
        return AREAS.page(getEntityManager(), ProcurementAreaRow.class,
                "sum(case when r.hasProcurement then 1 else 0 end), sum(r.statedTotal), count(r.statedTotal)", years, area, page);
    }

    private static final String LINES_FROM = "from ProcurementRevisionEntity r join r.head p join r.lines l";
    private static final String OVERVIEW_FROM = "from ProcurementRevisionEntity r join r.head p";

    /** The lines' sort keys, as the API names them, and the columns they sort by. */
    public static final SortKeys LINE_SORTS = new SortKeys("departmentId", Map.ofEntries(
            Map.entry("departmentId", "p.divisionCode"),
            Map.entry("departmentName", "r.departmentName"),
            Map.entry("amount", "l.amount"),
            Map.entry("quantity", "l.quantity"),
            Map.entry("unitPrice", "l.unitPrice"),
            Map.entry("catalogueCode", "l.catalogueCode"),
            Map.entry("itemName", "l.itemName"),
            Map.entry("projectName", "l.projectName")));

    public static final SortKeys OVERVIEW_SORTS = new SortKeys("departmentId", Map.ofEntries(
            // The whole id, so that -departmentId is descending all the way, not only by division.
            Map.entry("departmentId", "concat(p.divisionCode, '-', p.departmentCode)"),
            Map.entry("statedTotal", "r.statedTotal"),
            Map.entry("lineCount", "size(r.lines)")));

    /** Current lines of every department's procurement budget for a year, one row each. */
    public Page<ProcurementLineRow> lines(int fiscalYear, LineFilter filter, String sortKey, PageRequest page) {
        SortOrder sort = LINE_SORTS.parse(sortKey);
        Conditions conditions = filter.conditions(fiscalYear);
        return conditions.page(getEntityManager().createQuery("""
                        select new org.opendisclosure.procurement.model.ProcurementLineRow(
                            concat(p.divisionCode, '-', p.departmentCode), p.divisionCode, p.departmentCode, r.departmentName,
                            p.fiscalYear, r.revision, index(l), l.projectName, l.economicClass, l.itemName, l.catalogueCode,
                            l.category, l.unit, l.quantity, l.unitPrice, l.amount, l.departmentBudget, l.generalPublic,
                            l.governmentFund, l.fiscalSpecial, l.otherSources, l.otherChannels)
                        """ + LINES_FROM + conditions.where() + " order by " + sort.clause() + ", p.divisionCode, p.departmentCode, index(l)",
                ProcurementLineRow.class),
                getEntityManager().createQuery("select count(l) " + LINES_FROM + conditions.where(), Long.class), page);
    }

    /** The sorts of {@link #totals}: the same keys whatever the lines are grouped by. */
    public static SortKeys totalSorts(GroupBy groupBy) {
        return new SortKeys("key", Map.of(
                "key", groupBy.key,
                "amount", "sum(l.amount)",
                "lines", "count(l)",
                "departments", "count(distinct p.id)"));
    }

    /** The sorts of {@link #departmentTotals}. */
    public static SortKeys departmentTotalSorts(GroupBy groupBy) {
        return new SortKeys("departmentId", Map.of(
                "departmentId", "p.divisionCode",
                "departmentName", "r.departmentName",
                "key", groupBy.key,
                "amount", "sum(l.amount)",
                "lines", "count(l)"));
    }

    /**
     * Sums of the matching current lines per catalogue code or category. PostgreSQL adds the
     * NUMERIC columns exactly; a column no line fills sums to null, not to 0.
     */
    public List<ProcurementTotalRow> totals(int fiscalYear, LineFilter filter, GroupBy groupBy, String sortKey, PageRequest page) {
        SortOrder sort = totalSorts(groupBy).parse(sortKey);
        Conditions conditions = filter.conditions(fiscalYear);
        return conditions.page(getEntityManager().createQuery(
                "select new org.opendisclosure.procurement.model.ProcurementTotalRow(" + groupBy.key + ", l.category, "
                        + "count(l), count(distinct p.id), sum(l.amount), sum(l.departmentBudget), sum(l.generalPublic), "
                        + "sum(l.governmentFund), sum(l.fiscalSpecial), sum(l.otherSources), sum(l.otherChannels)) "
                        + LINES_FROM + conditions.where() + " group by " + groupBy.key + ", l.category"
                        + " order by " + sort.clause() + ", " + groupBy.key + " nulls last",
                ProcurementTotalRow.class), page);
    }

    /** As {@link #totals}, one row per department and catalogue code or category. */
    public Page<ProcurementDepartmentTotalRow> departmentTotals(int fiscalYear, LineFilter filter, GroupBy groupBy, String sortKey,
                                                                PageRequest page) {
        SortOrder sort = departmentTotalSorts(groupBy).parse(sortKey);
        Conditions conditions = filter.conditions(fiscalYear);
        String department = "p.divisionCode, p.departmentCode, r.departmentName, p.fiscalYear, r.revision";
        return conditions.page(getEntityManager().createQuery(
                "select new " + ProcurementDepartmentTotalRow.class.getName() + "(concat(p.divisionCode, '-', p.departmentCode), "
                        + department + ", " + groupBy.key + ", l.category, count(l), sum(l.amount), sum(l.departmentBudget), "
                        + "sum(l.generalPublic), sum(l.governmentFund), sum(l.fiscalSpecial), sum(l.otherSources), sum(l.otherChannels)) "
                        + LINES_FROM + conditions.where() + " group by " + department + ", " + groupBy.key + ", l.category"
                        + " order by " + sort.clause() + ", p.divisionCode, p.departmentCode, " + groupBy.key + " nulls last",
                ProcurementDepartmentTotalRow.class),
                // One group per department and key, the null key included (coalesce: count(distinct) would skip it).
                getEntityManager().createQuery("select count(distinct concat(p.id, ':', coalesce(str(" + groupBy.key + "), ''))) "
                        + LINES_FROM + conditions.where(), Long.class), page);
    }

    /**
     * The values of a dimension in the current revisions of a fiscal year (null: of every year): a
     * catalogue code is named by the item name its lines most often give (the first such in
     * alphabetical order on a tie) and belongs to its category.
     */
    public Page<Member> members(ProcurementDimension dimension, Integer fiscalYear, PageRequest page) {
        Conditions conditions = Conditions.of("r.revision = p.currentRevision and l.catalogueCode is not null")
                .and("p.fiscalYear = :year", "year", fiscalYear == null ? null : fiscalYear.shortValue());
        List<Object[]> rows = conditions.page(getEntityManager().createQuery(
                "select l.catalogueCode, mode() within group (order by l.itemName), l.category, "
                        + "count(distinct concat(p.divisionCode, '-', p.departmentCode)), count(l) " + LINES_FROM + conditions.where()
                        + " group by l.catalogueCode, l.category order by l.catalogueCode", Object[].class), page);
        List<Member> members = rows.stream().map(row -> new Member((String) row[0], (String) row[1],
                row[2] == null ? null : ((ProcurementCategory) row[2]).name(), (Long) row[3], (Long) row[4])).toList();
        return Page.of(members, page, conditions.count(getEntityManager().createQuery(
                "select count(distinct l.catalogueCode) " + LINES_FROM + conditions.where(), Long.class)));
    }

    public long countTotals(int fiscalYear, LineFilter filter, GroupBy groupBy) {
        // A group per key, the null key (lines without a code) included, which count(distinct) would skip.
        Conditions conditions = filter.conditions(fiscalYear);
        return conditions.bind(getEntityManager().createQuery(
                "select " + groupBy.key + " " + LINES_FROM + conditions.where() + " group by " + groupBy.key, Object.class))
                .getResultList().size();
    }

    public enum GroupBy {
        CATALOGUE_CODE("l.catalogueCode"),
        CATEGORY("l.category");

        public final String key;

        GroupBy(String key) {
            this.key = key;
        }

        /** {@code groupBy} as the API names it: catalogueCode (the default) or category. */
        public static GroupBy parse(String raw) {
            if (raw == null || raw.isBlank() || raw.trim().equals("catalogueCode")) {
                return CATALOGUE_CODE;
            }
            if (raw.trim().equals("category")) {
                return CATEGORY;
            }
            throw ProblemException.invalid("groupBy", "must be catalogueCode or category, was \"" + raw + "\"");
        }
    }

    /** Filters over lines; each may be absent. The catalogue prefix is validated to letters and digits. */
    public record LineFilter(String divisionPrefix, String cataloguePrefix, ProcurementCategory category,
                             BigDecimal minAmount, BigDecimal maxAmount) {

        Conditions conditions(int fiscalYear) {
            return Conditions.currentRevisions("r", "p", fiscalYear)
                    .startsWith("p.divisionCode", "division", divisionPrefix)
                    .startsWith("l.catalogueCode", "catalogue", cataloguePrefix)
                    .and("l.category = :category", "category", category)
                    .and("l.amount >= :minAmount", "minAmount", minAmount)
                    .and("l.amount <= :maxAmount", "maxAmount", maxAmount);
        }
    }

    /** Every department's current part 六 for a year, one row each, no lines loaded. */
    public Page<ProcurementOverviewRow> overview(int fiscalYear, String divisionPrefix, String sortKey, PageRequest page) {
        SortOrder sort = OVERVIEW_SORTS.parse(sortKey);
        Conditions conditions = Conditions.currentRevisions("r", "p", fiscalYear).startsWith("p.divisionCode", "division", divisionPrefix);
        return conditions.page(getEntityManager().createQuery("""
                        select new org.opendisclosure.procurement.model.ProcurementOverviewRow(
                            concat(p.divisionCode, '-', p.departmentCode), p.divisionCode, p.departmentCode, p.fiscalYear,
                            r.revision, r.revisedAt, r.hasProcurement, r.statedTotal, size(r.lines))
                        """ + OVERVIEW_FROM + conditions.where() + " order by " + sort.clause() + ", p.divisionCode, p.departmentCode",
                ProcurementOverviewRow.class),
                getEntityManager().createQuery("select count(r) " + OVERVIEW_FROM + conditions.where(), Long.class), page);
    }

    /** The departments with a current part 六 for a year, by department, with when each current revision was written. */
    public List<Object[]> currentOfYear(int fiscalYear) {
        Conditions conditions = Conditions.currentRevisions("r", "p", fiscalYear);
        return conditions.bind(getEntityManager().createQuery("select p.divisionCode, p.departmentCode, r.revisedAt "
                + OVERVIEW_FROM + conditions.where() + " order by p.divisionCode, p.departmentCode", Object[].class)).getResultList();
    }
}
