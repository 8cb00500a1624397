package org.opendisclosure.budget.repository;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.opendisclosure.store.PartRevision;

/** One immutable revision of a department-year's part 一. */
@Entity
@Table(name = "organization_revision")
@AssociationOverride(name = "head", joinColumns = @JoinColumn(name = "organization_id"))
public class OrganizationRevisionEntity extends PartRevision<OrganizationEntity> {

    @Column(nullable = false)
    public String name;

    @Column(name = "division_name")
    public String divisionName;

    @Column(name = "duties_basis")
    public String dutiesBasis;

    @Column(name = "duties_basis_document")
    public String dutiesBasisDocument;

    @ElementCollection
    @CollectionTable(name = "organization_revision_duty", joinColumns = @JoinColumn(name = "revision_id"))
    @OrderColumn(name = "position")
    public List<Duty> duties = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "organization_revision_unit", joinColumns = @JoinColumn(name = "revision_id"))
    @OrderColumn(name = "position")
    public List<Unit> units = new ArrayList<>();

    @Embeddable
    public static class Duty {
        public String label;
        @Column(nullable = false)
        public String text;
    }

    @Embeddable
    public static class Unit {
        public Integer sequence;
        public String code;
        @Column(nullable = false)
        public String name;
        public String nature;
        public String rank;
        @Column(name = "funding_form")
        public String fundingForm;
    }
}
