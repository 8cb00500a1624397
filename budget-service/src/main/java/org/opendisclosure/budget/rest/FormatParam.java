package org.opendisclosure.budget.rest;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.opendisclosure.common.web.TabularFormat;

/** {@code format} of a tabular list, which wins over {@code Accept}. */
public class FormatParam {

    @QueryParam("format")
    @Parameter(description = "json or csv; overrides Accept")
    String format;

    public TabularFormat choose(HttpHeaders headers) {
        return TabularFormat.choose(format, headers);
    }
}
