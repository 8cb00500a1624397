package org.opendisclosure.assets.repository;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.opendisclosure.store.PartRevision;

/** One immutable revision of a department-year's part 七. */
@Entity
@Table(name = "assets_revision")
@AssociationOverride(name = "head", joinColumns = @JoinColumn(name = "assets_id"))
public class AssetsRevisionEntity extends PartRevision<AssetsEntity> {

    public String statement;

    @Column(name = "as_of", nullable = false)
    public LocalDate asOf;

    @Column(name = "total_fixed_assets", nullable = false)
    public BigDecimal totalFixedAssets;

    @Column(name = "building_area")
    public BigDecimal buildingArea;
    @Column(name = "building_value")
    public BigDecimal buildingValue;
    @Column(name = "office_area")
    public BigDecimal officeArea;
    @Column(name = "office_value")
    public BigDecimal officeValue;

    @Column(name = "vehicle_count")
    public Integer vehicleCount;
    @Column(name = "vehicle_value")
    public BigDecimal vehicleValue;

    @Column(name = "high_value_equipment_count")
    public Integer highValueEquipmentCount;
    @Column(name = "high_value_equipment_value")
    public BigDecimal highValueEquipmentValue;

    @Column(name = "other_fixed_assets")
    public BigDecimal otherFixedAssets;

    @Column(name = "planned_purchases_none", nullable = false)
    public boolean plannedPurchasesNone;

    @Column(name = "planned_purchases_statement")
    public String plannedPurchasesStatement;

    @ElementCollection
    @CollectionTable(name = "assets_planned_purchase", joinColumns = @JoinColumn(name = "revision_id"))
    @OrderColumn(name = "position")
    public List<PlannedPurchase> plannedPurchases = new ArrayList<>();

    @Embeddable
    public static class PlannedPurchase {
        @Column(nullable = false)
        public String name;
        public Integer quantity;
        public BigDecimal amount;
    }
}
