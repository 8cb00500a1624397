package org.opendisclosure.gateway.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * An import sent without a Content-Type is taken as bytes (RFC 9110 lets a recipient assume
 * application/octet-stream), so that it reaches the endpoint that reads the document from the
 * body rather than the form upload, which would find no form in it. The document's content says
 * what it is either way.
 */
public class UntypedImports {

    @ServerRequestFilter(preMatching = true)
    public void untypedIsBytes(ContainerRequestContext request) {
        if ("POST".equals(request.getMethod()) && request.getHeaderString(HttpHeaders.CONTENT_TYPE) == null
                && request.getUriInfo().getPath().replaceFirst("/$", "").endsWith("/api/v1/imports")) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_OCTET_STREAM);
        }
    }
}
