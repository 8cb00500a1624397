package org.opendisclosure.common.web;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.opendisclosure.common.id.FiscalYear;

/**
 * What every analysts' list of a fiscal year takes besides its filters, as a {@code @BeanParam}:
 * {@code /api/v1/fiscal-years/{year}/…?page&size&format}, and the request it answers (its
 * {@code Accept} and its URI, for the links to the other pages). A bad value is a 400 naming it;
 * see {@link TabularResponses#list}.
 */
public class YearListParams extends PageParams {

    @PathParam("year")
    @Parameter(description = "Fiscal year, 2000 to 2100", schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"))
    String year;

    @QueryParam("format")
    @Parameter(description = "json or csv; overrides Accept")
    String format;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    public int fiscalYear() {
        return FiscalYear.parse("year", year);
    }

    public TabularFormat format() {
        return TabularFormat.choose(format, headers);
    }

    public HttpHeaders headers() {
        return headers;
    }

    public UriInfo uri() {
        return uri;
    }
}
