package org.opendisclosure.procurement.repository;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.opendisclosure.store.DepartmentYearHead;

/**
 * The head row of a department's procurement budget for one fiscal year: which revision is
 * current. The department is only its identifier here; budget-service owns departments.
 */
@Entity
@Table(name = "procurement")
public class ProcurementEntity extends DepartmentYearHead {
}
