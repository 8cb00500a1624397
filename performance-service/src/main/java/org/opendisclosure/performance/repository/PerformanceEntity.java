package org.opendisclosure.performance.repository;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.opendisclosure.store.DepartmentYearHead;

/**
 * The head row of a department's performance part for one fiscal year: which revision is current.
 * The department is named by its identity only; it is budget-service's to own.
 */
@Entity
@Table(name = "performance")
public class PerformanceEntity extends DepartmentYearHead {
}
