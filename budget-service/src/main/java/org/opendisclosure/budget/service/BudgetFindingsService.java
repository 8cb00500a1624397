package org.opendisclosure.budget.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import org.opendisclosure.budget.mapping.BudgetMapper;
import org.opendisclosure.budget.rest.dto.BudgetDocument;
import org.opendisclosure.budget.service.checks.BudgetRules;
import org.opendisclosure.common.consistency.Findings;
import org.opendisclosure.common.consistency.FindingsReport;
import org.opendisclosure.common.id.DepartmentId;

/** The consistency findings of budgets: of the stored current revision, or of a document not stored. */
@ApplicationScoped
public class BudgetFindingsService {

    private final BudgetService budgets;

    public BudgetFindingsService(BudgetService budgets) {
        this.budgets = budgets;
    }

    /** The findings of the department's current budget for the year; 404 when there is none. */
    public FindingsReport ofCurrent(DepartmentId id, int fiscalYear, BigDecimal tolerance) {
        BudgetDocument current = BudgetMapper.document(budgets.current(id, fiscalYear));
        return report(id, fiscalYear, current, tolerance);
    }

    /**
     * The findings of a document as the PUT would store it, storing nothing. The document must be
     * one the PUT accepts; the department need not exist yet (an import checks before it writes).
     */
    public FindingsReport of(DepartmentId id, int fiscalYear, BudgetDocument document, BigDecimal tolerance) {
        BudgetService.checkCategories(document);
        return report(id, fiscalYear, document, tolerance);
    }

    private static FindingsReport report(DepartmentId id, int fiscalYear, BudgetDocument document, BigDecimal tolerance) {
        Findings findings = new Findings(tolerance);
        BudgetRules.check(document, findings);
        return findings.report(id.toString(), fiscalYear);
    }
}
