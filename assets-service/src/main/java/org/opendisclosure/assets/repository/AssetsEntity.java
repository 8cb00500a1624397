package org.opendisclosure.assets.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The head row of a department's part 七 for one fiscal year: which revision is current. The
 * department is kept by its identity only; budget-service owns departments.
 */
@Entity
@Table(name = "assets")
public class AssetsEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "division_code", nullable = false)
    public String divisionCode;

    @Column(name = "department_code", nullable = false)
    public String departmentCode;

    @Column(name = "fiscal_year", nullable = false)
    public short fiscalYear;

    @Column(name = "current_revision", nullable = false)
    public int currentRevision;
}
