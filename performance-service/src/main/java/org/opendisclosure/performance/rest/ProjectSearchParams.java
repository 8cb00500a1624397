package org.opendisclosure.performance.rest;

import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.common.web.DepartmentListParams;
import org.opendisclosure.common.web.Params;
import org.opendisclosure.performance.repository.ProjectRepository.ProjectFilter;

/**
 * The filters of the projects search across departments besides its division, as a {@code @BeanParam}; a bad one
 * is a 400 naming it.
 */
public class ProjectSearchParams extends IndicatorParams {

    @QueryParam("q")
    @Parameter(description = "A fragment of the project name or code, e.g. 老党员 or 0801")
    String q;

    @QueryParam("minBudget")
    @Parameter(description = "Smallest 预算数 (万元), inclusive")
    String minBudget;

    @QueryParam("maxBudget")
    @Parameter(description = "Largest 预算数 (万元), inclusive")
    String maxBudget;

    public ProjectFilter filter(DepartmentListParams list) {
        BigDecimal min = Params.decimal("minBudget", minBudget);
        BigDecimal max = Params.decimal("maxBudget", maxBudget);
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw ProblemException.invalid("minBudget", "must not be larger than maxBudget (" + max.toPlainString() + ")");
        }
        return new ProjectFilter(list.fiscalYear(), list.divisionPrefix(), Params.fragment("q", q), min, max, indicators());
    }
}
