package org.opendisclosure.budget.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.opendisclosure.budget.mapping.DepartmentMapper;
import org.opendisclosure.budget.model.DepartmentDocument;
import org.opendisclosure.budget.model.OrganizationView;
import org.opendisclosure.budget.model.UnitRow;
import org.opendisclosure.budget.repository.DepartmentEntity;
import org.opendisclosure.budget.repository.DepartmentRepository;
import org.opendisclosure.budget.repository.OrganizationEntity;
import org.opendisclosure.budget.repository.OrganizationRepository;
import org.opendisclosure.budget.repository.OrganizationRevisionEntity;
import org.opendisclosure.common.consistency.Findings;
import org.opendisclosure.common.id.DepartmentId;
import org.opendisclosure.common.web.Page;
import org.opendisclosure.common.web.PageRequest;
import org.opendisclosure.store.ContentHash;
import org.opendisclosure.store.PartKey;
import org.opendisclosure.store.PartMapping;
import org.opendisclosure.store.PartStore;

/**
 * Part 一 (部门职责及机构设置) of every department and fiscal year, stored exactly as given. Its
 * first write creates the department's identity; a write of the department's latest year (or a
 * later one) renames it, so that lists and search show what the newest disclosure says.
 */
@ApplicationScoped
@Transactional
public class OrganizationService
        extends PartStore<DepartmentDocument, OrganizationView, OrganizationEntity, OrganizationRevisionEntity> {

    private final DepartmentRepository departments;
    private final OrganizationRepository organizations;

    public OrganizationService(EntityManager entityManager, ContentHash hashes, DepartmentRepository departments,
                               OrganizationRepository organizations) {
        super(entityManager, hashes, OrganizationEntity.class, OrganizationRevisionEntity.class, "organization",
                new PartMapping<>(DepartmentMapper::fill, DepartmentMapper::document, DepartmentMapper::view));
        this.departments = departments;
        this.organizations = organizations;
    }

    // Looked up through the department, so that only the part's own row is locked for a write.
    @Override
    protected Optional<OrganizationEntity> findHead(PartKey key, boolean lock) {
        return departments.findByIdentity(key.department())
                .flatMap(department -> organizations.find(department, key.fiscalYear(), lock));
    }

    /**
     * A department new to the service is created here, inside the write: two writers creating it
     * at once meet on its unique identity, and the one that loses is answered 409.
     */
    @Override
    protected PartKey keyOf(OrganizationEntity head) {
        return new PartKey(new DepartmentId(head.department.divisionCode, head.department.code), head.fiscalYear);
    }

    @Override
    protected OrganizationEntity newHead(PartKey key, DepartmentDocument document) {
        DepartmentEntity department = departments.findByIdentity(key.department()).orElseGet(() -> {
            DepartmentEntity created = new DepartmentEntity();
            created.divisionCode = key.department().divisionCode();
            created.code = key.department().code();
            rename(created, key, document);
            departments.persist(created);
            return created;
        });
        OrganizationEntity head = new OrganizationEntity();
        head.department = department;
        head.fiscalYear = (short) key.fiscalYear();
        return head;
    }

    @Override
    protected void appended(PartKey key, OrganizationEntity head, OrganizationRevisionEntity revision,
                            DepartmentDocument document) {
        DepartmentEntity department = head.department;
        if (department.latestYear == null || key.fiscalYear() >= department.latestYear) {
            rename(department, key, document);
        }
    }

    private static void rename(DepartmentEntity department, PartKey key, DepartmentDocument document) {
        department.name = document.name();
        department.divisionName = document.divisionName();
        department.latestYear = (short) key.fiscalYear();
    }

    /** Part 一 has no figures: no consistency rule reads it. */
    @Override
    protected void check(PartKey key, DepartmentDocument document, Findings findings) {
    }

    public Page<UnitRow> units(int fiscalYear, String divisionPrefix, String sort, PageRequest page) {
        return organizations.units(fiscalYear, divisionPrefix, sort, page);
    }
}
