package org.opendisclosure.budget.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opendisclosure.budget.model.DepartmentSummary;
import org.opendisclosure.common.id.DepartmentId;
import org.opendisclosure.common.web.PageRequest;
import org.opendisclosure.common.web.SortOrder;

@ApplicationScoped
public class DepartmentRepository implements PanacheRepository<DepartmentEntity> {

    /** The list's sort keys and what they order by. */
    static final Map<String, String> SORTS = Map.of(
            "id", "d.divisionCode",
            "name", "d.name",
            "revisedAt", "r.revisedAt");

    public Optional<DepartmentEntity> findByIdentity(DepartmentId id) {
        return find("divisionCode = ?1 and code = ?2", id.divisionCode(), id.code()).firstResultOptional();
    }

    /**
     * One row per department, with the figures of its latest year's part 一. A department known
     * only from before part 一 was kept per year has none: it is listed all the same.
     */
    public List<DepartmentSummary> search(DepartmentFilter filter, String sort, PageRequest page) {
        SortOrder order = SortOrder.parse(sort, "id", SORTS);
        TypedQuery<DepartmentSummary> query = getEntityManager().createQuery("""
                        select new org.opendisclosure.budget.model.DepartmentSummary(
                            concat(d.divisionCode, '-', d.code), d.divisionCode, d.code, d.name, d.divisionName,
                            cast(d.latestYear as Integer), size(r.units), r.revision, r.revisedAt)
                        from DepartmentEntity d
                        left join OrganizationEntity o on o.department = d and o.fiscalYear = d.latestYear
                        left join OrganizationRevisionEntity r on r.head = o and r.revision = o.currentRevision
                        where 1 = 1""" + filter.where() + " order by " + order.clause() + ", d.divisionCode, d.code",
                DepartmentSummary.class);
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
