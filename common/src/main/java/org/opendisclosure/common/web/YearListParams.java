package org.opendisclosure.common.web;

import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.opendisclosure.common.id.FiscalYear;

/**
 * What every analysts' list of a fiscal year takes besides its filters, as a {@code @BeanParam}:
 * {@code /api/v1/fiscal-years/{year}/…?page&size&format}. A bad value is a 400 naming it; see
 * {@link TabularResponses#list}.
 */
public class YearListParams extends TabularListParams {

    @PathParam("year")
    @Parameter(description = "Fiscal year, 2000 to 2100", schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"))
    String year;

    public int fiscalYear() {
        return FiscalYear.parse("year", year);
    }
}
