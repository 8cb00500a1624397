package org.opendisclosure.budget.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class OrganizationRepository implements PanacheRepository<OrganizationEntity> {

    /** The department's part 一 of the year, locked until the transaction ends when {@code lock}. */
    public Optional<OrganizationEntity> find(DepartmentEntity department, int fiscalYear, boolean lock) {
        var query = find("department = ?1 and fiscalYear = ?2", department, (short) fiscalYear);
        return (lock ? query.withLock(LockModeType.PESSIMISTIC_WRITE) : query).firstResultOptional();
    }

    /** The fiscal years the department has part 一 for, oldest first. */
    public List<Integer> years(DepartmentEntity department) {
        return getEntityManager().createQuery("select o.fiscalYear from OrganizationEntity o where o.department = :department "
                        + "order by o.fiscalYear", Short.class)
                .setParameter("department", department)
                .getResultStream().map(Short::intValue).toList();
    }
}
