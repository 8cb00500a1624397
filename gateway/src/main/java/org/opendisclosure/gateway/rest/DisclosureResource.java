package org.opendisclosure.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.netty.buffer.Unpooled;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendisclosure.common.problem.Problem;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.common.problem.ProblemType;
import org.opendisclosure.common.security.Writes;
import org.opendisclosure.common.web.ConditionalRequests;
import org.opendisclosure.common.web.DepartmentYearAddress;
import org.opendisclosure.common.web.PublicUris;
import org.opendisclosure.common.web.Representations;
import org.opendisclosure.gateway.client.RequestIds;
import org.opendisclosure.gateway.client.WriteCaller;
import org.opendisclosure.gateway.config.GatewayConfig;
import org.opendisclosure.gateway.parts.Part;
import org.opendisclosure.gateway.service.ComposedDisclosure;
import org.opendisclosure.gateway.service.DisclosureCache;
import org.opendisclosure.gateway.service.DisclosureComposer;
import org.opendisclosure.gateway.service.DisclosureRefresh;
import org.opendisclosure.gateway.service.DisclosureWriter;
import org.opendisclosure.gateway.service.WriteReport;

/**
 * The whole disclosure of a department for a fiscal year. Reads are answered on the event loop
 * from the composed copy when there is one (the hot path: the cached bytes themselves, no worker
 * thread), and from a worker composing it otherwise; either way the same answer.
 */
@Path("/api/v1/disclosures")
@Tag(name = "Disclosures", description = "部门预算信息公开: the whole disclosure of a department for a fiscal year, part by part")
public class DisclosureResource {

    static final String COMPLETE_HEADER = "X-Disclosure-Complete";
    private static final MediaType JSON_UTF8 = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

    private final DisclosureComposer composer;
    private final DisclosureCache cache;
    private final DisclosureRefresh refresh;
    private final DisclosureWriter writer;
    private final WriteProblems problems;
    private final Representations representations;
    private final ManagedExecutor executor;
    private final String cacheControl;

    public DisclosureResource(DisclosureComposer composer, DisclosureCache cache, DisclosureRefresh refresh, DisclosureWriter writer,
                              WriteProblems problems, Representations representations, ManagedExecutor executor,
                              GatewayConfig config) {
        this.composer = composer;
        this.cache = cache;
        this.refresh = refresh;
        this.writer = writer;
        this.problems = problems;
        this.representations = representations;
        this.executor = executor;
        // A client or proxy may keep the disclosure as long as the gateway itself does: no longer,
        // since a write made straight to a service shows through the gateway only after that.
        this.cacheControl = "public, max-age=" + config.cache().maxAge().toSeconds();
    }

    @GET
    @Path("/{departmentId}/{year}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The whole disclosure of a department for a fiscal year",
            description = "Parts 一 to 九 in the document's order, each with its status (available, absent: not published, "
                    + "unavailable: its service is down, slow or erroring, with the reason), revision and content exactly as its "
                    + "service holds it. complete is true only when every part is available. Served from memory for up to "
                    + "gateway.cache.max-age (default 2 s) after it was composed.")
    @APIResponse(responseCode = "200", description = "The disclosure, complete or partial",
            headers = {@Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Cache-Control", description = "public, max-age: as long as the gateway keeps the "
                            + "composed copy (gateway.cache.max-age)", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = COMPLETE_HEADER, description = "true when every part is available",
                            schema = @Schema(type = SchemaType.BOOLEAN))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DisclosureSchema.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    public Uni<Response> get(@BeanParam DepartmentYearAddress address,
                             @Parameter(hidden = true) @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
                             @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_ENCODING) String acceptEncoding) {
        String departmentId = address.id().toString();
        int year = address.year();
        ComposedDisclosure cached = cache.ifComposed(departmentId, year);
        if (cached != null) {
            refresh.readFromCache(departmentId, year, cached);
            return Uni.createFrom().item(answer(cached, departmentId, year, ifNoneMatch, acceptEncoding));
        }
        return Uni.createFrom().item(RequestIds.carried(() -> composer.compose(departmentId, year)))
                .runSubscriptionOn(executor)
                .map(composed -> answer(composed, departmentId, year, ifNoneMatch, acceptEncoding));
    }

    private Response answer(ComposedDisclosure disclosure, String departmentId, int year, String ifNoneMatch, String acceptEncoding) {
        if (!disclosure.found()) {
            throw ProblemException.notFound("Nothing is published for department " + departmentId + " in " + year);
        }
        boolean gzip = acceptsGzip(acceptEncoding);
        EntityTag etag = gzip ? disclosure.gzipped().etag() : disclosure.etag();
        if (disclosure.namedBy(ifNoneMatch, ConditionalRequests::noneMatch)) {
            return Response.notModified(etag).header(COMPLETE_HEADER, disclosure.complete())
                    .header(HttpHeaders.CACHE_CONTROL, cacheControl).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING).build();
        }
        // The kept bytes themselves, outside the heap: neither copied nor compressed per request.
        ByteBuffer bytes = gzip ? disclosure.gzipped().bytes() : disclosure.directJson();
        Response.ResponseBuilder ok = Response.ok(Buffer.buffer(Unpooled.wrappedBuffer(bytes.duplicate())), JSON_UTF8).tag(etag)
                .header(COMPLETE_HEADER, disclosure.complete()).header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (gzip) {
            ok.header(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        return ok.build();
    }

    /**
     * Whether to send the kept gzip bytes: Accept-Encoding gives gzip (or *) a weight above 0 and
     * none higher to brotli, which the HTTP layer then makes instead.
     */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        Map<String, Double> weights = new HashMap<>();
        for (String coding : acceptEncoding.split(",")) {
            String[] pieces = coding.trim().split(";");
            double weight = 1;
            for (int i = 1; i < pieces.length; i++) {
                String parameter = pieces[i].trim().toLowerCase(Locale.ROOT);
                if (parameter.startsWith("q=")) {
                    try {
                        weight = Double.parseDouble(parameter.substring(2).trim());
                    } catch (NumberFormatException unreadable) {
                        weight = 0;
                    }
                }
            }
            weights.put(pieces[0].trim().toLowerCase(Locale.ROOT), weight);
        }
        double any = weights.getOrDefault("*", 0.0);
        double gzip = weights.getOrDefault("gzip", weights.getOrDefault("x-gzip", any));
        return gzip > 0 && gzip >= weights.getOrDefault("br", any);
    }

    @PUT
    @Writes
    @SecurityRequirement(name = Writes.SCHEME)
    @Path("/{departmentId}/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Store a whole disclosure of a department for a fiscal year",
            description = "Takes every part keyed as in the composed disclosure and stores each in the service that owns it. "
                    + "Every service first validates its document without storing it: if any part is invalid, the answer is 400 with "
                    + "the offending fields of all parts (each prefixed with its part's key, then the path inside the part) and "
                    + "nothing is written; if a service cannot validate, 503 and nothing is written. Then part 一 (the department's "
                    + "duties and units for the year) is written, the documents of its service after it, and the others. A document equal to the "
                    + "one stored adds no revision (reported unchanged), so sending the same disclosure again is harmless: after a 503 "
                    + "it stores only what is missing. The composed disclosure shows the new content at once.")
    @APIResponse(responseCode = "200", description = "Every document stored (created, revised or unchanged); the report",
            headers = @Header(name = "Location", description = "The composed disclosure", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WriteReport.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "412", description = "If-Match names no ETag of the disclosure as composed now (or * and "
            + "nothing is published); nothing written",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "503", description = "A service could not validate (nothing written) or failed while writing "
            + "(parts says what was stored); send the same disclosure again",
            headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = WriteProblemSchema.class)))
    public Response put(@BeanParam DepartmentYearAddress address,
                        @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                schema = @Schema(ref = PartSchemas.DOCUMENT))) JsonNode body,
                        @Parameter(description = "The ETag of the composed disclosure the body was made from (* for any "
                                + "published one): the write is refused with 412 if the disclosure has changed since. "
                                + "Without it the write is unconditional.")
                        @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        @Context HttpHeaders headers, @Context UriInfo uri) {
        String departmentId = address.id().toString();
        int year = address.year();
        String instance = "/" + uri.getPath().replaceFirst("^/", "");
        DisclosureWriter.Outcome outcome = writer.write(departmentId, year, body, WriteCaller.of(headers),
                ifMatch == null || ifMatch.isBlank() ? null : writeId -> requireCurrent(departmentId, year, ifMatch, writeId));
        if (outcome instanceof DisclosureWriter.NotValidated notValidated) {
            return problems.notValidated(notValidated.documents(), "disclosure", instance);
        }
        WriteReport report = ((DisclosureWriter.Written) outcome).report();
        if (!report.completed()) {
            return problems.partiallyWritten(report, "disclosure", instance);
        }
        return Response.ok(representations.json(report), JSON_UTF8)
                .location(PublicUris.get().resolve(report.disclosure()))
                .build();
    }

    /**
     * Composed afresh, never from the cache: a copy up to max-age old could still carry the ETag a
     * writer in between has just made stale.
     *
     * @return the ETag of each document the disclosure was composed of, for its service to check
     *         again as it stores the new one (a writer of one part may come between this and that)
     */
    private Map<Part.Document, String> requireCurrent(String departmentId, int year, String ifMatch, UUID writeId) {
        ComposedDisclosure now = composer.composeFresh(departmentId, year, writeId);
        if (!now.found() || !now.namedBy(ifMatch, ConditionalRequests::match)) {
            String message = now.found()
                    ? "is not the disclosure's current ETag \"" + now.etag().getValue() + "\"; read it again and reapply the change"
                    : "no disclosure is published for department " + departmentId + " in " + year;
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "If-Match: " + message + "; nothing was written",
                    List.of(new Problem.FieldError(HttpHeaders.IF_MATCH, message)));
        }
        return now.partEtags();
    }
}
