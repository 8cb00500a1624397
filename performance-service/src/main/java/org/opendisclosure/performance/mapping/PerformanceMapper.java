package org.opendisclosure.performance.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.opendisclosure.store.PartKey;
import org.opendisclosure.store.Revisions;
import org.opendisclosure.performance.repository.PerformanceRevisionEntity;
import org.opendisclosure.performance.repository.PerformanceRevisionEntity.DepartmentGoal;
import org.opendisclosure.performance.repository.PerformanceRevisionEntity.Section;
import org.opendisclosure.performance.repository.ProjectEntity;
import org.opendisclosure.performance.model.IndicatorView;
import org.opendisclosure.performance.model.ParsedTarget;
import org.opendisclosure.performance.model.PerformanceDocument;
import org.opendisclosure.performance.model.PerformanceView;
import org.opendisclosure.performance.model.ProjectDetail;
import org.opendisclosure.performance.model.ProjectView;
import org.opendisclosure.performance.service.TargetParser;

public final class PerformanceMapper {

    private PerformanceMapper() {
    }

    public static void fill(PerformanceRevisionEntity revision, PerformanceDocument document) {
        PerformanceDocument.DepartmentGoals goals = document.departmentGoals();
        revision.departmentGoals = new ArrayList<>();
        addGoals(revision.departmentGoals, Section.OVERALL, goals.overall());
        addGoals(revision.departmentGoals, Section.ITEMIZED, goals.itemized());
        addGoals(revision.departmentGoals, Section.SAFEGUARD, goals.safeguards());
        revision.projects = new ArrayList<>();
        for (int i = 0; i < document.projects().size(); i++) {
            ProjectEntity project = project(document.projects().get(i));
            project.revision = revision;
            project.position = i;
            revision.projects.add(project);
        }
    }

    private static void addGoals(List<DepartmentGoal> into, Section section, List<String> paragraphs) {
        for (String paragraph : paragraphs) {
            DepartmentGoal goal = new DepartmentGoal();
            goal.section = section;
            goal.text = paragraph;
            into.add(goal);
        }
    }

    private static ProjectEntity project(PerformanceDocument.Project p) {
        ProjectEntity e = new ProjectEntity();
        e.code = p.code();
        e.name = p.name();
        e.unitCode = p.unit().code();
        e.unitName = p.unit().name();
        e.budgetTotal = p.budget().total();
        e.fiscalFunds = p.budget().fiscalFunds();
        e.otherFunds = p.budget().otherFunds();
        e.purpose = p.purpose();
        e.planMarch = p.spendingPlan().endOfMarch();
        e.planJune = p.spendingPlan().endOfJune();
        e.planOctober = p.spendingPlan().endOfOctober();
        e.planDecember = p.spendingPlan().endOfDecember();
        e.goals = new ArrayList<>(p.goals());
        e.indicators = p.indicators().stream().map(PerformanceMapper::indicator).collect(Collectors.toCollection(ArrayList::new));
        e.indicatorCount = e.indicators.size();
        return e;
    }

    private static ProjectEntity.Indicator indicator(PerformanceDocument.Indicator i) {
        ProjectEntity.Indicator e = new ProjectEntity.Indicator();
        e.level1 = i.level1();
        e.level2 = i.level2();
        e.level3 = i.level3();
        e.description = i.description();
        e.target = i.target();
        ParsedTarget parsed = TargetParser.parse(i.target());
        if (parsed != null) {
            e.targetComparison = parsed.comparison();
            e.targetValue = parsed.value();
            e.targetUnit = parsed.unit();
        }
        e.basis = i.basis();
        return e;
    }

    public static PerformanceView view(PartKey key, PerformanceRevisionEntity r) {
        return new PerformanceView(key.department().toString(), key.fiscalYear(), r.revision, Revisions.utc(r.revisedAt),
                departmentGoals(r), r.projects.stream().map(PerformanceMapper::project).toList());
    }

    /** A stored revision as the document that was written (without the parsed targets the service derives). */
    public static PerformanceDocument document(PerformanceRevisionEntity r) {
        return new PerformanceDocument(departmentGoals(r), r.projects.stream().map(PerformanceMapper::projectDocument).toList());
    }

    private static PerformanceDocument.Project projectDocument(ProjectEntity p) {
        return new PerformanceDocument.Project(p.code, p.name, unit(p), budget(p), p.purpose, plan(p), List.copyOf(p.goals),
                p.indicators.stream().map(i -> new PerformanceDocument.Indicator(i.level1, i.level2, i.level3, i.description,
                        i.target, i.basis)).toList());
    }

    private static PerformanceDocument.DepartmentGoals departmentGoals(PerformanceRevisionEntity r) {
        return new PerformanceDocument.DepartmentGoals(section(r, Section.OVERALL), section(r, Section.ITEMIZED),
                section(r, Section.SAFEGUARD));
    }

    private static List<String> section(PerformanceRevisionEntity r, Section section) {
        return r.departmentGoals.stream().filter(g -> g.section == section).map(g -> g.text).toList();
    }

    public static ProjectView project(ProjectEntity p) {
        return new ProjectView(p.code, p.name, unit(p), budget(p), p.purpose, plan(p), List.copyOf(p.goals), indicators(p));
    }

    public static ProjectDetail detail(String departmentId, int fiscalYear, ProjectEntity p) {
        PerformanceRevisionEntity r = p.revision;
        return new ProjectDetail(departmentId, fiscalYear, r.revision, Revisions.utc(r.revisedAt), p.position + 1,
                p.code, p.name, unit(p), budget(p), p.purpose, plan(p), List.copyOf(p.goals), indicators(p));
    }

    private static PerformanceDocument.Unit unit(ProjectEntity p) {
        return new PerformanceDocument.Unit(p.unitCode, p.unitName);
    }

    private static PerformanceDocument.Budget budget(ProjectEntity p) {
        return new PerformanceDocument.Budget(p.budgetTotal, p.fiscalFunds, p.otherFunds);
    }

    private static PerformanceDocument.SpendingPlan plan(ProjectEntity p) {
        return new PerformanceDocument.SpendingPlan(p.planMarch, p.planJune, p.planOctober, p.planDecember);
    }

    private static List<IndicatorView> indicators(ProjectEntity p) {
        return p.indicators.stream().map(i -> new IndicatorView(i.level1, i.level2, i.level3, i.description, i.target,
                i.targetComparison == null ? null : new ParsedTarget(i.targetComparison, i.targetValue, i.targetUnit),
                i.basis)).toList();
    }
}
