package org.opendisclosure.gateway.rest;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.opendisclosure.common.web.PageRequest;
import org.opendisclosure.common.web.TabularFormat;

/** The page and the format of a tabular list: a bad one is a 400 problem naming it. */
public class ListQuery {

    @QueryParam("page")
    @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
    String page;

    @QueryParam("size")
    @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "50"))
    String size;

    @QueryParam("format")
    @Parameter(description = "json or csv; overrides Accept")
    String format;

    @Context
    HttpHeaders headers;

    public PageRequest page() {
        return PageRequest.parse(page, size);
    }

    public TabularFormat format() {
        return TabularFormat.choose(format, headers);
    }
}
