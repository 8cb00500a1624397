package org.opendisclosure.procurement.repository;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.opendisclosure.procurement.model.ProcurementCategory;
import org.opendisclosure.store.PartRevision;

/** One immutable revision of a department-year's procurement budget (part 六). */
@Entity
@Table(name = "procurement_revision")
@AssociationOverride(name = "head", joinColumns = @JoinColumn(name = "procurement_id"))
public class ProcurementRevisionEntity extends PartRevision<ProcurementEntity> {

    @Column(name = "has_procurement", nullable = false)
    public boolean hasProcurement;

    @Column(name = "department_name")
    public String departmentName;

    public String statement;

    @Column(name = "stated_total")
    public BigDecimal statedTotal;

    @Column(name = "has_total_row", nullable = false)
    public boolean hasTotalRow;
    @Column(name = "total_label")
    public String totalLabel;
    @Column(name = "total_amount")
    public BigDecimal totalAmount;
    @Column(name = "total_department_budget")
    public BigDecimal totalDepartmentBudget;
    @Column(name = "total_general_public")
    public BigDecimal totalGeneralPublic;
    @Column(name = "total_government_fund")
    public BigDecimal totalGovernmentFund;
    @Column(name = "total_fiscal_special")
    public BigDecimal totalFiscalSpecial;
    @Column(name = "total_other_sources")
    public BigDecimal totalOtherSources;
    @Column(name = "total_other_channels")
    public BigDecimal totalOtherChannels;

    @ElementCollection
    @CollectionTable(name = "procurement_line", joinColumns = @JoinColumn(name = "revision_id"))
    @OrderColumn(name = "position")
    public List<Line> lines = new ArrayList<>();

    @Embeddable
    public static class Line {
        @Column(name = "project_name")
        public String projectName;
        @Column(name = "economic_class")
        public String economicClass;
        @Column(name = "item_name", nullable = false)
        public String itemName;
        @Column(name = "catalogue_code")
        public String catalogueCode;
        @Enumerated(EnumType.STRING)
        public ProcurementCategory category;
        public String unit;
        public BigDecimal quantity;
        @Column(name = "unit_price")
        public BigDecimal unitPrice;
        @Column(nullable = false)
        public BigDecimal amount;
        @Column(name = "department_budget")
        public BigDecimal departmentBudget;
        @Column(name = "general_public")
        public BigDecimal generalPublic;
        @Column(name = "government_fund")
        public BigDecimal governmentFund;
        @Column(name = "fiscal_special")
        public BigDecimal fiscalSpecial;
        @Column(name = "other_sources")
        public BigDecimal otherSources;
        @Column(name = "other_channels")
        public BigDecimal otherChannels;
    }
}
