package org.opendisclosure.documents.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendisclosure.common.id.DepartmentId;
import org.opendisclosure.common.security.WriteAccess;
import org.opendisclosure.common.security.Writes;
import org.opendisclosure.common.web.Representations;
import org.opendisclosure.documents.model.ImportRecord;
import org.opendisclosure.documents.model.ImportRecordRequest;
import org.opendisclosure.documents.service.Imports;

@Path("/api/v1/imports/{importId}")
@Tag(name = "Imports", description = "Each import of a published document: who sent it, and what it made of each part")
public class ImportRecordResource {

    private static final String ID = "The import's id (a UUID), as the import's answer names it";

    private final Imports imports;
    private final Representations representations;
    private final SecurityIdentity identity;

    public ImportRecordResource(Imports imports, Representations representations, SecurityIdentity identity) {
        this.imports = imports;
        this.representations = representations;
        this.identity = identity;
    }

    @PUT
    @Writes
    @SecurityRequirement(name = Writes.SCHEME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putImportRecord", summary = "Record an import of a published document",
            description = "Made by the gateway's import once the parts are written: the department and year, the source read "
                    + "(kept already), and for each part the revision it produced or why it was not stored, with the lines it "
                    + "was read from. The sender is the token's subject; the time is the service's. Recorded once under the id: "
                    + "the same record again changes nothing, another one under the same id is a 409. The token must be allowed "
                    + "to write the department.")
    @APIResponse(responseCode = "200", description = "Recorded already, as sent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportRecord.class)))
    @APIResponse(responseCode = "201", description = "Recorded",
            headers = @Header(name = "Location", description = "The record", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportRecord.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", description = "Another record is kept under the id",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response put(@Parameter(description = ID, schema = @Schema(format = "uuid")) @PathParam("importId") String importId,
                        @Valid @NotNull ImportRecordRequest request) {
        WriteAccess.require(identity, DepartmentId.parse("departmentId", request.departmentId()));
        Imports.Recorded recorded = imports.record(SourceResponses.importId(importId), request, WriteAccess.subject(identity));
        return SourceResponses.written(representations, recorded.created(), recorded.record());
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getImportRecord", summary = "An import of a published document",
            description = "Who sent which document for which department and year, and for each part the revision it produced "
                    + "(or matched, or why it was not stored) and the lines of the document it was read from.")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportRecord.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@Parameter(description = ID, schema = @Schema(format = "uuid")) @PathParam("importId") String importId,
                        @Context HttpHeaders headers) {
        return representations.ok(headers, imports.get(SourceResponses.importId(importId)));
    }

    @GET
    @Path("/source")
    @Produces({SourceResponses.DOCX, SourceResponses.DOC, SourceResponses.PDF, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(operationId = "getImportSource", summary = "The document an import read, byte for byte as received",
            description = "Served in the media type told from its content, with its SHA-256 as ETag, under the file name the "
                    + "sender gave (or <departmentId>-<year>.<extension>).")
    @APIResponse(responseCode = "200", description = "The bytes",
            headers = {@Header(name = "ETag", description = "The SHA-256 of the bytes", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Content-Disposition", description = "attachment, with a file name",
                            schema = @Schema(type = SchemaType.STRING))},
            content = {@Content(mediaType = SourceResponses.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = SourceResponses.DOC, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = SourceResponses.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response source(@Parameter(description = ID, schema = @Schema(format = "uuid")) @PathParam("importId") String importId,
                           @Context HttpHeaders headers) {
        return SourceResponses.of(imports.sourceOf(SourceResponses.importId(importId)), headers);
    }
}
