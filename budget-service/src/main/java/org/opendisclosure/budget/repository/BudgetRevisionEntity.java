package org.opendisclosure.budget.repository;

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
import org.opendisclosure.budget.model.ThreePublicCategory;
import org.opendisclosure.store.PartRevision;

/** One immutable revision of a department-year's budget parts 二, 三, 四, 八 and 九. */
@Entity
@Table(name = "budget_revision")
@AssociationOverride(name = "head", joinColumns = @JoinColumn(name = "budget_id"))
public class BudgetRevisionEntity extends PartRevision<BudgetEntity> {

    @Column(name = "revenue_total", nullable = false)
    public BigDecimal revenueTotal;
    @Column(name = "revenue_general_public")
    public BigDecimal revenueGeneralPublic;
    @Column(name = "revenue_government_fund")
    public BigDecimal revenueGovernmentFund;
    @Column(name = "revenue_fiscal_special")
    public BigDecimal revenueFiscalSpecial;
    @Column(name = "revenue_other_sources")
    public BigDecimal revenueOtherSources;

    @Column(name = "expenditure_total", nullable = false)
    public BigDecimal expenditureTotal;
    @Column(name = "expenditure_basic", nullable = false)
    public BigDecimal expenditureBasic;
    @Column(name = "expenditure_personnel")
    public BigDecimal expenditurePersonnel;
    @Column(name = "expenditure_public")
    public BigDecimal expenditurePublic;
    @Column(name = "expenditure_project", nullable = false)
    public BigDecimal expenditureProject;
    @Column(name = "project_description")
    public String projectDescription;
    @Column(name = "expenditure_other")
    public BigDecimal expenditureOther;

    @Column(name = "change_total")
    public BigDecimal changeTotal;
    @Column(name = "change_total_reason")
    public String changeTotalReason;
    @Column(name = "change_basic")
    public BigDecimal changeBasic;
    @Column(name = "change_basic_reason")
    public String changeBasicReason;
    @Column(name = "change_project")
    public BigDecimal changeProject;
    @Column(name = "change_project_reason")
    public String changeProjectReason;
    @Column(name = "change_other")
    public BigDecimal changeOther;
    @Column(name = "change_other_reason")
    public String changeOtherReason;

    @Column(name = "operating_total", nullable = false)
    public BigDecimal operatingTotal;

    @Column(name = "operating_statement")
    public String operatingStatement;

    @Column(name = "three_public_total_name")
    public String threePublicTotalName;
    @Column(name = "three_public_previous", nullable = false)
    public BigDecimal threePublicPrevious;
    @Column(name = "three_public_current", nullable = false)
    public BigDecimal threePublicCurrent;
    @Column(name = "three_public_change")
    public BigDecimal threePublicChange;
    @Column(name = "three_public_reason")
    public String threePublicReason;

    @Column(name = "other_notes", nullable = false)
    public String otherNotes;

    @ElementCollection
    @CollectionTable(name = "budget_operating_expense_item", joinColumns = @JoinColumn(name = "revision_id"))
    @OrderColumn(name = "position")
    public List<OperatingItem> operatingItems = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "budget_three_public_row", joinColumns = @JoinColumn(name = "revision_id"))
    @OrderColumn(name = "position")
    public List<ThreePublicRow> threePublicRows = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "budget_glossary_entry", joinColumns = @JoinColumn(name = "revision_id"))
    @OrderColumn(name = "position")
    public List<GlossaryEntry> glossary = new ArrayList<>();

    @Embeddable
    public static class OperatingItem {
        @Column(nullable = false)
        public String name;
        @Column(nullable = false)
        public BigDecimal amount;
    }

    @Embeddable
    public static class ThreePublicRow {
        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        public ThreePublicCategory category;
        @Column(nullable = false)
        public String name;
        @Column(name = "previous_year", nullable = false)
        public BigDecimal previousYear;
        @Column(name = "current_year", nullable = false)
        public BigDecimal currentYear;
        public BigDecimal change;
        public String reason;
    }

    @Embeddable
    public static class GlossaryEntry {
        @Column(nullable = false)
        public String term;
        @Column(nullable = false)
        public String definition;
    }
}
