package org.opendisclosure.budget.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import org.opendisclosure.budget.model.DepartmentSummary;
import org.opendisclosure.common.id.DepartmentId;
import org.opendisclosure.common.web.Page;
import org.opendisclosure.common.web.PageRequest;
import org.opendisclosure.common.web.SortKeys;
import org.opendisclosure.common.web.SortOrder;
import org.opendisclosure.store.Conditions;

@ApplicationScoped
public class DepartmentRepository implements PanacheRepository<DepartmentEntity> {

    /** The list's sort keys and what they order by. */
    public static final SortKeys SORTS = new SortKeys("id", Map.of(
            "id", "d.divisionCode",
            "name", "d.name",
            "revisedAt", "r.revisedAt"));

    public Optional<DepartmentEntity> findByIdentity(DepartmentId id) {
        return find("divisionCode = ?1 and code = ?2", id.divisionCode(), id.code()).firstResultOptional();
    }

    /**
     * One row per department, with the figures of its latest year's part 一. A department known
     * only from before part 一 was kept per year has none: it is listed all the same.
     */
    public Page<DepartmentSummary> search(DepartmentFilter filter, String sort, PageRequest page) {
        SortOrder order = SORTS.parse(sort);
        Conditions conditions = filter.conditions();
        return conditions.page(getEntityManager().createQuery("""
                        select new org.opendisclosure.budget.model.DepartmentSummary(
                            concat(d.divisionCode, '-', d.code), d.divisionCode, d.code, d.name, d.divisionName,
                            cast(d.latestYear as Integer), size(r.units), r.revision, r.revisedAt)
                        from DepartmentEntity d
                        left join OrganizationEntity o on o.department = d and o.fiscalYear = d.latestYear
                        left join OrganizationRevisionEntity r on r.head = o and r.revision = o.currentRevision
                        """ + conditions.where() + " order by " + order.clause() + ", d.divisionCode, d.code",
                DepartmentSummary.class),
                getEntityManager().createQuery("select count(d) from DepartmentEntity d" + conditions.where(), Long.class), page);
    }

    /** Division code prefix and a fragment of the name; either may be absent. */
    public record DepartmentFilter(String divisionPrefix, String nameFragment) {

        Conditions conditions() {
            return Conditions.all().startsWith("d.divisionCode", "division", divisionPrefix).contains("name", nameFragment, "d.name");
        }
    }
}
