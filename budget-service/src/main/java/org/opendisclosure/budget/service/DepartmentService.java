package org.opendisclosure.budget.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.opendisclosure.budget.mapping.DepartmentMapper;
import org.opendisclosure.budget.model.DepartmentSummary;
import org.opendisclosure.budget.model.DepartmentView;
import org.opendisclosure.budget.repository.DepartmentEntity;
import org.opendisclosure.budget.repository.DepartmentRepository;
import org.opendisclosure.budget.repository.DepartmentRepository.DepartmentFilter;
import org.opendisclosure.budget.repository.OrganizationRepository;
import org.opendisclosure.common.id.DepartmentId;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.common.web.Page;
import org.opendisclosure.common.web.PageRequest;

/**
 * Departments as identities: created by the first part 一 written for them (see
 * {@link OrganizationService}), found by division and name.
 */
@ApplicationScoped
@Transactional
public class DepartmentService {

    private final DepartmentRepository departments;
    private final OrganizationRepository organizations;

    public DepartmentService(DepartmentRepository departments, OrganizationRepository organizations) {
        this.departments = departments;
        this.organizations = organizations;
    }

    public DepartmentView get(DepartmentId id) {
        DepartmentEntity department = require(id);
        return DepartmentMapper.view(department, organizations.years(department));
    }

    public Page<DepartmentSummary> search(DepartmentFilter filter, String sort, PageRequest page) {
        return departments.search(filter, sort, page);
    }

    DepartmentEntity require(DepartmentId id) {
        return departments.findByIdentity(id).orElseThrow(() -> ProblemException.notFound("There is no department " + id));
    }
}
