package org.opendisclosure.gateway.client;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.opendisclosure.common.web.RequestIdFilter;
import org.opendisclosure.gateway.config.GatewayConfig;
import org.opendisclosure.gateway.parts.Downstream;

/**
 * A request passed on to a service as it came: method, raw path and query, headers (but those
 * of the connection, and any X-Forwarded-* a client made up), body. The answer is the service's
 * whatever its status; only a service that cannot be reached or does not answer within
 * {@code gateway.pass-through.timeout} fails. The services write their links from their own
 * configured public address (the gateway's), so nothing about the client's Host is passed on.
 */
@ApplicationScoped
public class Forwarding {

    /** Headers of one connection, not of the request, and those the client sets from the body. */
    public static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate", "proxy-authorization",
            "te", "trailer", "transfer-encoding", "upgrade", "host", "content-length");

    // Headers java.net.http sets itself and refuses from a caller.
    private static final Set<String> SET_BY_CLIENT = Set.of("expect", "date", "via", "warning");

    private final GatewayConfig config;
    private final Client client;
    // HTTP/1.1 as the other calls to the services: no h2c upgrade asked of a service on every download.
    private final HttpClient streaming = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1)).build();

    public Forwarding(GatewayConfig config) {
        this.config = config;
        this.client = ClientBuilder.newBuilder()
                .connectTimeout(1000, TimeUnit.MILLISECONDS)
                .readTimeout(config.passThrough().timeout().toMillis(), TimeUnit.MILLISECONDS)
                .build();
    }

    /**
     * @param pathAndQuery the raw (still encoded) path and query of the request
     */
    public CompletionStage<Response> forward(Downstream downstream, String method, String pathAndQuery,
                                             MultivaluedMap<String, String> headers, byte[] body) {
        String origin = config.url(downstream).toString().replaceFirst("/+$", "");
        Invocation.Builder request = client.target(URI.create(origin + pathAndQuery)).request();
        String contentType = null;
        for (var header : headers.entrySet()) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (name.equals("content-type")) {
                contentType = header.getValue().isEmpty() ? null : header.getValue().get(0);
            } else if (!HOP_BY_HOP.contains(name) && !name.startsWith("x-forwarded-") && !name.equals("forwarded")
                    && !name.equals("x-request-id")) {
                header.getValue().forEach(value -> request.header(header.getKey(), value));
            }
        }
        String requestId = RequestIdFilter.current();
        if (requestId != null) {
            request.header(RequestIdFilter.HEADER, requestId);
        }
        Entity<byte[]> entity = body == null ? null
                : Entity.entity(body, contentType == null ? MediaType.APPLICATION_OCTET_STREAM_TYPE : MediaType.valueOf(contentType));
        if (entity == null && contentType != null) {
            request.header(HttpHeaders.CONTENT_TYPE, contentType);
        }
        return request.rx().method(method, entity);
    }

    /**
     * A GET passed on as {@link #forward} does, whose answer's body is read as it arrives rather than
     * whole: a download of a whole list, which may be far larger than a gateway should hold. The
     * timeout is that of the pass-through until the answer's head arrives; the body may take as long
     * as the service streams it.
     */
    public CompletionStage<HttpResponse<InputStream>> stream(Downstream downstream, String pathAndQuery,
                                                             MultivaluedMap<String, String> headers) {
        String origin = config.url(downstream).toString().replaceFirst("/+$", "");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin + pathAndQuery)).GET()
                .timeout(config.passThrough().timeout());
        for (var header : headers.entrySet()) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (!HOP_BY_HOP.contains(name) && !SET_BY_CLIENT.contains(name) && !name.startsWith("x-forwarded-")
                    && !name.equals("forwarded") && !name.equals("x-request-id")) {
                header.getValue().forEach(value -> request.header(header.getKey(), value));
            }
        }
        String requestId = RequestIdFilter.current();
        if (requestId != null) {
            request.header(RequestIdFilter.HEADER, requestId);
        }
        return streaming.sendAsync(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
