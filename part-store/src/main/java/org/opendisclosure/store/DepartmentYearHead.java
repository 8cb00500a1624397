package org.opendisclosure.store;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.opendisclosure.common.id.DepartmentId;

/**
 * The head row of a part a service keeps per department and fiscal year. The department is held
 * by its codes, not a foreign key: departments are budget-service's, in its own database.
 */
@MappedSuperclass
public abstract class DepartmentYearHead extends RevisionedHead {

    @Column(name = "division_code", nullable = false)
    public String divisionCode;

    @Column(name = "department_code", nullable = false)
    public String departmentCode;

    @Column(name = "fiscal_year", nullable = false)
    public short fiscalYear;

    public void identify(DepartmentId department, int year) {
        divisionCode = department.divisionCode();
        departmentCode = department.code();
        fiscalYear = (short) year;
    }
}
