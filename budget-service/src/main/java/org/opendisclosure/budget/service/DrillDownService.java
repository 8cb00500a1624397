package org.opendisclosure.budget.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.opendisclosure.budget.model.BudgetDimension;
import org.opendisclosure.budget.model.OperatingItemDepartmentRow;
import org.opendisclosure.budget.model.OperatingItemRow;
import org.opendisclosure.budget.model.ThreePublicCategory;
import org.opendisclosure.budget.model.ThreePublicDepartmentRow;
import org.opendisclosure.budget.model.ThreePublicItemRow;
import org.opendisclosure.budget.repository.DrillDownRepository;
import org.opendisclosure.budget.repository.MemberRepository;
import org.opendisclosure.common.members.Member;
import org.opendisclosure.common.web.Page;
import org.opendisclosure.common.web.PageRequest;

/** The analysts' drill-downs into parts 三 and 四 across departments, and the values of this service's dimensions. */
@ApplicationScoped
@Transactional
public class DrillDownService {

    private final DrillDownRepository drillDowns;
    private final MemberRepository members;

    public DrillDownService(DrillDownRepository drillDowns, MemberRepository members) {
        this.drillDowns = drillDowns;
        this.members = members;
    }

    public Page<ThreePublicItemRow> threePublicByItem(int year, String division, ThreePublicCategory category, String sort, PageRequest page) {
        return drillDowns.threePublicByItem(year, division, category, sort, page);
    }

    public Page<ThreePublicDepartmentRow> threePublicByDepartment(int year, String division, ThreePublicCategory category, String sort,
                                                                  PageRequest page) {
        return drillDowns.threePublicByDepartment(year, division, category, sort, page);
    }

    public Page<OperatingItemRow> operatingByItem(int year, String division, String item, String sort, PageRequest page) {
        return drillDowns.operatingByItem(year, division, item, sort, page);
    }

    public Page<OperatingItemDepartmentRow> operatingByDepartment(int year, String division, String item, String sort, PageRequest page) {
        return drillDowns.operatingByDepartment(year, division, item, sort, page);
    }

    public Page<Member> members(BudgetDimension dimension, Integer year, PageRequest page) {
        return members.members(dimension, year, page);
    }
}
