package org.opendisclosure.procurement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.opendisclosure.common.id.DepartmentId;
import org.opendisclosure.common.web.PageRequest;
import org.opendisclosure.common.web.SortOrder;
import org.opendisclosure.procurement.rest.dto.ProcurementCategory;
import org.opendisclosure.procurement.rest.dto.ProcurementLineRow;
import org.opendisclosure.procurement.rest.dto.ProcurementOverviewRow;
import org.opendisclosure.procurement.rest.dto.ProcurementTotalRow;

@ApplicationScoped
public class ProcurementRepository implements PanacheRepository<ProcurementEntity> {

    private static final String IDENTITY = "divisionCode = ?1 and departmentCode = ?2 and fiscalYear = ?3";

    public Optional<ProcurementEntity> find(DepartmentId id, int fiscalYear) {
        return find(IDENTITY, id.divisionCode(), id.code(), (short) fiscalYear).firstResultOptional();
    }

    /** The head row, locked until the transaction ends, so concurrent writes take turns. */
    public Optional<ProcurementEntity> findForUpdate(DepartmentId id, int fiscalYear) {
        return find(IDENTITY, id.divisionCode(), id.code(), (short) fiscalYear)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Current lines of every department's procurement budget for a year, one row each. */
    public List<ProcurementLineRow> lines(int fiscalYear, LineFilter filter, SortOrder sort, PageRequest page) {
        TypedQuery<ProcurementLineRow> query = getEntityManager().createQuery("""
                        select new org.opendisclosure.procurement.rest.dto.ProcurementLineRow(
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
    public List<ProcurementTotalRow> totals(int fiscalYear, LineFilter filter, GroupBy groupBy, SortOrder sort, PageRequest page) {
        TypedQuery<ProcurementTotalRow> query = getEntityManager().createQuery(
                "select new org.opendisclosure.procurement.rest.dto.ProcurementTotalRow(" + groupBy.key + ", l.category, "
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
                from ProcurementRevisionEntity r join r.procurement p join r.lines l
                where p.fiscalYear = :year and r.revision = p.currentRevision""" + filter.where();
    }

    public enum GroupBy {
        CATALOGUE_CODE("l.catalogueCode"),
        CATEGORY("l.category");

        public final String key;

        GroupBy(String key) {
            this.key = key;
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
    public List<ProcurementOverviewRow> overview(int fiscalYear, String divisionPrefix, SortOrder sort, PageRequest page) {
        TypedQuery<ProcurementOverviewRow> query = getEntityManager().createQuery("""
                        select new org.opendisclosure.procurement.rest.dto.ProcurementOverviewRow(
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
                from ProcurementRevisionEntity r join r.procurement p
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
