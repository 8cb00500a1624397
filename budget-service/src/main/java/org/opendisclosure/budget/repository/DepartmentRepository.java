package org.opendisclosure.budget.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.opendisclosure.budget.rest.dto.DepartmentSummary;
import org.opendisclosure.common.id.DepartmentId;
import org.opendisclosure.common.web.PageRequest;
import org.opendisclosure.common.web.SortOrder;

@ApplicationScoped
public class DepartmentRepository implements PanacheRepository<DepartmentEntity> {

    public Optional<DepartmentEntity> findByIdentity(DepartmentId id) {
        return find("divisionCode = ?1 and code = ?2", id.divisionCode(), id.code()).firstResultOptional();
    }

    /** The head row, locked until the transaction ends, so concurrent writes take turns. */
    public Optional<DepartmentEntity> findByIdentityForUpdate(DepartmentId id) {
        return find("divisionCode = ?1 and code = ?2", id.divisionCode(), id.code())
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public List<DepartmentSummary> search(DepartmentFilter filter, SortOrder sort, PageRequest page) {
        TypedQuery<DepartmentSummary> query = getEntityManager().createQuery("""
                        select new org.opendisclosure.budget.rest.dto.DepartmentSummary(
                            concat(d.divisionCode, '-', d.code), d.divisionCode, d.code, d.name, r.divisionName,
                            size(r.units), r.revision, r.revisedAt)
                        from DepartmentRevisionEntity r join r.department d
                        where r.revision = d.currentRevision""" + filter.where() + " order by " + sort.clause()
                        + ", d.divisionCode, d.code", DepartmentSummary.class);
        filter.bind(query);
        return query.setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
    }

    public long count(DepartmentFilter filter) {
        TypedQuery<Long> query = getEntityManager().createQuery(
                "select count(d) from DepartmentEntity d where 1 = 1" + filter.where(), Long.class);
        filter.bind(query);
        return query.getSingleResult();
    }

    /** Division code prefix and a fragment of the name; either may be absent. */
    public record DepartmentFilter(String divisionPrefix, String nameFragment) {

        String where() {
            return (divisionPrefix == null ? "" : " and d.divisionCode like :division")
                    + (nameFragment == null ? "" : " and lower(d.name) like :name escape '\\'");
        }

        void bind(TypedQuery<?> query) {
            if (divisionPrefix != null) {
                query.setParameter("division", divisionPrefix + "%");
            }
            if (nameFragment != null) {
                query.setParameter("name", namePattern());
            }
        }

        private String namePattern() {
            String escaped = nameFragment.toLowerCase()
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            return "%" + escaped + "%";
        }
    }
}
