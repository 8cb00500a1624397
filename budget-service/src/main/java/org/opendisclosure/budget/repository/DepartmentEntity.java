package org.opendisclosure.budget.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.opendisclosure.store.RevisionedHead;

/** The head row of a department: its identity and which revision is current. */
@Entity
@Table(name = "department")
public class DepartmentEntity extends RevisionedHead {

    @Column(name = "division_code", nullable = false)
    public String divisionCode;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;
}
