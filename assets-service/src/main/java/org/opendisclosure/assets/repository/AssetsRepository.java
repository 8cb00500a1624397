package org.opendisclosure.assets.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Map;
import org.opendisclosure.assets.model.AssetsAreaRow;
import org.opendisclosure.assets.model.AssetsOverviewRow;
import org.opendisclosure.common.web.AreaParams.AreaQuery;
import org.opendisclosure.common.web.Page;
import org.opendisclosure.common.web.PageRequest;
import org.opendisclosure.common.web.SortKeys;
import org.opendisclosure.common.web.SortOrder;
import org.opendisclosure.common.web.YearRange;
import org.opendisclosure.store.AreaRollup;
import org.opendisclosure.store.Conditions;

@ApplicationScoped
public class AssetsRepository implements PanacheRepository<AssetsEntity> {

    private static final AreaRollup AREAS = new AreaRollup(
            "from AssetsRevisionEntity r join r.head a", "r", "a", "a.divisionCode");

    /** The current parts summed by area and year. */
    public Page<AssetsAreaRow> areas(YearRange years, AreaQuery area, PageRequest page) {
        return AREAS.page(getEntityManager(), AssetsAreaRow.class,
                "sum(r.totalFixedAssets), sum(r.buildingArea), count(r.buildingArea), sum(r.vehicleCount), count(r.vehicleCount), sum(r.vehicleValue), count(r.vehicleValue)", years, area, page);
    }

    private static final String OVERVIEW_FROM = "from AssetsRevisionEntity r join r.head a";

    /** The overview's sort keys and what they order by. */
    public static final SortKeys OVERVIEW_SORTS = new SortKeys("departmentId", Map.ofEntries(
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
            Map.entry("otherFixedAssets", "r.otherFixedAssets")));

    /** What the analysts' list may be narrowed by; a null bound does not narrow it. */
    public record OverviewFilter(String divisionPrefix, BigDecimal minTotal, BigDecimal maxTotal, Integer minVehicles) {
    }

    /** Current figures of every department's part 七 for a year: one row each, no collections loaded. */
    public Page<AssetsOverviewRow> overview(int fiscalYear, OverviewFilter filter, String sortKey, PageRequest page) {
        SortOrder sort = OVERVIEW_SORTS.parse(sortKey);
        Conditions conditions = Conditions.currentRevisions("r", "a", fiscalYear)
                .startsWith("a.divisionCode", "division", filter.divisionPrefix())
                .and("r.totalFixedAssets >= :minTotal", "minTotal", filter.minTotal())
                .and("r.totalFixedAssets <= :maxTotal", "maxTotal", filter.maxTotal())
                .and("r.vehicleCount >= :minVehicles", "minVehicles", filter.minVehicles());
        return conditions.page(getEntityManager().createQuery("""
                        select new org.opendisclosure.assets.model.AssetsOverviewRow(
                            concat(a.divisionCode, '-', a.departmentCode), a.divisionCode, a.departmentCode, a.fiscalYear,
                            r.revision, r.revisedAt, r.asOf, r.totalFixedAssets,
                            r.buildingArea, r.buildingValue, r.officeArea, r.officeValue,
                            r.vehicleCount, r.vehicleValue, r.highValueEquipmentCount, r.highValueEquipmentValue,
                            r.otherFixedAssets, r.plannedPurchasesNone, size(r.plannedPurchases))
                        """ + OVERVIEW_FROM + conditions.where() + " order by " + sort.clause() + ", a.divisionCode, a.departmentCode",
                AssetsOverviewRow.class),
                getEntityManager().createQuery("select count(r) " + OVERVIEW_FROM + conditions.where(), Long.class), page);
    }
}
