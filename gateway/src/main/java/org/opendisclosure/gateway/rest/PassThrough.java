package org.opendisclosure.gateway.rest;

import io.smallrye.mutiny.Uni;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.opendisclosure.common.problem.Problem;
import org.opendisclosure.common.problem.ProblemResponses;
import org.opendisclosure.common.problem.ProblemType;
import org.opendisclosure.gateway.config.GatewayConfig;
import org.opendisclosure.gateway.service.DisclosureCache;

/**
 * The services' own endpoints (departments, budgets, performance, procurement, assets, the
 * analysts' lists, revisions, CSV, the OCDS export) under the same paths at the gateway, passed
 * through byte for byte. A write passed through makes the gateway forget its composed copy of that
 * department's disclosures, so the next read through the gateway sees it.
 */
@ApplicationScoped
public class PassThrough {

    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host");
    private static final Pattern DEPARTMENT_YEAR = Pattern.compile("^/api/v1/departments/([^/]+)(?:/[^/]+/(\\d{4}))?");

    private static final Logger LOG = Logger.getLogger(PassThrough.class);

    private final GatewayConfig config;
    private final ProblemResponses problems;
    private final DisclosureCache cache;

    public PassThrough(GatewayConfig config, ProblemResponses problems, DisclosureCache cache) {
        this.config = config;
        this.problems = problems;
        this.cache = cache;
    }

    record Route(String pattern, String service, URI origin) {
    }

    List<Route> routes() {
        GatewayConfig.Services s = config.services();
        return List.of(
                new Route("^/api/v1/departments/?$", "budget-service", s.budget()),
                new Route("^/api/v1/departments/[^/]+/?$", "budget-service", s.budget()),
                new Route("^/api/v1/departments/[^/]+/revisions(/.*)?$", "budget-service", s.budget()),
                new Route("^/api/v1/departments/[^/]+/budgets(/.*)?$", "budget-service", s.budget()),
                new Route("^/api/v1/fiscal-years/[^/]+/budgets/?$", "budget-service", s.budget()),
                new Route("^/api/v1/departments/[^/]+/performance(/.*)?$", "performance-service", s.performance()),
                new Route("^/api/v1/fiscal-years/[^/]+/projects/?$", "performance-service", s.performance()),
                new Route("^/api/v1/fiscal-years/[^/]+/performance/?$", "performance-service", s.performance()),
                new Route("^/api/v1/departments/[^/]+/procurement(/.*)?$", "procurement-service", s.procurement()),
                new Route("^/api/v1/fiscal-years/[^/]+/procurement-(lines|totals)/?$", "procurement-service", s.procurement()),
                new Route("^/api/v1/fiscal-years/[^/]+/procurement/?$", "procurement-service", s.procurement()),
                new Route("^/api/v1/departments/[^/]+/assets(/.*)?$", "assets-service", s.assets()),
                new Route("^/api/v1/fiscal-years/[^/]+/assets/?$", "assets-service", s.assets()));
    }

    void register(@Observes Router router, Vertx vertx) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setKeepAlive(true).setMaxPoolSize(64).setConnectTimeout(1000));
        long timeout = config.passThrough().timeout().toMillis();
        for (Route route : routes()) {
            router.routeWithRegex(route.pattern())
                    .handler(rc -> forward(rc, client, route, timeout))
                    .failureHandler(rc -> unavailable(rc, route));
        }
    }

    private void forward(RoutingContext rc, HttpClient client, Route route, long timeout) {
        HttpServerRequest request = rc.request();
        request.pause();
        if (request.method() != HttpMethod.GET && request.method() != HttpMethod.HEAD
                && request.method() != HttpMethod.OPTIONS) {
            rc.addEndHandler(done -> forgetDisclosures(request.path()));
        }
        RequestOptions options = new RequestOptions()
                .setHost(route.origin().getHost())
                .setPort(route.origin().getPort())
                .setMethod(request.method())
                .setURI(request.uri())
                .setTimeout(timeout)
                .setHeaders(MultiMap.caseInsensitiveMultiMap());
        copy(request.headers(), options.getHeaders());
        // The service writes links (Location, Link, the OCDS uri) from these: they must name the gateway.
        options.putHeader("X-Forwarded-Host", String.valueOf(request.authority()));
        options.putHeader("X-Forwarded-Proto", request.scheme());
        client.request(options)
                .compose(upstream -> upstream.send(request))
                .onSuccess(upstream -> {
                    HttpServerResponse response = rc.response();
                    response.setStatusCode(upstream.statusCode());
                    copy(upstream.headers(), response.headers());
                    if (upstream.getHeader(HttpHeaders.CONTENT_LENGTH) == null) {
                        response.setChunked(true);
                    }
                    upstream.pipeTo(response);
                })
                .onFailure(failure -> unavailable(rc, route));
    }

    private void unavailable(RoutingContext rc, Route route) {
        if (rc.failure() != null) {
            LOG.errorf(rc.failure(), "Passing %s %s to %s failed", rc.request().method(), rc.request().path(), route.service());
        }
        if (rc.response().headWritten()) {
            rc.response().reset();
            return;
        }
        ProblemType type = ProblemType.SERVICE_UNAVAILABLE;
        byte[] body = problems.bytes(new Problem(type.uri(), type.title(), type.status(),
                route.service() + " cannot answer right now; the rest of the suite can: try again shortly",
                rc.request().path(), null));
        rc.response().setStatusCode(503)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.RETRY_AFTER, "5")
                .end(io.vertx.core.buffer.Buffer.buffer(body));
    }

    private void forgetDisclosures(String path) {
        Matcher m = DEPARTMENT_YEAR.matcher(path);
        if (!m.find()) {
            return;
        }
        Uni<Void> forgotten = m.group(2) != null ? cache.forget(m.group(1), Integer.parseInt(m.group(2))) : cache.forgetAll();
        forgotten.subscribe().with(done -> { }, failure -> LOG.warnf(failure, "Could not forget the cached disclosures of %s", path));
    }

    private static void copy(MultiMap from, MultiMap to) {
        from.forEach(header -> {
            if (!HOP_BY_HOP.contains(header.getKey().toLowerCase())) {
                to.add(header.getKey(), header.getValue());
            }
        });
    }
}
