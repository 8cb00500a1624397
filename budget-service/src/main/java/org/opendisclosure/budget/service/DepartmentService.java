package org.opendisclosure.budget.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.opendisclosure.budget.mapping.DepartmentMapper;
import org.opendisclosure.budget.repository.DepartmentEntity;
import org.opendisclosure.budget.repository.DepartmentRepository;
import org.opendisclosure.budget.repository.DepartmentRepository.DepartmentFilter;
import org.opendisclosure.budget.repository.DepartmentRevisionEntity;
import org.opendisclosure.budget.repository.DepartmentRevisionRepository;
import org.opendisclosure.budget.rest.dto.DepartmentDocument;
import org.opendisclosure.budget.rest.dto.DepartmentSummary;
import org.opendisclosure.budget.rest.dto.DepartmentView;
import org.opendisclosure.common.revision.RevisionInfo;
import org.opendisclosure.common.id.DepartmentId;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.store.ContentHash;
import org.opendisclosure.store.Precondition;
import org.opendisclosure.store.RevisionedWrite;
import org.opendisclosure.store.Revisions;
import org.opendisclosure.common.revision.Written;
import org.opendisclosure.common.web.Page;
import org.opendisclosure.common.web.PageRequest;
import org.opendisclosure.common.web.SortOrder;

@ApplicationScoped
@Transactional
public class DepartmentService {

    private final DepartmentRepository departments;
    private final DepartmentRevisionRepository revisions;
    private final ContentHash hashes;

    public DepartmentService(DepartmentRepository departments, DepartmentRevisionRepository revisions, ContentHash hashes) {
        this.departments = departments;
        this.revisions = revisions;
        this.hashes = hashes;
    }

    /** Creates the department or replaces it with a new revision; the same document again changes nothing. */
    public Written<DepartmentView> put(DepartmentId id, DepartmentDocument document, Precondition<DepartmentView> precondition) {
        DepartmentEntity existing = departments.findByIdentityForUpdate(id).orElse(null);
        DepartmentRevisionEntity current = existing == null ? null : currentRevision(existing);
        String hash = hashes.of(document);
        return RevisionedWrite.write(departments.getEntityManager(),
                current == null ? null : DepartmentMapper.view(existing, current),
                current == null ? null : current.contentHash,
                hash, precondition,
                () -> append(id, existing, document, hash),
                "department " + id);
    }

    private DepartmentView append(DepartmentId id, DepartmentEntity existing, DepartmentDocument document, String hash) {
        DepartmentEntity department = existing;
        if (department == null) {
            department = new DepartmentEntity();
            department.divisionCode = id.divisionCode();
            department.code = id.code();
        }
        DepartmentRevisionEntity revision = new DepartmentRevisionEntity();
        revision.department = department;
        revision.revision = department.currentRevision + 1;
        revision.revisedAt = Revisions.now();
        revision.contentHash = hash;
        DepartmentMapper.fill(revision, document);
        department.currentRevision = revision.revision;
        department.name = document.name();
        if (existing == null) {
            departments.persist(department);
        }
        revisions.persist(revision);
        return DepartmentMapper.view(department, revision);
    }

    public DepartmentView current(DepartmentId id) {
        DepartmentEntity department = require(id);
        return DepartmentMapper.view(department, currentRevision(department));
    }

    public DepartmentView revision(DepartmentId id, int number) {
        DepartmentEntity department = require(id);
        DepartmentRevisionEntity revision = revisions.find(department, number).orElseThrow(() -> ProblemException.notFound(
                "Department " + id + " has no revision " + number + "; its revisions are 1 to " + department.currentRevision));
        return DepartmentMapper.view(department, revision);
    }

    public Page<RevisionInfo> revisions(DepartmentId id, PageRequest page) {
        DepartmentEntity department = require(id);
        List<RevisionInfo> items = revisions.page(department, page).stream().map(DepartmentMapper::info).toList();
        return Page.of(items, page, department.currentRevision);
    }

    public Page<DepartmentSummary> search(DepartmentFilter filter, SortOrder sort, PageRequest page) {
        return Page.of(departments.search(filter, sort, page), page, departments.count(filter));
    }

    DepartmentEntity require(DepartmentId id) {
        return departments.findByIdentity(id).orElseThrow(() -> ProblemException.notFound("There is no department " + id));
    }

    private DepartmentRevisionEntity currentRevision(DepartmentEntity department) {
        return revisions.find(department, department.currentRevision)
                .orElseThrow(() -> new IllegalStateException("department " + department.id + " lost its current revision"));
    }
}
