package org.opendisclosure.documents.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendisclosure.common.web.DepartmentYearAddress;
import org.opendisclosure.common.web.PageParams;
import org.opendisclosure.common.web.Representations;
import org.opendisclosure.documents.service.Imports;

@Path("/api/v1/disclosures/{departmentId}/{year}")
@Tag(name = "Imports")
public class DisclosureSourcesResource {

    private final Imports imports;
    private final Representations representations;

    public DisclosureSourcesResource(Imports imports, Representations representations) {
        this.imports = imports;
        this.representations = representations;
    }

    @GET
    @Path("/imports")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listDisclosureImports", summary = "The imports of a department's disclosure for a fiscal year",
            description = "Newest first, each with its source and what it made of each part.")
    @APIResponse(responseCode = "200", description = "A page of imports (none: an empty page)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiSchemas.ImportRecordPage.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Response list(@BeanParam DepartmentYearAddress address, @BeanParam PageParams page, @Context HttpHeaders headers) {
        return representations.ok(headers, imports.ofDisclosure(address.id(), address.year(), page.request()));
    }

    @GET
    @Path("/source")
    @Produces({SourceResponses.DOCX, SourceResponses.DOC, SourceResponses.PDF, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(operationId = "getDisclosureSource", summary = "The published document a disclosure was last imported from",
            description = "Byte for byte as received, in the media type told from its content, with its SHA-256 as ETag, under "
                    + "the file name the sender gave (or <departmentId>-<year>.<extension>). Earlier imports' documents are "
                    + "under /api/v1/imports/{importId}/source.")
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
    @APIResponse(responseCode = "404", description = "No document of the department and year was imported",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response source(@BeanParam DepartmentYearAddress address, @Context HttpHeaders headers) {
        return SourceResponses.of(imports.latestSource(address.id(), address.year()), headers);
    }
}
