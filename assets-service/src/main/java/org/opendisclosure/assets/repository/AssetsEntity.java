package org.opendisclosure.assets.repository;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.opendisclosure.store.DepartmentYearHead;

/**
 * The head row of a department's part 七 for one fiscal year: which revision is current. The
 * department is kept by its identity only; budget-service owns departments.
 */
@Entity
@Table(name = "assets")
public class AssetsEntity extends DepartmentYearHead {
}
