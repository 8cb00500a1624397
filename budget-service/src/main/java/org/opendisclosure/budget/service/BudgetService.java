package org.opendisclosure.budget.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opendisclosure.budget.mapping.BudgetMapper;
import org.opendisclosure.budget.model.BudgetAreaRow;
import org.opendisclosure.budget.model.BudgetDocument;
import org.opendisclosure.budget.model.BudgetOverviewRow;
import org.opendisclosure.budget.model.BudgetView;
import org.opendisclosure.budget.model.BudgetYear;
import org.opendisclosure.budget.model.ThreePublicCategory;
import org.opendisclosure.budget.repository.BudgetEntity;
import org.opendisclosure.budget.repository.BudgetRepository;
import org.opendisclosure.budget.repository.BudgetRevisionEntity;
import org.opendisclosure.budget.repository.DepartmentEntity;
import org.opendisclosure.budget.repository.DepartmentRepository;
import org.opendisclosure.budget.service.checks.BudgetRules;
import org.opendisclosure.budget.service.checks.YearOnYearRules;
import org.opendisclosure.common.consistency.Findings;
import org.opendisclosure.common.id.DepartmentId;
import org.opendisclosure.common.problem.Problem;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.common.web.Page;
import org.opendisclosure.common.web.AreaParams.AreaQuery;
import org.opendisclosure.common.web.PageRequest;
import org.opendisclosure.common.web.YearRange;
import org.opendisclosure.store.ContentHash;
import org.opendisclosure.store.PartKey;
import org.opendisclosure.store.PartMapping;
import org.opendisclosure.store.PartStore;
import org.opendisclosure.store.Revisions;

/**
 * Parts 二, 三, 四, 八 and 九 of a department's disclosure per fiscal year, stored exactly as
 * given; figures that do not add up are stored as published (a finding, not an input error).
 * A budget is written only for a department this service knows (one with a part 一): for any
 * other the write, once its document is found valid, is a 404 naming the department. The
 * gateway's dry run of a whole disclosure relies on that order to tell a valid budget awaiting
 * its department from a bad one.
 */
@ApplicationScoped
@Transactional
public class BudgetService extends PartStore<BudgetDocument, BudgetView, BudgetEntity, BudgetRevisionEntity> {

    private final DepartmentService departmentService;
    private final DepartmentRepository departments;
    private final BudgetRepository budgets;

    public BudgetService(EntityManager entityManager, ContentHash hashes, DepartmentService departmentService,
                         DepartmentRepository departments, BudgetRepository budgets) {
        super(entityManager, hashes, BudgetEntity.class, BudgetRevisionEntity.class, "budget",
                new PartMapping<>(BudgetMapper::fill, BudgetMapper::document, BudgetMapper::view));
        this.departmentService = departmentService;
        this.departments = departments;
        this.budgets = budgets;
    }

    /** Reads find nothing for an unknown department; a write (lock) is refused for it, see the class. */
    @Override
    protected Optional<BudgetEntity> findHead(PartKey key, boolean lock) {
        Optional<DepartmentEntity> department = lock
                ? Optional.of(departmentService.require(key.department()))
                : departments.findByIdentity(key.department());
        return department.flatMap(d -> budgets.find(d, key.fiscalYear(), lock));
    }

    @Override
    protected PartKey keyOf(BudgetEntity head) {
        return new PartKey(new DepartmentId(head.department.divisionCode, head.department.code), head.fiscalYear);
    }

    /** The year after compares its stated changes with this year (YearOnYearRules). */
    @Override
    protected List<PartKey> readers(PartKey key) {
        return List.of(new PartKey(key.department(), key.fiscalYear() + 1));
    }

    @Override
    protected BudgetEntity newHead(PartKey key, BudgetDocument document) {
        BudgetEntity budget = new BudgetEntity();
        budget.department = departmentService.require(key.department());
        budget.fiscalYear = (short) key.fiscalYear();
        return budget;
    }

    @Override
    protected void check(PartKey key, BudgetDocument document, Findings findings) {
        BudgetRules.check(document, findings);
        currentDocument(new PartKey(key.department(), key.fiscalYear() - 1))
                .ifPresent(previous -> YearOnYearRules.check(document, previous, findings));
    }

    public Page<BudgetYear> years(DepartmentId id, PageRequest page) {
        DepartmentEntity department = departmentService.require(id);
        List<BudgetYear> items = budgets.ofDepartment(department, page).stream()
                .map(b -> {
                    BudgetRevisionEntity current = currentRevision(b);
                    return new BudgetYear(b.fiscalYear, current.revision, Revisions.utc(current.revisedAt));
                }).toList();
        return Page.of(items, page, budgets.countOfDepartment(department));
    }

    public Page<BudgetOverviewRow> overview(int fiscalYear, String divisionPrefix, String sort, PageRequest page) {
        return budgets.overview(fiscalYear, divisionPrefix, sort, page);
    }

    public Page<BudgetAreaRow> areas(YearRange years, AreaQuery area, PageRequest page) {
        return budgets.areas(years, area, page);
    }

    /** A category can head only one row of the “三公” table; a second one is a typing error. */
    @Override
    protected void validate(BudgetDocument document) {
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
