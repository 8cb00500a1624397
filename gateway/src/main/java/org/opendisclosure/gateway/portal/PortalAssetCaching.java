package org.opendisclosure.gateway.portal;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The portal's scripts, styles and the chart library may be kept by browsers and proxies for an
 * hour. Quarkus's static handler would mark them immutable for a day, which is wrong for the
 * portal's own files: their names carry no version, so a new release must show within the hour.
 * Only answers that carry the file (200, or 304 confirming it) are marked; a missing file is not.
 */
@ApplicationScoped
public class PortalAssetCaching {

    static final String ASSETS = "public, max-age=3600";

    void register(@Observes Router router) {
        // A route without a path, matched on the raw path: a route with one makes Vert.x decode the path
        // first, and a path that does not decode (%zz) must reach common's handler of it as it came.
        router.route().order(Integer.MIN_VALUE + 1).handler(rc -> {
            String path = rc.request().path();
            if (path == null || !(path.startsWith("/portal/") || path.startsWith("/webjars/"))) {
                rc.next();
                return;
            }
            rc.addHeadersEndHandler(ignored -> {
                int status = rc.response().getStatusCode();
                if (status == 200 || status == 304) {
                    rc.response().headers().set(HttpHeaders.CACHE_CONTROL, ASSETS);
                }
            });
            rc.next();
        });
    }
}
