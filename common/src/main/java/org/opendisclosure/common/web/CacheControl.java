package org.opendisclosure.common.web;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Says how long a read may be reused: {@code no-cache} unless the operation says otherwise. A
 * stored figure changes with any write, so a cache (a browser, a proxy in front of a portal) may
 * keep an answer but must ask again before reusing it; with the ETag every read carries, that
 * question costs a 304.
 */
public class CacheControl {

    public static final String REVALIDATE = "no-cache";

    @ServerResponseFilter
    public void revalidateByDefault(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        int status = response.getStatus();
        if ((HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method)) && (status == 200 || status == 304)
                && !response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, REVALIDATE);
        }
    }
}
