package org.opendisclosure.procurement.rest;

import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.common.web.DepartmentListParams;
import org.opendisclosure.common.web.Params;
import org.opendisclosure.procurement.model.ProcurementCategory;
import org.opendisclosure.procurement.model.ProcurementDocument;
import org.opendisclosure.procurement.repository.ProcurementRepository.LineFilter;

/**
 * The filters of the procurement lines and of their totals besides the division, as a {@code @BeanParam}; a bad one
 * is a 400 naming it.
 */
public class LineFilterParams {

    @QueryParam("catalogue")
    @Parameter(description = "Catalogue code or its prefix, e.g. A08 (case-insensitive)")
    String catalogue;

    @QueryParam("category")
    @Parameter(description = "GOODS, WORKS or SERVICES (case-insensitive)")
    String category;

    @QueryParam("minAmount")
    @Parameter(description = "Smallest line amount, 万元")
    String minAmount;

    @QueryParam("maxAmount")
    @Parameter(description = "Largest line amount, 万元")
    String maxAmount;

    public LineFilter filter(DepartmentListParams list) {
        BigDecimal min = Params.decimal("minAmount", minAmount);
        BigDecimal max = Params.decimal("maxAmount", maxAmount);
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw ProblemException.invalid("maxAmount", "must not be less than minAmount (" + min.toPlainString() + ")");
        }
        return new LineFilter(list.divisionPrefix(), cataloguePrefix(), category(), min, max);
    }

    private String cataloguePrefix() {
        if (catalogue == null || catalogue.isBlank()) {
            return null;
        }
        String value = catalogue.trim().toUpperCase();
        if (!value.matches(ProcurementDocument.CATALOGUE_CODE)) {
            throw ProblemException.invalid("catalogue", "must be a 政府采购品目分类目录 code or its prefix: A, B or C followed by up to "
                    + "12 digits, e.g. A08, was \"" + catalogue + "\"");
        }
        return value;
    }

    private ProcurementCategory category() {
        if (category == null || category.isBlank()) {
            return null;
        }
        try {
            return ProcurementCategory.valueOf(category.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("category", "must be GOODS, WORKS or SERVICES, was \"" + category + "\"");
        }
    }
}
