package org.opendisclosure.gateway.rest;

import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.regex.Pattern;
import org.opendisclosure.common.id.DepartmentId;
import org.opendisclosure.common.web.ConditionalRequests;
import org.opendisclosure.gateway.service.ComposedDisclosure;
import org.opendisclosure.gateway.service.DisclosureCache;
import org.opendisclosure.gateway.service.DisclosureRefresh;

/**
 * The hot read path: {@code GET /api/v1/disclosures/{departmentId}/{year}} answered on the event
 * loop from the composed copy in the cache, with exactly the answer {@link DisclosureResource#get}
 * gives for it (200 with the bytes, or 304 for a matching {@code If-None-Match}; {@code ETag},
 * {@code X-Disclosure-Complete}). Anything else goes on to the resource: no copy yet, or one still
 * being composed, nothing published (404), a malformed id or year (400), an {@code Accept} that
 * rules JSON out (406), HEAD.
 */
@ApplicationScoped
public class CachedDisclosureRoute {

    private static final Pattern DEPARTMENT_ID = Pattern.compile(DepartmentId.PATTERN);
    private static final Pattern YEAR = Pattern.compile("^\\d{4}$");
    private static final String JSON_UTF8 = "application/json;charset=UTF-8";

    private final DisclosureCache cache;
    private final DisclosureRefresh refresh;

    public CachedDisclosureRoute(DisclosureCache cache, DisclosureRefresh refresh) {
        this.cache = cache;
        this.refresh = refresh;
    }

    void register(@Observes Router router) {
        router.getWithRegex("^/api/v1/disclosures/(?<departmentId>[^/]+)/(?<year>[^/]+)$").order(-1).handler(this::serve);
    }

    private void serve(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        String departmentId = rc.pathParam("departmentId");
        String year = rc.pathParam("year");
        if (departmentId == null || year == null || !DEPARTMENT_ID.matcher(departmentId).matches()
                || !YEAR.matcher(year).matches() || !acceptsJson(request.getHeader(HttpHeaders.ACCEPT))) {
            rc.next();
            return;
        }
        int fiscalYear = Integer.parseInt(year);
        ComposedDisclosure disclosure = cache.ifComposed(departmentId, fiscalYear);
        if (disclosure == null || !disclosure.found()) {
            rc.next();
            return;
        }
        refresh.readFromCache(departmentId, fiscalYear, disclosure);
        String etag = "\"" + disclosure.etag().getValue() + "\"";
        String complete = Boolean.toString(disclosure.complete());
        if (ConditionalRequests.noneMatch(request.getHeader(HttpHeaders.IF_NONE_MATCH), disclosure.etag())) {
            rc.response().setStatusCode(304)
                    .putHeader(HttpHeaders.ETAG, etag)
                    .putHeader(DisclosureResource.COMPLETE_HEADER, complete)
                    .end();
            return;
        }
        rc.response().setStatusCode(200)
                .putHeader(HttpHeaders.CONTENT_TYPE, JSON_UTF8)
                .putHeader(HttpHeaders.ETAG, etag)
                .putHeader(DisclosureResource.COMPLETE_HEADER, complete)
                // the cached bytes themselves, outside the heap: neither copied nor allocated per request
                .end(Buffer.buffer(Unpooled.wrappedBuffer(disclosure.directJson().duplicate())));
    }

    /**
     * Whether the resource, which produces only application/json, would answer this Accept with
     * JSON: absent, or a range covering application/json whose quality is not zero.
     */
    static boolean acceptsJson(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].trim().toLowerCase();
            if (!type.equals("application/json") && !type.equals("application/*") && !type.equals("*/*")) {
                continue;
            }
            boolean zero = false;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].trim().toLowerCase().replace(" ", "");
                if (parameter.matches("q=0(\\.0{0,3})?")) {
                    zero = true;
                }
            }
            if (!zero) {
                return true;
            }
        }
        return false;
    }
}
