package org.opendisclosure.budget.mapping;

import java.util.List;
import org.opendisclosure.store.Revisions;
import org.opendisclosure.budget.repository.DepartmentEntity;
import org.opendisclosure.budget.repository.DepartmentRevisionEntity;
import org.opendisclosure.budget.rest.dto.DepartmentDocument;
import org.opendisclosure.budget.rest.dto.DepartmentView;
import org.opendisclosure.common.revision.RevisionInfo;

public final class DepartmentMapper {

    private DepartmentMapper() {
    }

    public static void fill(DepartmentRevisionEntity revision, DepartmentDocument document) {
        revision.name = document.name();
        revision.divisionName = document.divisionName();
        revision.dutiesBasis = document.duties().basis();
        revision.dutiesBasisDocument = document.duties().basisDocument();
        revision.duties = document.duties().items().stream().map(d -> {
            DepartmentRevisionEntity.Duty duty = new DepartmentRevisionEntity.Duty();
            duty.label = d.label();
            duty.text = d.text();
            return duty;
        }).collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
        revision.units = document.units().stream().map(u -> {
            DepartmentRevisionEntity.Unit unit = new DepartmentRevisionEntity.Unit();
            unit.sequence = u.sequence();
            unit.code = u.code();
            unit.name = u.name();
            unit.nature = u.nature();
            unit.rank = u.rank();
            unit.fundingForm = u.fundingForm();
            return unit;
        }).collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
    }

    public static DepartmentView view(DepartmentEntity department, DepartmentRevisionEntity revision) {
        List<DepartmentDocument.Duty> duties = revision.duties.stream()
                .map(d -> new DepartmentDocument.Duty(d.label, d.text)).toList();
        List<DepartmentDocument.Unit> units = revision.units.stream()
                .map(u -> new DepartmentDocument.Unit(u.sequence, u.code, u.name, u.nature, u.rank, u.fundingForm)).toList();
        return new DepartmentView(
                department.divisionCode + "-" + department.code, department.divisionCode, department.code,
                revision.name, revision.divisionName,
                new DepartmentDocument.Duties(revision.dutiesBasis, revision.dutiesBasisDocument, duties),
                units, revision.revision, Revisions.utc(revision.revisedAt));
    }

    public static RevisionInfo info(DepartmentRevisionEntity revision) {
        return RevisionInfo.of(revision, revision.department);
    }
}
