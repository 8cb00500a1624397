package org.opendisclosure.common.web;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.opendisclosure.common.id.FiscalYear;
import org.opendisclosure.common.problem.ProblemException;

/**
 * What an analysts' list across fiscal years takes besides its filters, as a {@code @BeanParam}:
 * {@code fromYear} and {@code toYear} (both optional, inclusive) with the paging and format of
 * any list. A bad value is a 400 naming it; see {@link TabularResponses#list(YearRangeParams, Class, String, java.util.function.BiFunction)}.
 */
public class YearRangeParams extends TabularListParams {

    @QueryParam("fromYear")
    @Parameter(description = "First fiscal year, inclusive, 2000 to 2100; absent: from the earliest",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"))
    String fromYear;

    @QueryParam("toYear")
    @Parameter(description = "Last fiscal year, inclusive, 2000 to 2100, not before fromYear; absent: to the latest",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"))
    String toYear;

    public YearRange range() {
        Integer from = fromYear == null ? null : FiscalYear.parse("fromYear", fromYear);
        Integer to = toYear == null ? null : FiscalYear.parse("toYear", toYear);
        if (from != null && to != null && from > to) {
            throw ProblemException.invalid("toYear", "must not be before fromYear (" + from + "), was " + to);
        }
        return new YearRange(from, to);
    }
}
