package org.opendisclosure.assets.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.opendisclosure.assets.model.AssetsOverviewRow;
import org.opendisclosure.common.web.PageRequest;
import org.opendisclosure.common.web.SortOrder;

@ApplicationScoped
public class AssetsRepository implements PanacheRepository<AssetsEntity> {

    /** The overview's sort keys and what they order by. */
    static final Map<String, String> OVERVIEW_SORTS = Map.ofEntries(
            // The whole id, so that -departmentId is descending all the way, not only by division.
            Map.entry("departmentId", "concat(a.divisionCode, '-', a.departmentCode)"),
            Map.entry("asOf", "r.asOf"),
            Map.entry("totalFixedAssets", "r.totalFixedAssets"),
            Map.entry("buildingArea", "r.buildingArea"),
            Map.entry("buildingValue", "r.buildingValue"),
            Map.entry("officeArea", "r.officeArea"),
            Map.entry("officeValue", "r.officeValue"),
            Map.entry("vehicleCount", "r.vehicleCount"),
            Map.entry("vehicleValue", "r.vehicleValue"),
            Map.entry("highValueEquipmentCount", "r.highValueEquipmentCount"),
            Map.entry("highValueEquipmentValue", "r.highValueEquipmentValue"),
            Map.entry("otherFixedAssets", "r.otherFixedAssets"));

    /** What the analysts' list may be narrowed by; a null bound does not narrow it. */
    public record OverviewFilter(String divisionPrefix, BigDecimal minTotal, BigDecimal maxTotal, Integer minVehicles) {
    }

    /** Current figures of every department's part 七 for a year: one row each, no collections loaded. */
    public List<AssetsOverviewRow> overview(int fiscalYear, OverviewFilter filter, String sortKey, PageRequest page) {
        SortOrder sort = SortOrder.parse(sortKey, "departmentId", OVERVIEW_SORTS);
        TypedQuery<AssetsOverviewRow> query = getEntityManager().createQuery("""
                        select new org.opendisclosure.assets.model.AssetsOverviewRow(
                            concat(a.divisionCode, '-', a.departmentCode), a.divisionCode, a.departmentCode, a.fiscalYear,
                            r.revision, r.revisedAt, r.asOf, r.totalFixedAssets,
                            r.buildingArea, r.buildingValue, r.officeArea, r.officeValue,
                            r.vehicleCount, r.vehicleValue, r.highValueEquipmentCount, r.highValueEquipmentValue,
                            r.otherFixedAssets, r.plannedPurchasesNone, size(r.plannedPurchases))
                        """ + overviewFrom(filter) + " order by " + sort.clause() + ", a.divisionCode, a.departmentCode",
                AssetsOverviewRow.class);
        bindOverview(query, fiscalYear, filter);
        return query.setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
    }

    public long countOverview(int fiscalYear, OverviewFilter filter) {
        TypedQuery<Long> query = getEntityManager().createQuery("select count(r) " + overviewFrom(filter), Long.class);
        bindOverview(query, fiscalYear, filter);
        return query.getSingleResult();
    }

    private static String overviewFrom(OverviewFilter filter) {
        return """
                from AssetsRevisionEntity r join r.head a
                where a.fiscalYear = :year and r.revision = a.currentRevision"""
                + (filter.divisionPrefix() == null ? "" : " and a.divisionCode like :division")
                + (filter.minTotal() == null ? "" : " and r.totalFixedAssets >= :minTotal")
                + (filter.maxTotal() == null ? "" : " and r.totalFixedAssets <= :maxTotal")
                + (filter.minVehicles() == null ? "" : " and r.vehicleCount >= :minVehicles");
    }

    private static void bindOverview(TypedQuery<?> query, int fiscalYear, OverviewFilter filter) {
        query.setParameter("year", (short) fiscalYear);
        if (filter.divisionPrefix() != null) {
            query.setParameter("division", filter.divisionPrefix() + "%");
        }
        if (filter.minTotal() != null) {
            query.setParameter("minTotal", filter.minTotal());
        }
        if (filter.maxTotal() != null) {
            query.setParameter("maxTotal", filter.maxTotal());
        }
        if (filter.minVehicles() != null) {
            query.setParameter("minVehicles", filter.minVehicles());
        }
    }
}
