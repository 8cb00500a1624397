package org.opendisclosure.performance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opendisclosure.common.consistency.Findings;
import org.opendisclosure.common.consistency.FindingsReport;
import org.opendisclosure.common.id.DepartmentId;
import org.opendisclosure.common.problem.Problem;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.store.ContentHash;
import org.opendisclosure.store.Precondition;
import org.opendisclosure.store.RevisionedWrite;
import org.opendisclosure.store.Revisions;
import org.opendisclosure.common.revision.Written;
import org.opendisclosure.common.web.Page;
import org.opendisclosure.common.web.PageRequest;
import org.opendisclosure.common.web.SortOrder;
import org.opendisclosure.performance.mapping.PerformanceMapper;
import org.opendisclosure.performance.repository.IndicatorFilter;
import org.opendisclosure.performance.repository.PerformanceEntity;
import org.opendisclosure.performance.repository.PerformanceRepository;
import org.opendisclosure.performance.repository.PerformanceRevisionEntity;
import org.opendisclosure.performance.repository.PerformanceRevisionRepository;
import org.opendisclosure.performance.repository.ProjectEntity;
import org.opendisclosure.performance.repository.ProjectRepository;
import org.opendisclosure.performance.repository.ProjectRepository.ProjectFilter;
import org.opendisclosure.performance.rest.dto.PerformanceDocument;
import org.opendisclosure.performance.rest.dto.PerformanceOverviewRow;
import org.opendisclosure.performance.rest.dto.PerformanceView;
import org.opendisclosure.performance.rest.dto.ProjectDetail;
import org.opendisclosure.performance.rest.dto.ProjectRow;
import org.opendisclosure.performance.rest.dto.ProjectView;
import org.opendisclosure.performance.service.checks.PerformanceRules;
import org.opendisclosure.common.revision.RevisionInfo;

/**
 * Part 五 per department and fiscal year. Departments are budget-service's: any well-formed
 * department id may hold a performance part here, and this service never asks whether the
 * department exists there.
 */
@ApplicationScoped
@Transactional
public class PerformanceService {

    private final PerformanceRepository parts;
    private final PerformanceRevisionRepository revisions;
    private final ProjectRepository projects;
    private final ContentHash hashes;

    public PerformanceService(PerformanceRepository parts, PerformanceRevisionRepository revisions, ProjectRepository projects,
                              ContentHash hashes) {
        this.parts = parts;
        this.revisions = revisions;
        this.projects = projects;
        this.hashes = hashes;
    }

    /**
     * Stores the part as a new revision, exactly as given, and derives each indicator's parsed
     * target from its text. Figures that do not add up (funds that do not make the budget, a plan
     * that falls) are stored as published: that is a finding, not an input error.
     */
    public Written<PerformanceView> put(DepartmentId id, int fiscalYear, PerformanceDocument document,
                                        Precondition<PerformanceView> precondition) {
        checkProjectCodes(document);
        PerformanceEntity existing = parts.findForUpdate(id, fiscalYear).orElse(null);
        PerformanceRevisionEntity current = existing == null ? null : currentRevision(existing);
        String hash = hashes.of(document);
        return RevisionedWrite.write(parts.getEntityManager(),
                current == null ? null : PerformanceMapper.view(id.toString(), fiscalYear, current),
                current == null ? null : current.contentHash,
                hash, precondition,
                () -> append(id, fiscalYear, existing, document, hash),
                "the " + fiscalYear + " performance part of " + id);
    }

    private PerformanceView append(DepartmentId id, int fiscalYear, PerformanceEntity existing, PerformanceDocument document,
                                   String hash) {
        PerformanceEntity part = existing;
        if (part == null) {
            part = new PerformanceEntity();
            part.identify(id, fiscalYear);
        }
        PerformanceRevisionEntity revision = new PerformanceRevisionEntity();
        revision.performance = part;
        revision.revision = part.currentRevision + 1;
        revision.revisedAt = Revisions.now();
        revision.contentHash = hash;
        PerformanceMapper.fill(revision, document);
        part.currentRevision = revision.revision;
        if (existing == null) {
            parts.persist(part);
        }
        revisions.persist(revision);
        return PerformanceMapper.view(id.toString(), fiscalYear, revision);
    }

    public PerformanceView current(DepartmentId id, int fiscalYear) {
        return PerformanceMapper.view(id.toString(), fiscalYear, currentRevision(require(id, fiscalYear)));
    }

    public PerformanceView revision(DepartmentId id, int fiscalYear, int number) {
        PerformanceEntity part = require(id, fiscalYear);
        PerformanceRevisionEntity revision = revisions.find(part, number).orElseThrow(() -> ProblemException.notFound(
                "The " + fiscalYear + " performance part of " + id + " has no revision " + number + "; its revisions are 1 to "
                        + part.currentRevision));
        return PerformanceMapper.view(id.toString(), fiscalYear, revision);
    }

    public Page<RevisionInfo> revisions(DepartmentId id, int fiscalYear, PageRequest page) {
        PerformanceEntity part = require(id, fiscalYear);
        List<RevisionInfo> items = revisions.page(part, page).stream().map(PerformanceMapper::info).toList();
        return Page.of(items, page, part.currentRevision);
    }

    /** The current part's projects in published order, only those with an indicator as filtered. */
    public Page<ProjectView> projects(DepartmentId id, int fiscalYear, IndicatorFilter indicators, PageRequest page) {
        PerformanceRevisionEntity current = currentRevision(require(id, fiscalYear));
        List<ProjectView> items = projects.ofRevision(current, indicators, page).stream()
                .map(PerformanceMapper::project).toList();
        return Page.of(items, page, projects.countOfRevision(current, indicators));
    }

    public ProjectDetail project(DepartmentId id, int fiscalYear, String code) {
        PerformanceRevisionEntity current = currentRevision(require(id, fiscalYear));
        ProjectEntity project = projects.find(current, code).orElseThrow(() -> ProblemException.notFound(
                "The " + fiscalYear + " performance part of " + id + " has no project " + code));
        return PerformanceMapper.detail(id.toString(), fiscalYear, project);
    }

    /** The findings of the current revision: what in it fails this part's consistency rules. */
    public FindingsReport findings(DepartmentId id, int fiscalYear, BigDecimal tolerance) {
        PerformanceRevisionEntity current = currentRevision(require(id, fiscalYear));
        return findings(id, fiscalYear, PerformanceMapper.document(current), tolerance);
    }

    /**
     * The findings of a document as the PUT would store it, storing nothing. A document the PUT
     * refuses (two projects with one code) is refused here the same way.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FindingsReport check(DepartmentId id, int fiscalYear, PerformanceDocument document, BigDecimal tolerance) {
        checkProjectCodes(document);
        return findings(id, fiscalYear, document, tolerance);
    }

    private static FindingsReport findings(DepartmentId id, int fiscalYear, PerformanceDocument document, BigDecimal tolerance) {
        Findings findings = new Findings(tolerance);
        PerformanceRules.check(id, document, findings);
        return findings.report(id.toString(), fiscalYear);
    }

    public Page<ProjectRow> search(ProjectFilter filter, SortOrder sort, PageRequest page) {
        return Page.of(projects.search(filter, sort, page), page, projects.count(filter));
    }

    public Page<PerformanceOverviewRow> overview(int fiscalYear, String divisionPrefix, SortOrder sort, PageRequest page) {
        return Page.of(parts.overview(fiscalYear, divisionPrefix, sort, page), page, parts.countOverview(fiscalYear, divisionPrefix));
    }

    private PerformanceEntity require(DepartmentId id, int fiscalYear) {
        return parts.find(id, fiscalYear).orElseThrow(() -> ProblemException.notFound(
                "Department " + id + " has no performance part for " + fiscalYear));
    }

    private PerformanceRevisionEntity currentRevision(PerformanceEntity part) {
        return revisions.find(part, part.currentRevision)
                .orElseThrow(() -> new IllegalStateException("performance part " + part.id + " lost its current revision"));
    }

    /** A project is addressed by its code, so two tables with one code would make one of them unreachable. */
    private static void checkProjectCodes(PerformanceDocument document) {
        Map<String, Integer> seen = new HashMap<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        List<PerformanceDocument.Project> list = document.projects();
        for (int i = 0; i < list.size(); i++) {
            Integer first = seen.putIfAbsent(list.get(i).code(), i);
            if (first != null) {
                errors.add(new Problem.FieldError("projects[" + i + "].code",
                        "project code " + list.get(i).code() + " already used by projects[" + first + "]"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
