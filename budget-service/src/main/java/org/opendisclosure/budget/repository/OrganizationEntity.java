package org.opendisclosure.budget.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.opendisclosure.store.RevisionedHead;

/** The head row of a department's part 一 for one fiscal year: which revision is current. */
@Entity
@Table(name = "organization")
public class OrganizationEntity extends RevisionedHead {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id")
    public DepartmentEntity department;

    @Column(name = "fiscal_year", nullable = false)
    public short fiscalYear;
}
