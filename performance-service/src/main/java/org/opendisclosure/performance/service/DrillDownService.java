package org.opendisclosure.performance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.opendisclosure.common.members.Member;
import org.opendisclosure.common.web.Page;
import org.opendisclosure.common.web.PageRequest;
import org.opendisclosure.performance.model.IndicatorCategoryDepartmentRow;
import org.opendisclosure.performance.model.IndicatorCategoryRow;
import org.opendisclosure.performance.model.PerformanceDimension;
import org.opendisclosure.performance.repository.DrillDownRepository;
import org.opendisclosure.performance.repository.DrillDownRepository.CategoryFilter;

/** Projects by indicator category across departments, and the values of this service's dimensions. */
@ApplicationScoped
@Transactional
public class DrillDownService {

    private final DrillDownRepository drillDowns;

    public DrillDownService(DrillDownRepository drillDowns) {
        this.drillDowns = drillDowns;
    }

    public Page<IndicatorCategoryRow> byItem(CategoryFilter filter, String sort, PageRequest page) {
        return drillDowns.byItem(filter, sort, page);
    }

    public Page<IndicatorCategoryDepartmentRow> byDepartment(CategoryFilter filter, String sort, PageRequest page) {
        return drillDowns.byDepartment(filter, sort, page);
    }

    public Page<Member> members(PerformanceDimension dimension, Integer fiscalYear, PageRequest page) {
        return switch (dimension) {
            case INDICATOR_CATEGORIES -> drillDowns.indicatorCategories(fiscalYear, page);
        };
    }
}
