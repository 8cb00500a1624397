package org.opendisclosure.budget.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A department's identity, the one every part of its disclosures hangs off. Name and division name
 * are those of its latest year's part 一, kept here so that listing and search read one row.
 */
@Entity
@Table(name = "department")
public class DepartmentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "division_code", nullable = false)
    public String divisionCode;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "division_name")
    public String divisionName;

    /** The latest fiscal year with a part 一; null for a department known only from before part 一 was kept per year. */
    @Column(name = "latest_year")
    public Short latestYear;
}
