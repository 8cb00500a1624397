package org.opendisclosure.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.common.problem.ProblemResponses;
import org.opendisclosure.common.problem.ProblemType;
import org.opendisclosure.common.web.Download;
import org.opendisclosure.gateway.client.Forwarding;
import org.opendisclosure.gateway.client.WriteCaller;
import org.opendisclosure.gateway.parts.Downstream;
import org.opendisclosure.gateway.service.CrossPartFindingsKept;
import org.opendisclosure.gateway.service.DisclosureCache;

/**
 * The services' own endpoints (departments, the parts' documents with their revisions, findings
 * and exports, the analysts' lists, the published documents kept as received) under the same
 * paths at the gateway, passed through byte for
 * byte to the service {@link PassThroughTable} names. A write passed through makes the gateway
 * forget its composed copy of that disclosure, so the next read through the gateway sees it.
 */
@Path("/api/v1")
public class PassThrough {

    // The services' roll-ups across years sit directly under /api/v1, each named <list>-areas (Downstream.areaList).
    private static final String ROUTED = "{route: (departments|fiscal-years|sources|import-jobs|[a-z]+-areas)(/.*)?}";
    private static final Logger LOG = Logger.getLogger(PassThrough.class);

    private final PassThroughTable table = PassThroughTable.fromParts();
    private final Forwarding forwarding;
    private final ProblemResponses problems;
    private final DisclosureCache cache;
    private final CrossPartFindingsKept crossParts;
    private final ObjectMapper objectMapper;

    public PassThrough(Forwarding forwarding, ProblemResponses problems, DisclosureCache cache, CrossPartFindingsKept crossParts,
                       ObjectMapper objectMapper) {
        this.forwarding = forwarding;
        this.problems = problems;
        this.cache = cache;
        this.crossParts = crossParts;
        this.objectMapper = objectMapper;
    }

    @GET
    @Path(ROUTED)
    @Operation(hidden = true)
    public Uni<Response> get(@Context HttpServerRequest request, @Context HttpHeaders headers) {
        if (Download.PARAM_TRUE.equals(request.getParam(Download.PARAM))) {
            return download(request, headers);
        }
        return pass("GET", request, headers, null);
    }

    @HEAD
    @Path(ROUTED)
    @Operation(hidden = true)
    public Uni<Response> head(@Context HttpServerRequest request, @Context HttpHeaders headers) {
        return pass("HEAD", request, headers, null);
    }

    @PUT
    @Path(ROUTED)
    @Operation(hidden = true)
    public Uni<Response> put(@Context HttpServerRequest request, @Context HttpHeaders headers, byte[] body) {
        return pass("PUT", request, headers, body);
    }

    @POST
    @Path(ROUTED)
    @Operation(hidden = true)
    public Uni<Response> post(@Context HttpServerRequest request, @Context HttpHeaders headers, byte[] body) {
        return pass("POST", request, headers, body);
    }

    @PATCH
    @Path(ROUTED)
    @Operation(hidden = true)
    public Uni<Response> patch(@Context HttpServerRequest request, @Context HttpHeaders headers, byte[] body) {
        return pass("PATCH", request, headers, body);
    }

    @DELETE
    @Path(ROUTED)
    @Operation(hidden = true)
    public Uni<Response> delete(@Context HttpServerRequest request, @Context HttpHeaders headers) {
        return pass("DELETE", request, headers, null);
    }

    private Uni<Response> pass(String method, HttpServerRequest request, HttpHeaders headers, byte[] body) {
        // The path as sent, dot segments resolved (so ../ cannot step out of the routed paths), still encoded;
        // not UriInfo's request URI, which is built with the client's Host.
        String path = normalized(request.path());
        Optional<Downstream> downstream = table.route(path);
        if (downstream.isEmpty()) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        Downstream service = downstream.get();
        String query = request.query();
        String pathAndQuery = query == null || query.isEmpty() ? path : path + "?" + query;
        return Uni.createFrom().completionStage(() -> forwarding.forward(service, method, pathAndQuery, headers.getRequestHeaders(),
                        body))
                .map(answer -> answered(method, path, service, answer))
                .onFailure().recoverWithItem(failure -> unavailable(method, path, service, failure))
                .call(response -> keepAcrossParts(method, path, response, WriteCaller.of(headers)));
    }

    /**
     * After a part of a year's disclosure is written, its findings across parts are computed from
     * the parts as now stored and kept, before the write is answered (on a worker: it blocks).
     */
    private Uni<Void> keepAcrossParts(String method, String path, Response response, WriteCaller caller) {
        PassThroughTable.Disclosure disclosure = PassThroughTable.disclosureOf(path);
        if (List.of("GET", "HEAD").contains(method) || disclosure == null || disclosure.year() == null
                || response.getStatus() >= 300) {
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().<Void>item(() -> {
            crossParts.keepAfterWrite(disclosure.departmentId(), disclosure.year(), caller);
            return null;
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /**
     * A whole list, passed through as the service streams it: the body is copied as it arrives, on a
     * worker thread (the copy blocks), never held whole.
     */
    private Uni<Response> download(HttpServerRequest request, HttpHeaders headers) {
        String path = normalized(request.path());
        Downstream service = table.route(path).orElseThrow(jakarta.ws.rs.NotFoundException::new);
        String pathAndQuery = path + "?" + request.query();
        return Uni.createFrom().completionStage(() -> forwarding.stream(service, pathAndQuery, headers.getRequestHeaders()))
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(PassThrough::streamed)
                .onFailure().recoverWithItem(failure -> unavailable("GET", path, service, failure));
    }

    private static Response streamed(HttpResponse<InputStream> answer) {
        Response.ResponseBuilder response = Response.status(answer.statusCode());
        answer.headers().map().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!Forwarding.HOP_BY_HOP.contains(lower) && !lower.equals("x-request-id") && !lower.equals(":status")) {
                values.forEach(value -> response.header(name, value));
            }
        });
        StreamingOutput body = out -> {
            try (InputStream in = answer.body()) {
                in.transferTo(out);
            }
        };
        return response.entity(body).build();
    }

    private static String normalized(String rawPath) {
        try {
            String path = new URI(rawPath).normalize().getRawPath();
            if (path == null || !path.startsWith("/")) {
                throw new URISyntaxException(rawPath, "not an absolute path");
            }
            return path;
        } catch (URISyntaxException e) {
            throw ProblemException.invalid("path", "is not a well-formed path");
        }
    }

    private Response answered(String method, String path, Downstream service, Response answer) {
        try (answer) {
            byte[] bytes = answer.hasEntity() ? answer.readEntity(byte[].class) : null;
            Response.ResponseBuilder response = Response.status(answer.getStatus());
            answer.getStringHeaders().forEach((name, values) -> {
                String lower = name.toLowerCase(Locale.ROOT);
                // The request id is on the answer already (the same one, passed on): once is enough.
                if (!Forwarding.HOP_BY_HOP.contains(lower) && !lower.equals("x-request-id")) {
                    values.forEach(value -> response.header(name, value));
                }
            });
            if (bytes != null && bytes.length > 0) {
                response.entity(bytes);
            }
            if (!List.of("GET", "HEAD").contains(method)) {
                written(method, path, service, answer.getStatus(), bytes);
            }
            return response.build();
        }
    }

    private void written(String method, String path, Downstream service, int status, byte[] body) {
        PassThroughTable.Disclosure disclosure = PassThroughTable.disclosureOf(path);
        if (disclosure != null) {
            (disclosure.year() == null ? cache.forgetAll() : cache.forget(disclosure.departmentId(), disclosure.year()))
                    .subscribe().with(done -> { }, failure -> LOG.warnf(failure, "Could not forget the cached disclosures of %s", path));
        }
        LOG.infof("Passed through: %s %s to %s: HTTP %d, revision %s", method, path, service.service(), status, revision(body));
    }

    private String revision(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            JsonNode revision = objectMapper.readTree(body).path("revision");
            return revision.isMissingNode() ? null : revision.asText();
        } catch (IOException e) {
            return null;
        }
    }

    private Response unavailable(String method, String path, Downstream service, Throwable failure) {
        LOG.warnf("Passing %s %s to %s failed: %s", method, path, service.service(), failure.toString());
        return problems.build(ProblemType.SERVICE_UNAVAILABLE,
                service.service() + " cannot answer right now; the rest of the suite can: try again shortly", path, null);
    }
}
