package org.opendisclosure.common.web;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * What every analysts' list takes besides its years and filters, as a {@code @BeanParam}:
 * {@code page}, {@code size}, {@code format}, and the request it answers (its {@code Accept} and
 * its URI, for the links to the other pages).
 */
public class TabularListParams extends PageParams {

    @QueryParam("format")
    @Parameter(description = "json or csv; overrides Accept")
    String format;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

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
