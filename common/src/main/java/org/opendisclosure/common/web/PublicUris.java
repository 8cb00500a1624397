package org.opendisclosure.common.web;

import io.quarkus.arc.Arc;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;

/**
 * The absolute URLs the suite writes into its answers ({@code Location}, {@code Link}, the OCDS
 * {@code uri}), made from {@code suite.public-base-url} and never from the request's {@code Host}:
 * a client chooses its Host, and a link built from it would send the next client to that host.
 * Only behind proxies named in {@code quarkus.http.proxy.trusted-proxies}, with forwarding on,
 * does the address the proxy forwarded count instead, and only when Quarkus itself says (in
 * {@value #TRUSTED_PROXY_HEADER}) that this request came through one of them. The services sit
 * behind the gateway and are configured with its public address: they trust no forwarded header.
 */
@ApplicationScoped
public class PublicUris {

    /** Set by Quarkus (quarkus.http.proxy.enable-trusted-proxy-header) on a request from a trusted proxy; removed from any other. */
    static final String TRUSTED_PROXY_HEADER = "X-Forwarded-Trusted-Proxy";

    private final URI base;
    private final boolean forwardingTrusted;

    public PublicUris(@ConfigProperty(name = "suite.public-base-url", defaultValue = "http://localhost:8080") URI base,
                      @ConfigProperty(name = "quarkus.http.proxy.proxy-address-forwarding", defaultValue = "false") boolean forwarding,
                      @ConfigProperty(name = "quarkus.http.proxy.enable-trusted-proxy-header", defaultValue = "false") boolean trustedHeader,
                      @ConfigProperty(name = "quarkus.http.proxy.trusted-proxies") Optional<List<String>> trustedProxies) {
        if (!base.isAbsolute() || base.getRawAuthority() == null || !List.of("http", "https").contains(base.getScheme())) {
            throw new IllegalArgumentException("suite.public-base-url must be an absolute http(s) URL, was " + base);
        }
        this.base = URI.create(base.toString().replaceFirst("/+$", ""));
        // Forwarding without a list of trusted proxies trusts every client: not taken as a reason to trust anyone here.
        this.forwardingTrusted = forwarding && trustedHeader && trustedProxies.map(list -> !list.isEmpty()).orElse(false);
    }

    /** The one in use (from CDI), for code that is not a bean. */
    public static PublicUris get() {
        return Arc.container().instance(PublicUris.class).get();
    }

    /** The request's path and query under the public address, e.g. {@code http://localhost:8080/api/v1/…?page=2}. */
    public URI requestUri() {
        HttpServerRequest request = current();
        String query = request.query();
        return at(request, request.path() + (query == null || query.isEmpty() ? "" : "?" + query));
    }

    /** The request's path (no query) under the public address. */
    public URI absolutePath() {
        HttpServerRequest request = current();
        return at(request, request.path());
    }

    public UriBuilder requestUriBuilder() {
        return UriBuilder.fromUri(requestUri());
    }

    /** A path of this API (e.g. {@code /api/v1/disclosures/130624-203/2020}) under the public address. */
    public URI resolve(String absolutePath) {
        return at(current(), absolutePath.startsWith("/") ? absolutePath : "/" + absolutePath);
    }

    private URI at(HttpServerRequest request, String rawPathAndQuery) {
        String origin = base.toString();
        if (forwardingTrusted && "true".equals(request.getHeader(TRUSTED_PROXY_HEADER))) {
            String forwarded = forwardedOrigin(request);
            if (forwarded != null) {
                origin = forwarded;
            }
        }
        try {
            return new URI(origin + rawPathAndQuery);
        } catch (URISyntaxException e) {
            // The path and query were read by the HTTP layer already; one it let through but URI refuses is kept as a path only.
            return URI.create(origin + encodePath(rawPathAndQuery));
        }
    }

    /** The scheme and authority a trusted proxy forwarded (Quarkus has put them on the request), if they make a URL. */
    private static String forwardedOrigin(HttpServerRequest request) {
        String scheme = request.scheme();
        if (!"http".equals(scheme) && !"https".equals(scheme) || request.authority() == null) {
            return null;
        }
        try {
            URI origin = new URI(scheme + "://" + request.authority().host()
                    + (request.authority().port() > 0 ? ":" + request.authority().port() : ""));
            return origin.getHost() == null ? null : origin.toString();
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String encodePath(String raw) {
        int query = raw.indexOf('?');
        String path = query < 0 ? raw : raw.substring(0, query);
        return UriBuilder.fromPath("").path(path).build().getRawPath();
    }

    private static HttpServerRequest current() {
        ResteasyReactiveRequestContext context = CurrentRequestManager.get();
        if (context == null) {
            throw new IllegalStateException("a public URL is made while answering a request");
        }
        return context.serverRequest().unwrap(HttpServerRequest.class);
    }
}
