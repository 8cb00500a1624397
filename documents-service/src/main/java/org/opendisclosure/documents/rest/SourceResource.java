package org.opendisclosure.documents.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
import org.opendisclosure.common.id.SourceDigest;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.common.problem.ProblemType;
import org.opendisclosure.common.security.WriteAccess;
import org.opendisclosure.common.security.Writes;
import org.opendisclosure.common.web.Representations;
import org.opendisclosure.documents.model.SourceView;
import org.opendisclosure.documents.service.Sources;

@Path("/api/v1/sources/{sha256}")
@Tag(name = "Sources", description = "The published documents as received (原始公开文件), each kept once, named by its SHA-256")
public class SourceResource {

    private final Sources sources;
    private final Representations representations;
    private final SecurityIdentity identity;

    public SourceResource(Sources sources, Representations representations, SecurityIdentity identity) {
        this.sources = sources;
        this.representations = representations;
        this.identity = identity;
    }

    @PUT
    @Writes
    @SecurityRequirement(name = Writes.SCHEME)
    // Whatever the type says, the bytes are the document (as for an import): clients label Word and PDF files as
    // octet-stream, as text, or, like curl --data-binary, as a form.
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putSource", summary = "Keep a published document as received",
            description = "The body is the document's bytes exactly as they were received (a .docx, .doc, PDF or text), "
                    + "named in the path by their SHA-256. Kept once: sending the same bytes again keeps nothing new and "
                    + "answers what is kept. The media type is told from the content, as the import reads it, not from "
                    + "the Content-Type. Any token with a write scope may keep a source; which department it is of is said "
                    + "by the imports that read it.")
    @APIResponse(responseCode = "200", description = "Kept already (the same bytes came before)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourceView.class)))
    @APIResponse(responseCode = "201", description = "Kept",
            headers = @Header(name = "Location", description = "Where the bytes are served", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourceView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", description = "Bytes that are no document the suite reads",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response put(@Parameter(description = "SHA-256 of the body, 64 lowercase hex digits", schema = @Schema(pattern = SourceDigest.PATTERN))
                        @PathParam("sha256") String sha256,
                        @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
                                schema = @Schema(type = SchemaType.STRING, format = "binary"))) byte[] body) {
        String name = SourceDigest.parse("sha256", sha256);
        if (WriteAccess.scopes(identity).isEmpty()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "The token of " + WriteAccess.subject(identity)
                    + " has no write scope: keeping a source needs one (write:* or write: and a division or department)");
        }
        Sources.Kept kept = sources.keep(name, body);
        return SourceResponses.written(representations, kept.created(), kept.view());
    }

    @GET
    @Produces({SourceResponses.DOCX, SourceResponses.DOC, SourceResponses.PDF, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(operationId = "getSource", summary = "A published document, byte for byte as received",
            description = "Served in the media type told from its content (Content-Type), with its SHA-256 as ETag and a file "
                    + "name to save it under (Content-Disposition).")
    @APIResponse(responseCode = "200", description = "The bytes",
            headers = {@Header(name = "ETag", description = "The SHA-256 of the bytes", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Content-Disposition", description = "attachment, with the name <sha256>.<extension>",
                            schema = @Schema(type = SchemaType.STRING))},
            content = {@Content(mediaType = SourceResponses.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = SourceResponses.DOC, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = SourceResponses.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@Parameter(description = "SHA-256 of the document, 64 lowercase hex digits", schema = @Schema(pattern = SourceDigest.PATTERN))
                        @PathParam("sha256") String sha256, @Context HttpHeaders headers) {
        return SourceResponses.of(sources.content(SourceDigest.parse("sha256", sha256)), headers);
    }

    @GET
    @Path("/metadata")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getSourceMetadata", summary = "What is kept of a published document, without its bytes",
            description = "Its media type as told from its content, its size, when it first came and where its bytes are served.")
    @APIResponse(responseCode = "200", description = "Its media type, size and when it first came",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourceView.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response metadata(@Parameter(description = "SHA-256 of the document, 64 lowercase hex digits",
                                     schema = @Schema(pattern = SourceDigest.PATTERN)) @PathParam("sha256") String sha256,
                             @Context HttpHeaders headers) {
        return representations.ok(headers, sources.get(SourceDigest.parse("sha256", sha256)));
    }
}
