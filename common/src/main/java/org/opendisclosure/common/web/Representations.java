package org.opendisclosure.common.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.function.Supplier;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.common.revision.MinimalReturn;
import org.opendisclosure.common.revision.Written;

/**
 * Serialises responses once, to bytes, so that the strong ETag is the hash of exactly what is
 * sent: conditional GETs and {@code If-Match} on writes compare against the very same bytes.
 */
@ApplicationScoped
public class Representations {

    private final ObjectMapper objectMapper;
    private final PublicUris publicUris;

    public Representations(ObjectMapper objectMapper, PublicUris publicUris) {
        this.publicUris = publicUris;
        this.objectMapper = objectMapper;
    }

    /** 200 with the body, or 304 when {@code If-None-Match} names its ETag. */
    public Response ok(HttpHeaders headers, Object body) {
        return conditional(headers, json(body), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"));
    }

    public Response conditional(HttpHeaders headers, byte[] bytes, MediaType type) {
        EntityTag tag = etagOf(bytes);
        if (ConditionalRequests.noneMatch(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
            return Response.notModified(tag).build();
        }
        return Response.ok(bytes, type).tag(tag).build();
    }

    /** A write's answer: its status (200 or 201), the new representation and its ETag. */
    public Response.ResponseBuilder written(Response.Status status, Object body) {
        byte[] bytes = json(body);
        return Response.status(status).entity(bytes).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).tag(etagOf(bytes));
    }

    /**
     * 201 with Location when the write created the resource, else 200; the current representation
     * either way (204 without it when the client preferred a minimal answer, the revision in
     * {@value MinimalReturn#REVISION}), and in {@value #REVISION_CREATED} whether the write added a revision (re-sending
     * the current document does not).
     */
    public Response written(UriInfo uri, Written<?> written) {
        if (written.view() == null) {
            // Prefer: return=minimal: no body; whether it created the resource is revision 1 newly added.
            return Response.noContent().header(MinimalReturn.PREFERENCE_APPLIED, MinimalReturn.MINIMAL)
                    .header(MinimalReturn.REVISION, written.revision()).header(REVISION_CREATED, written.revised()).build();
        }
        Response.ResponseBuilder builder = written.created()
                ? written(Response.Status.CREATED, written.view()).location(publicUris.absolutePath())
                : written(Response.Status.OK, written.view());
        return builder.header(REVISION_CREATED, written.revised()).build();
    }

    public static final String REVISION_CREATED = "X-Revision-Created";

    /**
     * Refuses a write whose {@code If-Match} does not name the current representation. A missing
     * current representation only matches no {@code If-Match} at all.
     */
    public void requireMatch(HttpHeaders headers, Supplier<Object> current) {
        String ifMatch = headers.getHeaderString(HttpHeaders.IF_MATCH);
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        Object body = current.get();
        if (body == null) {
            throw ProblemException.preconditionFailed("If-Match was given but the resource does not exist yet");
        }
        if (!ConditionalRequests.match(ifMatch, etagOf(json(body)))) {
            throw ProblemException.preconditionFailed(
                    "If-Match does not name the current version of the resource; read it again and retry");
        }
    }

    /** 200 with the body and no ETag: for answers computed from a request body, which no later request can revalidate. */
    public Response computed(Object body) {
        return Response.ok(json(body), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
    }

    public byte[] json(Object body) {
        try {
            return objectMapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response could not be serialised", e);
        }
    }

    public static EntityTag etagOf(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return new EntityTag(Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
