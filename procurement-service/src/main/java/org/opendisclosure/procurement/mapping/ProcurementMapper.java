package org.opendisclosure.procurement.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.opendisclosure.store.PartKey;
import org.opendisclosure.store.Revisions;
import org.opendisclosure.procurement.repository.ProcurementRevisionEntity;
import org.opendisclosure.procurement.model.ProcurementCategory;
import org.opendisclosure.procurement.model.ProcurementDocument;
import org.opendisclosure.procurement.model.ProcurementView;

public final class ProcurementMapper {

    private ProcurementMapper() {
    }

    public static void fill(ProcurementRevisionEntity r, ProcurementDocument document) {
        r.hasProcurement = document.hasProcurement();
        r.departmentName = document.departmentName();
        r.statement = document.statement();
        r.statedTotal = document.statedTotal();
        ProcurementDocument.TotalRow total = document.totalRow();
        r.hasTotalRow = total != null;
        if (total != null) {
            r.totalLabel = total.label();
            r.totalAmount = total.amount();
            r.totalDepartmentBudget = total.departmentBudget();
            r.totalGeneralPublic = total.generalPublicBudget();
            r.totalGovernmentFund = total.governmentFund();
            r.totalFiscalSpecial = total.fiscalSpecialAccount();
            r.totalOtherSources = total.otherSources();
            r.totalOtherChannels = total.otherChannels();
        }
        r.lines = document.lines().stream().map(l -> {
            ProcurementRevisionEntity.Line line = new ProcurementRevisionEntity.Line();
            line.projectName = l.projectName();
            line.economicClass = l.economicClass();
            line.itemName = l.itemName();
            line.catalogueCode = l.catalogueCode();
            line.category = ProcurementCategory.of(l.catalogueCode());
            line.unit = l.unit();
            line.quantity = l.quantity();
            line.unitPrice = l.unitPrice();
            line.amount = l.amount();
            line.departmentBudget = l.departmentBudget();
            line.generalPublic = l.generalPublicBudget();
            line.governmentFund = l.governmentFund();
            line.fiscalSpecial = l.fiscalSpecialAccount();
            line.otherSources = l.otherSources();
            line.otherChannels = l.otherChannels();
            return line;
        }).collect(Collectors.toCollection(ArrayList::new));
    }

    public static ProcurementView view(PartKey key, ProcurementRevisionEntity r) {
        ProcurementDocument.TotalRow total = totalRow(r);
        List<ProcurementView.LineView> lines = r.lines.stream()
                .map(l -> new ProcurementView.LineView(l.projectName, l.economicClass, l.itemName, l.catalogueCode, l.unit,
                        l.quantity, l.unitPrice, l.amount, l.departmentBudget, l.generalPublic, l.governmentFund,
                        l.fiscalSpecial, l.otherSources, l.otherChannels, l.category))
                .toList();
        return new ProcurementView(key.department().toString(), key.fiscalYear(), r.revision, Revisions.utc(r.revisedAt), r.hasProcurement,
                r.departmentName, r.statement, r.statedTotal, total, lines);
    }

    /** A stored revision as the document that was written (what the consistency rules read). */
    public static ProcurementDocument document(ProcurementRevisionEntity r) {
        ProcurementDocument.TotalRow total = totalRow(r);
        List<ProcurementDocument.Line> lines = r.lines.stream()
                .map(l -> new ProcurementDocument.Line(l.projectName, l.economicClass, l.itemName, l.catalogueCode, l.unit,
                        l.quantity, l.unitPrice, l.amount, l.departmentBudget, l.generalPublic, l.governmentFund,
                        l.fiscalSpecial, l.otherSources, l.otherChannels))
                .toList();
        return new ProcurementDocument(r.hasProcurement, r.departmentName, r.statement, r.statedTotal, total, lines);
    }

    private static ProcurementDocument.TotalRow totalRow(ProcurementRevisionEntity r) {
        return r.hasTotalRow
                ? new ProcurementDocument.TotalRow(r.totalLabel, r.totalAmount, r.totalDepartmentBudget, r.totalGeneralPublic,
                        r.totalGovernmentFund, r.totalFiscalSpecial, r.totalOtherSources, r.totalOtherChannels)
                : null;
    }
}
