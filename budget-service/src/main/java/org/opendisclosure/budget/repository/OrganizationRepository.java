package org.opendisclosure.budget.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opendisclosure.budget.model.UnitRow;
import org.opendisclosure.common.web.Page;
import org.opendisclosure.common.web.PageRequest;
import org.opendisclosure.common.web.SortKeys;
import org.opendisclosure.common.web.SortOrder;
import org.opendisclosure.store.Conditions;

@ApplicationScoped
public class OrganizationRepository implements PanacheRepository<OrganizationEntity> {

    private static final String UNITS_FROM = "from OrganizationRevisionEntity r join r.head o join o.department d join r.units u";

    public static final SortKeys UNIT_SORTS = new SortKeys("departmentId", Map.of(
            "departmentId", "d.divisionCode",
            "departmentName", "r.name",
            "unitName", "u.name",
            "nature", "u.nature"));

    /** The units of every department's current part 一 of a year, in each department's published order. */
    public Page<UnitRow> units(int fiscalYear, String divisionPrefix, String sortKey, PageRequest page) {
        SortOrder sort = UNIT_SORTS.parse(sortKey);
        Conditions conditions = Conditions.currentRevisions("r", "o", fiscalYear).startsWith("d.divisionCode", "division", divisionPrefix);
        return conditions.page(getEntityManager().createQuery("select new " + UnitRow.class.getName()
                        + "(concat(d.divisionCode, '-', d.code), d.divisionCode, d.code, r.name, o.fiscalYear, r.revision, index(u), "
                        + "u.sequence, u.code, u.name, u.nature, u.rank, u.fundingForm) " + UNITS_FROM + conditions.where()
                        + " order by " + sort.clause() + ", d.divisionCode, d.code, index(u)", UnitRow.class),
                getEntityManager().createQuery("select count(u) " + UNITS_FROM + conditions.where(), Long.class), page);
    }

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
