package org.opendisclosure.performance.repository;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.opendisclosure.performance.model.Comparison;

/**
 * One project table of a revision. Immutable once written, like its revision; a new revision
 * gets new project rows.
 */
@Entity
@Table(name = "performance_project")
public class ProjectEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "performance_project_ids")
    @SequenceGenerator(name = "performance_project_ids", sequenceName = "performance_project_ids", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "revision_id")
    public PerformanceRevisionEntity revision;

    /** Place in the published order, from 0. */
    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "unit_code")
    public String unitCode;

    @Column(name = "unit_name", nullable = false)
    public String unitName;

    @Column(name = "budget_total", nullable = false)
    public BigDecimal budgetTotal;

    @Column(name = "fiscal_funds")
    public BigDecimal fiscalFunds;

    @Column(name = "other_funds")
    public BigDecimal otherFunds;

    public String purpose;

    @Column(name = "plan_march")
    public BigDecimal planMarch;
    @Column(name = "plan_june")
    public BigDecimal planJune;
    @Column(name = "plan_october")
    public BigDecimal planOctober;
    @Column(name = "plan_december")
    public BigDecimal planDecember;

    @Column(name = "indicator_count", nullable = false)
    public int indicatorCount;

    // Subselect: reading a part's projects loads every project's goals (and indicators) in one query.
    @ElementCollection
    @CollectionTable(name = "performance_project_goal", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false)
    @Fetch(FetchMode.SUBSELECT)
    public List<String> goals = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "performance_indicator", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    @Fetch(FetchMode.SUBSELECT)
    public List<Indicator> indicators = new ArrayList<>();

    @Embeddable
    public static class Indicator {
        @Column(nullable = false)
        public String level1;
        @Column(nullable = false)
        public String level2;
        @Column(nullable = false)
        public String level3;
        public String description;
        public String target;
        @Enumerated(EnumType.STRING)
        @Column(name = "target_comparison")
        public Comparison targetComparison;
        @Column(name = "target_value")
        public BigDecimal targetValue;
        @Column(name = "target_unit")
        public String targetUnit;
        public String basis;
    }
}
