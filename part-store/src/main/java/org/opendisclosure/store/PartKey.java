package org.opendisclosure.store;

import org.opendisclosure.common.id.DepartmentId;

/** What a part of a disclosure is stored under: a department and a fiscal year. */
public record PartKey(DepartmentId department, int fiscalYear) {

    @Override
    public String toString() {
        return department + " " + fiscalYear;
    }
}
