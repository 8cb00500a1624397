package org.opendisclosure.budget.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.opendisclosure.budget.mapping.BudgetMapper;
import org.opendisclosure.budget.repository.BudgetEntity;
import org.opendisclosure.budget.repository.BudgetRepository;
import org.opendisclosure.budget.repository.BudgetRevisionEntity;
import org.opendisclosure.budget.repository.BudgetRevisionRepository;
import org.opendisclosure.budget.repository.DepartmentEntity;
import org.opendisclosure.budget.rest.dto.BudgetDocument;
import org.opendisclosure.budget.rest.dto.BudgetOverviewRow;
import org.opendisclosure.budget.rest.dto.BudgetView;
import org.opendisclosure.budget.rest.dto.BudgetYear;
import org.opendisclosure.common.revision.RevisionInfo;
import org.opendisclosure.budget.rest.dto.ThreePublicCategory;
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

@ApplicationScoped
@Transactional
public class BudgetService {

    private final DepartmentService departments;
    private final BudgetRepository budgets;
    private final BudgetRevisionRepository revisions;
    private final ContentHash hashes;

    public BudgetService(DepartmentService departments, BudgetRepository budgets, BudgetRevisionRepository revisions,
                         ContentHash hashes) {
        this.departments = departments;
        this.budgets = budgets;
        this.revisions = revisions;
        this.hashes = hashes;
    }

    /**
     * Stores the department's budget for the year as a new revision, exactly as given. Figures
     * that do not add up are stored as published: that is a finding, not an input error.
     */
    public Written<BudgetView> put(DepartmentId id, int fiscalYear, BudgetDocument document, Precondition<BudgetView> precondition) {
        checkCategories(document);
        DepartmentEntity department = departments.require(id);
        BudgetEntity existing = budgets.findForUpdate(department, fiscalYear).orElse(null);
        BudgetRevisionEntity current = existing == null ? null : currentRevision(existing);
        String hash = hashes.of(document);
        return RevisionedWrite.write(budgets.getEntityManager(),
                current == null ? null : BudgetMapper.view(id.toString(), fiscalYear, current),
                current == null ? null : current.contentHash,
                hash, precondition,
                () -> append(id, department, fiscalYear, existing, document, hash),
                "the " + fiscalYear + " budget of " + id);
    }

    private BudgetView append(DepartmentId id, DepartmentEntity department, int fiscalYear, BudgetEntity existing,
                              BudgetDocument document, String hash) {
        BudgetEntity budget = existing;
        if (budget == null) {
            budget = new BudgetEntity();
            budget.department = department;
            budget.fiscalYear = (short) fiscalYear;
        }
        BudgetRevisionEntity revision = new BudgetRevisionEntity();
        revision.budget = budget;
        revision.revision = budget.currentRevision + 1;
        revision.revisedAt = Revisions.now();
        revision.contentHash = hash;
        BudgetMapper.fill(revision, document);
        budget.currentRevision = revision.revision;
        if (existing == null) {
            budgets.persist(budget);
        }
        revisions.persist(revision);
        return BudgetMapper.view(id.toString(), fiscalYear, revision);
    }

    public BudgetView current(DepartmentId id, int fiscalYear) {
        BudgetEntity budget = require(id, fiscalYear);
        return BudgetMapper.view(id.toString(), fiscalYear, currentRevision(budget));
    }

    public BudgetView revision(DepartmentId id, int fiscalYear, int number) {
        BudgetEntity budget = require(id, fiscalYear);
        BudgetRevisionEntity revision = revisions.find(budget, number).orElseThrow(() -> ProblemException.notFound(
                "The " + fiscalYear + " budget of " + id + " has no revision " + number + "; its revisions are 1 to "
                        + budget.currentRevision));
        return BudgetMapper.view(id.toString(), fiscalYear, revision);
    }

    public Page<RevisionInfo> revisions(DepartmentId id, int fiscalYear, PageRequest page) {
        BudgetEntity budget = require(id, fiscalYear);
        List<RevisionInfo> items = revisions.page(budget, page).stream().map(BudgetMapper::info).toList();
        return Page.of(items, page, budget.currentRevision);
    }

    public Page<BudgetYear> years(DepartmentId id, PageRequest page) {
        DepartmentEntity department = departments.require(id);
        List<BudgetYear> items = budgets.ofDepartment(department, page).stream()
                .map(b -> {
                    BudgetRevisionEntity current = currentRevision(b);
                    return new BudgetYear(b.fiscalYear, current.revision, Revisions.utc(current.revisedAt));
                }).toList();
        return Page.of(items, page, budgets.countOfDepartment(department));
    }

    public Page<BudgetOverviewRow> overview(int fiscalYear, String divisionPrefix, SortOrder sort, PageRequest page) {
        List<BudgetOverviewRow> rows = budgets.overview(fiscalYear, divisionPrefix, sort, page);
        return Page.of(rows, page, budgets.countOverview(fiscalYear, divisionPrefix));
    }

    private BudgetEntity require(DepartmentId id, int fiscalYear) {
        DepartmentEntity department = departments.require(id);
        return budgets.find(department, fiscalYear).orElseThrow(() -> ProblemException.notFound(
                "Department " + id + " has no budget for " + fiscalYear));
    }

    private BudgetRevisionEntity currentRevision(BudgetEntity budget) {
        return revisions.find(budget, budget.currentRevision)
                .orElseThrow(() -> new IllegalStateException("budget " + budget.id + " lost its current revision"));
    }

    /** A category can head only one row of the “三公” table; a second one is a typing error. */
    static void checkCategories(BudgetDocument document) {
        Map<ThreePublicCategory, Integer> seen = new EnumMap<>(ThreePublicCategory.class);
        List<Problem.FieldError> errors = new ArrayList<>();
        List<BudgetDocument.ThreePublicRow> rows = document.threePublicExpenses().rows();
        for (int i = 0; i < rows.size(); i++) {
            Integer first = seen.putIfAbsent(rows.get(i).category(), i);
            if (first != null) {
                errors.add(new Problem.FieldError("threePublicExpenses.rows[" + i + "].category",
                        "category " + rows.get(i).category() + " already used by rows[" + first + "]"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
