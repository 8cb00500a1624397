package org.opendisclosure.performance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opendisclosure.common.consistency.Findings;
import org.opendisclosure.common.problem.Problem;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.common.web.AreaParams.AreaQuery;
import org.opendisclosure.common.web.Page;
import org.opendisclosure.common.web.PageRequest;
import org.opendisclosure.common.web.YearRange;
import org.opendisclosure.performance.mapping.PerformanceMapper;
import org.opendisclosure.performance.model.PerformanceAreaRow;
import org.opendisclosure.performance.model.PerformanceDocument;
import org.opendisclosure.performance.model.PerformanceOverviewRow;
import org.opendisclosure.performance.model.PerformanceView;
import org.opendisclosure.performance.model.ProjectDetail;
import org.opendisclosure.performance.model.IndicatorRow;
import org.opendisclosure.performance.model.ProjectRow;
import org.opendisclosure.performance.model.ProjectView;
import org.opendisclosure.performance.repository.IndicatorFilter;
import org.opendisclosure.performance.repository.PerformanceEntity;
import org.opendisclosure.performance.repository.PerformanceRepository;
import org.opendisclosure.performance.repository.PerformanceRevisionEntity;
import org.opendisclosure.performance.repository.ProjectEntity;
import org.opendisclosure.performance.repository.ProjectRepository.ProjectFilter;
import org.opendisclosure.performance.repository.ProjectRepository;
import org.opendisclosure.performance.service.checks.PerformanceRules;
import org.opendisclosure.store.ContentHash;
import org.opendisclosure.store.DepartmentYearStore;
import org.opendisclosure.store.PartKey;
import org.opendisclosure.store.PartMapping;

/**
 * Part 五 per department and fiscal year, stored exactly as given, each indicator's parsed target
 * derived from its text. Departments are budget-service's: any well-formed department id may
 * hold a performance part here, and this service never asks whether the department exists there.
 * Figures that do not add up (funds that do not make the budget, a plan that falls) are stored as
 * published: that is a finding, not an input error.
 */
@ApplicationScoped
@Transactional
public class PerformanceService
        extends DepartmentYearStore<PerformanceDocument, PerformanceView, PerformanceEntity, PerformanceRevisionEntity> {

    static final String TITLE = "performance information";

    private final PerformanceRepository parts;
    private final ProjectRepository projects;

    public PerformanceService(EntityManager entityManager, ContentHash hashes, PerformanceRepository parts,
                              ProjectRepository projects) {
        super(entityManager, hashes, PerformanceEntity.class, PerformanceRevisionEntity.class, TITLE,
                new PartMapping<>(PerformanceMapper::fill, PerformanceMapper::document, PerformanceMapper::view));
        this.parts = parts;
        this.projects = projects;
    }

    /** The rules read the department too: a project's code must start with the department's code. */
    @Override
    protected void check(PartKey key, PerformanceDocument document, Findings findings) {
        PerformanceRules.check(key.department(), document, findings);
    }

    /** A project is addressed by its code, so two tables with one code would make one of them unreachable. */
    @Override
    protected void validate(PerformanceDocument document) {
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

    /** The current part's projects in published order, only those with an indicator as filtered. */
    public Page<ProjectView> projects(PartKey key, IndicatorFilter indicators, PageRequest page) {
        PerformanceRevisionEntity current = currentRevision(require(key));
        return projects.ofRevision(current, indicators, page).map(PerformanceMapper::project);
    }

    public ProjectDetail project(PartKey key, String code) {
        PerformanceRevisionEntity current = currentRevision(require(key));
        ProjectEntity project = projects.find(current, code).orElseThrow(() -> ProblemException.notFound(
                "The " + key.fiscalYear() + " " + TITLE + " of " + key.department() + " has no project " + code));
        return PerformanceMapper.detail(key.department().toString(), key.fiscalYear(), project);
    }

    public Page<IndicatorRow> indicators(int fiscalYear, String divisionPrefix, String level1, String sort, PageRequest page) {
        return projects.indicators(fiscalYear, divisionPrefix, level1, sort, page);
    }

    public Page<ProjectRow> search(ProjectFilter filter, String sort, PageRequest page) {
        return projects.search(filter, sort, page);
    }

    public Page<PerformanceOverviewRow> overview(int fiscalYear, String divisionPrefix, String sort, PageRequest page) {
        return parts.overview(fiscalYear, divisionPrefix, sort, page);
    }

    public Page<PerformanceAreaRow> areas(YearRange years, AreaQuery area, PageRequest page) {
        return parts.areas(years, area, page);
    }
}
