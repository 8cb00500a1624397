package org.opendisclosure.store;

import org.opendisclosure.common.web.DepartmentYearAddress;

/** The path of a part: {@code /api/v1/departments/{departmentId}/…/{year}}, as the key its store reads. */
public class PartAddress extends DepartmentYearAddress {

    public PartKey key() {
        return new PartKey(id(), year());
    }
}
