package org.opendisclosure.documents.rest;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.common.web.ConditionalRequests;
import org.opendisclosure.common.web.PublicUris;
import org.opendisclosure.common.web.Representations;
import org.opendisclosure.documents.service.SourceContent;

/** A source's bytes as answered: exactly as received, in the media type told from them, named for saving. */
final class SourceResponses {

    // The media types a source is served in (DocumentFormat's), as the documentation names them.
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String DOC = "application/msword";
    static final String PDF = "application/pdf";

    private SourceResponses() {
    }

    /** 200 with the bytes, or 304 when If-None-Match names them (their ETag is their SHA-256). */
    static Response of(SourceContent content, HttpHeaders headers) {
        EntityTag tag = new EntityTag(content.sha256());
        if (ConditionalRequests.noneMatch(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
            return Response.notModified(tag).build();
        }
        return Response.ok(content.bytes(), content.mediaType()).tag(tag)
                .header("Content-Disposition", disposition(content.fileName()))
                // Browsers must not guess another type from the bytes (a text could be taken for a page).
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /** attachment with an ASCII name for every client and the name itself (RFC 6266's filename*) for those that read it. */
    static String disposition(String fileName) {
        StringBuilder ascii = new StringBuilder();
        fileName.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '/' ? (char) c : '_'));
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    /** A write's answer: 201 with Location when it kept something new, else 200; what is kept either way. */
    static Response written(Representations representations, boolean created, Object kept) {
        return created
                ? representations.written(Response.Status.CREATED, kept).location(PublicUris.get().absolutePath()).build()
                : representations.written(Response.Status.OK, kept).build();
    }

    static UUID importId(String raw) {
        return uuid("importId", raw);
    }

    /** A UUID of the path, only in its canonical spelling. */
    static UUID uuid(String field, String raw) {
        try {
            UUID id = UUID.fromString(raw);
            if (id.toString().equals(raw)) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // told below, as for any other spelling
        }
        throw ProblemException.invalid(field, "must be a UUID in its lowercase 8-4-4-4-12 form, e.g. "
                + "0b1e6c3a-5f0d-4c1e-9a59-2f6d2b7c8e01");
    }
}
