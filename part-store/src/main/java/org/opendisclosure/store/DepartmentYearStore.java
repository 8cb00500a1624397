package org.opendisclosure.store;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.util.Optional;
import org.opendisclosure.common.id.DepartmentId;

/**
 * The store of a part whose head row names its department by its codes ({@link DepartmentYearHead}):
 * the head is found by those codes and the fiscal year, and a new one needs nothing but them.
 */
public abstract class DepartmentYearStore<D, V, H extends DepartmentYearHead, R extends PartRevision<H>>
        extends PartStore<D, V, H, R> {

    /** For the client proxy of a normal-scoped subclass only. */
    protected DepartmentYearStore() {
    }

    protected DepartmentYearStore(EntityManager entityManager, ContentHash hashes, Class<H> headType, Class<R> revisionType,
                                  String title, PartMapping<D, V, R> mapping) {
        super(entityManager, hashes, headType, revisionType, title, mapping);
    }

    @Override
    protected H newHead(PartKey key, D document) {
        H head = newRow(headType());
        head.identify(key.department(), key.fiscalYear());
        return head;
    }

    @Override
    protected PartKey keyOf(H head) {
        return new PartKey(new DepartmentId(head.divisionCode, head.departmentCode), head.fiscalYear);
    }

    @Override
    protected Optional<H> findHead(PartKey key, boolean lock) {
        TypedQuery<H> query = entityManager.createQuery("select h from " + entityName(headType())
                        + " h where h.divisionCode = :division and h.departmentCode = :code and h.fiscalYear = :year", headType())
                .setParameter("division", key.department().divisionCode())
                .setParameter("code", key.department().code())
                .setParameter("year", (short) key.fiscalYear());
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst();
    }
}
