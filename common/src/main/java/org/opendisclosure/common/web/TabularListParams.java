package org.opendisclosure.common.web;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * What every analysts' list takes besides its years and filters, as a {@code @BeanParam}:
 * {@code page}, {@code size}, {@code format}, {@code header} (the titles of a table's header row),
 * {@code download} (the whole list as one file), and the request it answers (its {@code Accept} and
 * its URI, for the links to the other pages).
 */
public class TabularListParams extends PageParams {

    @QueryParam("format")
    @Parameter(description = TabularFormat.DESCRIPTION, schema = @Schema(enumeration = {"json", "csv", "xlsx"}))
    String format;

    @QueryParam(ColumnTitles.PARAM)
    @Parameter(description = ColumnTitles.DESCRIPTION, schema = @Schema(enumeration = {"en", "zh"}, defaultValue = "en"))
    String header;

    @QueryParam(Download.PARAM)
    @Parameter(description = Download.DESCRIPTION, schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
    String download;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    public TabularFormat format() {
        return TabularFormat.choose(format, headers, download());
    }

    public ColumnTitles titles() {
        return ColumnTitles.parse(header);
    }

    public boolean download() {
        return Download.parse(download);
    }

    public HttpHeaders headers() {
        return headers;
    }

    public UriInfo uri() {
        return uri;
    }
}
