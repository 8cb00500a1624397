package org.opendisclosure.common.web;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** {@code page} and {@code size} of a list, as a {@code @BeanParam}; a bad value is a 400 naming it. */
public class PageParams {

    @QueryParam("page")
    @Parameter(description = "Page number, from 1", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
    String page;

    @QueryParam("size")
    @Parameter(description = "Items per page", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "50"))
    String size;

    public PageRequest request() {
        return PageRequest.parse(page, size);
    }
}
