package org.opendisclosure.procurement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.common.web.PageRequest;
import org.opendisclosure.common.web.SortOrder;
import org.opendisclosure.procurement.model.ProcurementCategory;
import org.opendisclosure.procurement.model.ProcurementLineRow;
import org.opendisclosure.procurement.model.ProcurementOverviewRow;
import org.opendisclosure.procurement.model.ProcurementTotalRow;

@ApplicationScoped
public class ProcurementRepository implements PanacheRepository<ProcurementEntity> {

    /** The lines' sort keys, as the API names them, and the columns they sort by. */
    static final Map<String, String> LINE_SORTS = Map.ofEntries(
            Map.entry("departmentId", "p.divisionCode"),
            Map.entry("departmentName", "r.departmentName"),
            Map.entry("amount", "l.amount"),
            Map.entry("quantity", "l.quantity"),
            Map.entry("unitPrice", "l.unitPrice"),
            Map.entry("catalogueCode", "l.catalogueCode"),
            Map.entry("itemName", "l.itemName"),
            Map.entry("projectName", "l.projectName"));

    static final Map<String, String> OVERVIEW_SORTS = Map.ofEntries(
            // The whole id, so that -departmentId is descending all the way, not only by division.
            Map.entry("departmentId", "concat(p.divisionCode, '-', p.departmentCode)"),
            Map.entry("statedTotal", "r.statedTotal"),
            Map.entry("lineCount", "size(r.lines)"));

    /** Current lines of every department's procurement budget for a year, one row each. */
    public List<ProcurementLineRow> lines(int fiscalYear, LineFilter filter, String sortKey, PageRequest page) {
        SortOrder sort = SortOrder.parse(sortKey, "departmentId", LINE_SORTS);
        TypedQuery<ProcurementLineRow> query = getEntityManager().createQuery("""
                        select new org.opendisclosure.procurement.model.ProcurementLineRow(
                            concat(p.divisionCode, '-', p.departmentCode), p.divisionCode, p.departmentCode, r.departmentName,
                            p.fiscalYear, r.revision, index(l), l.projectName, l.economicClass, l.itemName, l.catalogueCode,
                            l.category, l.unit, l.quantity, l.unitPrice, l.amount, l.departmentBudget, l.generalPublic,
                            l.governmentFund, l.fiscalSpecial, l.otherSources, l.otherChannels)
                        """ + from(filter) + " order by " + sort.clause() + ", p.divisionCode, p.departmentCode, index(l)",
                ProcurementLineRow.class);
        filter.bind(query, fiscalYear);
        return query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    public long countLines(int fiscalYear, LineFilter filter) {
        TypedQuery<Long> query = getEntityManager().createQuery("select count(l) " + from(filter), Long.class);
        filter.bind(query, fiscalYear);
        return query.getSingleResult();
    }

    /**
     * Sums of the matching current lines per catalogue code or category. PostgreSQL adds the
     * NUMERIC columns exactly; a column no line fills sums to null, not to 0.
     */
    public List<ProcurementTotalRow> totals(int fiscalYear, LineFilter filter, GroupBy groupBy, String sortKey, PageRequest page) {
        SortOrder sort = SortOrder.parse(sortKey, "key", Map.of(
                "key", groupBy.key,
                "amount", "sum(l.amount)",
                "lines", "count(l)",
                "departments", "count(distinct p.id)"));
        TypedQuery<ProcurementTotalRow> query = getEntityManager().createQuery(
                "select new org.opendisclosure.procurement.model.ProcurementTotalRow(" + groupBy.key + ", l.category, "
                        + "count(l), count(distinct p.id), sum(l.amount), sum(l.departmentBudget), sum(l.generalPublic), "
                        + "sum(l.governmentFund), sum(l.fiscalSpecial), sum(l.otherSources), sum(l.otherChannels)) "
                        + from(filter) + " group by " + groupBy.key + ", l.category"
                        + " order by " + sort.clause() + ", " + groupBy.key + " nulls last",
                ProcurementTotalRow.class);
        filter.bind(query, fiscalYear);
        return query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    public long countTotals(int fiscalYear, LineFilter filter, GroupBy groupBy) {
        // A group per key, the null key (lines without a code) included, which count(distinct) would skip.
        TypedQuery<Object> query = getEntityManager().createQuery(
                "select " + groupBy.key + " " + from(filter) + " group by " + groupBy.key, Object.class);
        filter.bind(query, fiscalYear);
        return query.getResultList().size();
    }

    private static String from(LineFilter filter) {
        return """
                from ProcurementRevisionEntity r join r.head p join r.lines l
                where p.fiscalYear = :year and r.revision = p.currentRevision""" + filter.where();
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

        String where() {
            return (divisionPrefix == null ? "" : " and p.divisionCode like :division")
                    + (cataloguePrefix == null ? "" : " and l.catalogueCode like :catalogue")
                    + (category == null ? "" : " and l.category = :category")
                    + (minAmount == null ? "" : " and l.amount >= :minAmount")
                    + (maxAmount == null ? "" : " and l.amount <= :maxAmount");
        }

        void bind(TypedQuery<?> query, int fiscalYear) {
            query.setParameter("year", (short) fiscalYear);
            if (divisionPrefix != null) {
                query.setParameter("division", divisionPrefix + "%");
            }
            if (cataloguePrefix != null) {
                query.setParameter("catalogue", cataloguePrefix + "%");
            }
            if (category != null) {
                query.setParameter("category", category);
            }
            if (minAmount != null) {
                query.setParameter("minAmount", minAmount);
            }
            if (maxAmount != null) {
                query.setParameter("maxAmount", maxAmount);
            }
        }
    }

    /** Every department's current part 六 for a year, one row each, no lines loaded. */
    public List<ProcurementOverviewRow> overview(int fiscalYear, String divisionPrefix, String sortKey, PageRequest page) {
        SortOrder sort = SortOrder.parse(sortKey, "departmentId", OVERVIEW_SORTS);
        TypedQuery<ProcurementOverviewRow> query = getEntityManager().createQuery("""
                        select new org.opendisclosure.procurement.model.ProcurementOverviewRow(
                            concat(p.divisionCode, '-', p.departmentCode), p.divisionCode, p.departmentCode, p.fiscalYear,
                            r.revision, r.revisedAt, r.hasProcurement, r.statedTotal, size(r.lines))
                        """ + overviewFrom(divisionPrefix) + " order by " + sort.clause() + ", p.divisionCode, p.departmentCode",
                ProcurementOverviewRow.class);
        bindOverview(query, fiscalYear, divisionPrefix);
        return query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    public long countOverview(int fiscalYear, String divisionPrefix) {
        TypedQuery<Long> query = getEntityManager().createQuery("select count(r) " + overviewFrom(divisionPrefix), Long.class);
        bindOverview(query, fiscalYear, divisionPrefix);
        return query.getSingleResult();
    }

    private static String overviewFrom(String divisionPrefix) {
        return """
                from ProcurementRevisionEntity r join r.head p
                where p.fiscalYear = :year and r.revision = p.currentRevision"""
                + (divisionPrefix == null ? "" : " and p.divisionCode like :division");
    }

    private static void bindOverview(TypedQuery<?> query, int fiscalYear, String divisionPrefix) {
        query.setParameter("year", (short) fiscalYear);
        if (divisionPrefix != null) {
            query.setParameter("division", divisionPrefix + "%");
        }
    }
}
