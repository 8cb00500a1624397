package org.opendisclosure.performance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.opendisclosure.common.id.DepartmentId;

@ApplicationScoped
public class PerformanceRepository implements PanacheRepository<PerformanceEntity> {

    private static final String IDENTITY = "divisionCode = ?1 and departmentCode = ?2 and fiscalYear = ?3";

    public Optional<PerformanceEntity> find(DepartmentId department, int fiscalYear) {
        return find(IDENTITY, department.divisionCode(), department.code(), (short) fiscalYear).firstResultOptional();
    }

    /** The head row, locked until the transaction ends, so concurrent writes take turns. */
    public Optional<PerformanceEntity> findForUpdate(DepartmentId department, int fiscalYear) {
        return find(IDENTITY, department.divisionCode(), department.code(), (short) fiscalYear)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
