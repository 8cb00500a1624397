package org.opendisclosure.budget.mapping;

import java.util.ArrayList;
import java.util.List;
import org.opendisclosure.store.PartKey;
import org.opendisclosure.store.Revisions;
import java.util.stream.Collectors;
import org.opendisclosure.budget.repository.BudgetRevisionEntity;
import org.opendisclosure.budget.model.BudgetDocument;
import org.opendisclosure.budget.model.BudgetDocument.Change;
import org.opendisclosure.budget.model.BudgetView;

public final class BudgetMapper {

    private BudgetMapper() {
    }

    public static void fill(BudgetRevisionEntity r, BudgetDocument document) {
        BudgetDocument.Revenue revenue = document.summary().revenue();
        r.revenueTotal = revenue.total();
        r.revenueGeneralPublic = revenue.generalPublicBudget();
        r.revenueGovernmentFund = revenue.governmentFund();
        r.revenueFiscalSpecial = revenue.fiscalSpecialAccount();
        r.revenueOtherSources = revenue.otherSources();

        BudgetDocument.Expenditure expenditure = document.summary().expenditure();
        r.expenditureTotal = expenditure.total();
        r.expenditureBasic = expenditure.basic();
        r.expenditurePersonnel = expenditure.personnel();
        r.expenditurePublic = expenditure.publicExpenditure();
        r.expenditureProject = expenditure.project();
        r.projectDescription = expenditure.projectDescription();
        r.expenditureOther = expenditure.other();

        BudgetDocument.ChangeFromLastYear change = document.summary().changeFromLastYear();
        if (change != null) {
            if (change.total() != null) {
                r.changeTotal = change.total().amount();
                r.changeTotalReason = change.total().reason();
            }
            if (change.basic() != null) {
                r.changeBasic = change.basic().amount();
                r.changeBasicReason = change.basic().reason();
            }
            if (change.project() != null) {
                r.changeProject = change.project().amount();
                r.changeProjectReason = change.project().reason();
            }
            if (change.other() != null) {
                r.changeOther = change.other().amount();
                r.changeOtherReason = change.other().reason();
            }
        }

        r.operatingTotal = document.operatingExpenses().total();
        r.operatingStatement = document.operatingExpenses().statement();
        r.operatingItems = document.operatingExpenses().items().stream().map(i -> {
            BudgetRevisionEntity.OperatingItem item = new BudgetRevisionEntity.OperatingItem();
            item.name = i.name();
            item.amount = i.amount();
            return item;
        }).collect(Collectors.toCollection(ArrayList::new));

        BudgetDocument.ThreePublicTotal total = document.threePublicExpenses().total();
        r.threePublicTotalName = total.name();
        r.threePublicPrevious = total.previousYear();
        r.threePublicCurrent = total.currentYear();
        r.threePublicChange = total.change();
        r.threePublicReason = total.reason();
        r.threePublicRows = document.threePublicExpenses().rows().stream().map(row -> {
            BudgetRevisionEntity.ThreePublicRow entity = new BudgetRevisionEntity.ThreePublicRow();
            entity.category = row.category();
            entity.name = row.name();
            entity.previousYear = row.previousYear();
            entity.currentYear = row.currentYear();
            entity.change = row.change();
            entity.reason = row.reason();
            return entity;
        }).collect(Collectors.toCollection(ArrayList::new));

        r.glossary = document.glossary().stream().map(g -> {
            BudgetRevisionEntity.GlossaryEntry entry = new BudgetRevisionEntity.GlossaryEntry();
            entry.term = g.term();
            entry.definition = g.definition();
            return entry;
        }).collect(Collectors.toCollection(ArrayList::new));

        r.otherNotes = document.otherNotes();
    }

    public static BudgetView view(PartKey key, BudgetRevisionEntity r) {
        BudgetDocument d = document(r);
        return new BudgetView(key.department().toString(), key.fiscalYear(), r.revision, Revisions.utc(r.revisedAt), d.summary(),
                d.operatingExpenses(), d.threePublicExpenses(), d.glossary(), d.otherNotes());
    }

    /** The document of a stored revision, as it was written. */
    public static BudgetDocument document(BudgetRevisionEntity r) {
        BudgetDocument.Summary summary = new BudgetDocument.Summary(
                new BudgetDocument.Revenue(r.revenueTotal, r.revenueGeneralPublic, r.revenueGovernmentFund,
                        r.revenueFiscalSpecial, r.revenueOtherSources),
                new BudgetDocument.Expenditure(r.expenditureTotal, r.expenditureBasic, r.expenditurePersonnel,
                        r.expenditurePublic, r.expenditureProject, r.projectDescription, r.expenditureOther),
                changes(r));
        List<BudgetDocument.OperatingExpenseItem> items = r.operatingItems.stream()
                .map(i -> new BudgetDocument.OperatingExpenseItem(i.name, i.amount)).toList();
        List<BudgetDocument.ThreePublicRow> rows = r.threePublicRows.stream()
                .map(row -> new BudgetDocument.ThreePublicRow(row.category, row.name, row.previousYear, row.currentYear,
                        row.change, row.reason)).toList();
        List<BudgetDocument.GlossaryEntry> glossary = r.glossary.stream()
                .map(g -> new BudgetDocument.GlossaryEntry(g.term, g.definition)).toList();
        return new BudgetDocument(summary,
                new BudgetDocument.OperatingExpenses(r.operatingTotal, items, r.operatingStatement),
                new BudgetDocument.ThreePublicExpenses(rows, new BudgetDocument.ThreePublicTotal(
                        r.threePublicTotalName, r.threePublicPrevious, r.threePublicCurrent, r.threePublicChange,
                        r.threePublicReason)),
                glossary, r.otherNotes);
    }

    private static BudgetDocument.ChangeFromLastYear changes(BudgetRevisionEntity r) {
        Change total = change(r.changeTotal, r.changeTotalReason);
        Change basic = change(r.changeBasic, r.changeBasicReason);
        Change project = change(r.changeProject, r.changeProjectReason);
        Change other = change(r.changeOther, r.changeOtherReason);
        if (total == null && basic == null && project == null && other == null) {
            return null;
        }
        return new BudgetDocument.ChangeFromLastYear(total, basic, project, other);
    }

    private static Change change(java.math.BigDecimal amount, String reason) {
        return amount == null ? null : new Change(amount, reason);
    }
}
