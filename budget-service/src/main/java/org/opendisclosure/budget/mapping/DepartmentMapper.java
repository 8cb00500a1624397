package org.opendisclosure.budget.mapping;

import java.util.List;
import org.opendisclosure.store.Revisions;
import org.opendisclosure.budget.model.DepartmentDocument;
import org.opendisclosure.budget.model.DepartmentView;
import org.opendisclosure.budget.model.OrganizationView;
import org.opendisclosure.budget.repository.DepartmentEntity;
import org.opendisclosure.budget.repository.OrganizationRevisionEntity;
import org.opendisclosure.store.PartKey;

public final class DepartmentMapper {

    private DepartmentMapper() {
    }

    public static void fill(OrganizationRevisionEntity revision, DepartmentDocument document) {
        revision.name = document.name();
        revision.divisionName = document.divisionName();
        revision.dutiesBasis = document.duties().basis();
        revision.dutiesBasisDocument = document.duties().basisDocument();
        revision.duties = document.duties().items().stream().map(d -> {
            OrganizationRevisionEntity.Duty duty = new OrganizationRevisionEntity.Duty();
            duty.label = d.label();
            duty.text = d.text();
            return duty;
        }).collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
        revision.units = document.units().stream().map(u -> {
            OrganizationRevisionEntity.Unit unit = new OrganizationRevisionEntity.Unit();
            unit.sequence = u.sequence();
            unit.code = u.code();
            unit.name = u.name();
            unit.nature = u.nature();
            unit.rank = u.rank();
            unit.fundingForm = u.fundingForm();
            return unit;
        }).collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
    }

    public static DepartmentDocument document(OrganizationRevisionEntity revision) {
        List<DepartmentDocument.Duty> duties = revision.duties.stream()
                .map(d -> new DepartmentDocument.Duty(d.label, d.text)).toList();
        List<DepartmentDocument.Unit> units = revision.units.stream()
                .map(u -> new DepartmentDocument.Unit(u.sequence, u.code, u.name, u.nature, u.rank, u.fundingForm)).toList();
        return new DepartmentDocument(revision.name, revision.divisionName,
                new DepartmentDocument.Duties(revision.dutiesBasis, revision.dutiesBasisDocument, duties), units);
    }

    public static OrganizationView view(PartKey key, OrganizationRevisionEntity revision) {
        DepartmentDocument document = document(revision);
        return new OrganizationView(key.department().toString(), key.department().divisionCode(), key.department().code(),
                key.fiscalYear(), document.name(), document.divisionName(), document.duties(), document.units(),
                revision.revision, Revisions.utc(revision.revisedAt));
    }

    public static DepartmentView view(DepartmentEntity department, List<Integer> fiscalYears) {
        return new DepartmentView(department.divisionCode + "-" + department.code, department.divisionCode, department.code,
                department.name, department.divisionName, fiscalYears);
    }
}
