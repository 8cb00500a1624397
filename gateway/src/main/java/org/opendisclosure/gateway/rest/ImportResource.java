package org.opendisclosure.gateway.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.logging.Logger;
import org.opendisclosure.common.problem.Problem;
import org.opendisclosure.common.id.DepartmentId;
import org.opendisclosure.common.id.SourceDigest;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.common.security.WriteAccess;
import org.opendisclosure.common.security.Writes;
import org.opendisclosure.common.revision.DryRunnable;
import org.opendisclosure.common.web.PublicUris;
import org.opendisclosure.common.web.Representations;
import org.opendisclosure.gateway.client.WriteCaller;
import org.opendisclosure.gateway.service.DisclosureWriter;
import org.opendisclosure.gateway.service.DocumentImport;
import org.opendisclosure.gateway.service.ImportResult;
import org.opendisclosure.gateway.service.ImportSources;
import org.opendisclosure.gateway.service.WriteReport;
import org.opendisclosure.parser.UnreadableDocumentException;

@Path("/api/v1/imports")
@Tag(name = "Imports", description = "Published disclosure documents (the Word file, its PDF or its text) read into the suite")
public class ImportResource {

    private static final Logger LOG = Logger.getLogger(ImportResource.class);
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String DOC = "application/msword";
    static final String PDF = "application/pdf";


    private final SecurityIdentity identity;
    private final DocumentImport imports;
    private final ImportSources sources;
    private final WriteProblems problems;
    private final Representations representations;

    public ImportResource(DocumentImport imports, ImportSources sources, WriteProblems problems, Representations representations,
                          SecurityIdentity identity) {
        this.identity = identity;
        this.imports = imports;
        this.sources = sources;
        this.problems = problems;
        this.representations = representations;
    }

    @POST
    @Writes
    @SecurityRequirement(name = Writes.SCHEME)
    // curl --data-binary sends application/x-www-form-urlencoded unless told otherwise; the body is
    // the document all the same, never decoded as a form. Whatever the type says, the content decides
    // what the document is: clients label Word and PDF files as octet-stream, or as text.
    @Consumes({MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_FORM_URLENCODED, DOCX, DOC, PDF})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a published disclosure document",
            description = "The body is a 部门预算信息公开 document: the Word file (.docx, or .doc), a PDF with a text layer (a "
                    + "scan is refused: no OCR is done), or its text (Word's \"save as text\"; UTF-8, UTF-16 with a BOM, or "
                    + "GBK/GB18030; a charset in Content-Type wins). What the document is, is told by its content, not by the "
                    + "Content-Type: any of the listed types may carry any of the formats. Word tables are read as tables, a PDF's "
                    + "tables from the positions of their text. The document is read whole (all nine parts, every table) and "
                    + "stored through the services like a PUT of the whole disclosure: validated by every service first, so it is "
                    + "stored whole or not at all. Importing the same document again adds no revision (outcome unchanged). With "
                    + "dryRun=true nothing is stored and the answer carries the disclosure read from the document and its findings. "
                    + "A document that cannot be read whole is a 422 naming every problem found (each part is read on its own, a "
                    + "table read on past a bad row): its line, part, what was expected and what was found, and for a Word or PDF "
                    + "file where that line is in the file (location); a figure that is not a "
                    + "well-formed amount (1e400, 8529.41.3, -8529.41 where no sign belongs) is such a problem, never read as "
                    + "another number. With partial=true the documents whose parts were all read are stored all the same, and "
                    + "notStored names the parts not stored and why. A body that is no Word, PDF or text document is a 415. "
                    + "The division code, which the document does not state, is the one county of GB/T 2260 the department's "
                    + "and units' names name without doubt (see division); otherwise the client gives it.")
    @APIResponse(responseCode = "200", description = "Dry run (the read disclosure and its findings), or every part was already "
            + "stored as the document says (outcome unchanged); with partial=true, notStored names the parts not stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportResult.class)))
    @APIResponse(responseCode = "201", description = "Imported: at least one part created or revised",
            headers = @Header(name = "Location", description = "The composed disclosure", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportResult.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", description = "The document cannot be imported: every line that could not be read (with "
            + "partial=true: when no document of it could be stored; for a Word or PDF file with where it is in the file), the "
            + "parts a service refuses, or a file that cannot be read at all (a PDF without a text layer, a damaged or "
            + "password-protected file); nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = UnreadableDocumentSchema.class)))
    @APIResponse(responseCode = "503", description = "A service could not validate (nothing written) or failed while writing "
            + "(parts says what was stored); import the same document again",
            headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = WriteProblemSchema.class)))
    public Response importText(
            @RequestBody(required = true, content = {
                    @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED, schema = @Schema(type = SchemaType.STRING,
                            description = "What curl --data-binary sends without a Content-Type: the document as is, not a form")),
                    @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = DOC, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary",
                            description = "A PDF with a text layer, as Word or LibreOffice export it"))})
            byte[] body,
            @BeanParam ImportQuery query,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        return run(body, charset(headers.getMediaType()), null, query, headers, uri);
    }

    @POST
    @Writes
    @SecurityRequirement(name = Writes.SCHEME)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a published disclosure document uploaded as a file",
            description = "The same as posting the document, for a browser form: the document (.docx, .doc, PDF or text, "
                    + "told apart by its content) is the form field file.")
    @APIResponse(responseCode = "200", description = "Dry run, or unchanged",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportResult.class)))
    @APIResponse(responseCode = "201", description = "Imported",
            headers = @Header(name = "Location", description = "The composed disclosure", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportResult.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", description = "The document cannot be imported; nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = UnreadableDocumentSchema.class)))
    @APIResponse(responseCode = "503", description = "A service could not validate or failed while writing",
            headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = WriteProblemSchema.class)))
    public Response importFile(
            @Parameter(description = "The document file: .docx, .doc, PDF with a text layer, or the text export") @RestForm("file") FileUpload file,
            @BeanParam ImportQuery query,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        if (file == null) {
            throw ProblemException.invalid("file", "required: the form field file with the document");
        }
        byte[] body;
        try {
            body = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException("the uploaded file could not be read back", e);
        }
        MediaType type = file.contentType() == null ? null : MediaType.valueOf(file.contentType());
        return run(body, charset(type), file.fileName(), query, headers, uri);
    }

    private Response run(byte[] body, Charset charset, String fileName, ImportQuery query, HttpHeaders headers, UriInfo uri) {
        try {
            String sha256 = SourceDigest.of(body);
            return importing(body, sha256, charset, fileName, query, WriteCaller.of(headers).importing(SourceDigest.PREFIX + sha256),
                    uri);
        } catch (ProblemException e) {
            LOG.infof("Import failed (%s): %s", query.target(), e.getMessage());
            throw e;
        }
    }

    private Response importing(byte[] body, String sha256, Charset charset, String fileName, ImportQuery query, WriteCaller caller,
                               UriInfo uri) {
        boolean dry = query.dryRun();
        BigDecimal allowed = query.tolerance();
        DocumentImport.Target target = query.target();
        String instance = "/" + uri.getPath().replaceFirst("^/", "");
        DocumentImport.Read read;
        try {
            read = imports.read(body, charset, target, query.partial());
        } catch (UnreadableDocumentException e) {
            LOG.infof("Import failed (%s): %d problems, the first at line %d%s: expected %s", target, e.problems().size(), e.line(),
                    e.location() == null ? "" : " (" + e.location() + ")", e.expected());
            return problems.unreadable(e, instance);
        }
        List<ImportResult.NotStored> notStored = read.complete() ? null : read.notStored();
        // Only the document says which department it is: the token's scope is checked once it is read.
        WriteAccess.require(identity, DepartmentId.parse("departmentId", read.departmentId()));
        String name = read.parsed().departmentName();
        int year = read.parsed().fiscalYear();
        if (dry) {
            List<WriteReport.Unvalidated> unvalidated = imports.validate(read, caller);
            if (!unvalidated.isEmpty()) {
                LOG.infof("Import dry run of department %s for %d failed: not validated: %s", read.departmentId(), year,
                        reasons(unvalidated));
                return problems.notValidated(unvalidated, "document", instance);
            }
            LOG.infof("Import dry run of department %s for %d: valid, nothing stored", read.departmentId(), year);
            // Findings need every part: of a document read in part, only what would be stored is shown.
            ImportResult result = new ImportResult(read.departmentId(), year, name, ImportResult.DRY_RUN, read.disclosure(),
                    null, read.complete() ? read.parsed().document() : null, read.complete() ? imports.findings(read, allowed) : null,
                    notStored, read.complete() ? null : read.storableParts(), null, null, null);
            return Response.ok(representations.json(result), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .header(DryRunnable.HEADER, "true").build();
        }
        // Kept before any part read from it is written: no stored part may name a source that is not kept.
        Optional<String> notKept = sources.keep(sha256, body, caller);
        if (notKept.isPresent()) {
            LOG.infof("Import of department %s for %d failed: the document could not be kept: %s", read.departmentId(), year,
                    notKept.get());
            return problems.sourceNotKept(notKept.get(), instance);
        }
        DisclosureWriter.Outcome outcome = imports.store(read, caller);
        if (outcome instanceof DisclosureWriter.NotValidated notValidated) {
            LOG.infof("Import of department %s for %d failed: not validated: %s", read.departmentId(), year,
                    reasons(notValidated.documents()));
            return problems.notValidated(notValidated.documents(), "document", instance);
        }
        WriteReport report = ((DisclosureWriter.Written) outcome).report();
        if (!report.completed()) {
            LOG.infof("Import of department %s for %d failed: partly written: %s", read.departmentId(), year,
                    String.join("; ", report.parts().stream().filter(p -> WriteReport.FAILED.equals(p.status()))
                            .map(p -> String.join(", ", p.keys()) + ": " + p.reason()).toList()));
            return problems.partiallyWritten(report, "document", instance);
        }
        boolean changed = report.parts().stream().anyMatch(p -> !WriteReport.UNCHANGED.equals(p.status()));
        LOG.infof("Import of department %s for %d: %s%s", read.departmentId(), year, changed ? "created" : "unchanged",
                notStored == null ? "" : "; not stored: " + String.join(", ", notStored.stream().map(ImportResult.NotStored::part).toList()));
        UUID importId = UUID.randomUUID();
        String recorded = notStored != null ? ImportSources.PARTIAL : changed ? ImportResult.IMPORTED : ImportResult.UNCHANGED;
        Optional<String> notRecorded = sources.record(importId, sha256, fileName, read, report, notStored, recorded, caller);
        if (notRecorded.isPresent()) {
            LOG.infof("Import of department %s for %d: stored, but not recorded: %s", read.departmentId(), year, notRecorded.get());
            return problems.notRecorded(report, notRecorded.get(), instance);
        }
        ImportResult result = new ImportResult(read.departmentId(), year, name,
                changed ? ImportResult.IMPORTED : ImportResult.UNCHANGED, report.disclosure(), report.parts(), null, null, notStored, null,
                importId, ImportSources.recordPath(importId), ImportSources.sourcePath(importId));
        return Response.status(changed ? 201 : 200)
                .entity(representations.json(result)).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .location(PublicUris.get().resolve(report.disclosure()))
                .build();
    }

    private static String reasons(List<WriteReport.Unvalidated> unvalidated) {
        return String.join("; ", unvalidated.stream().map(u -> String.join(", ", u.keys()) + ": " + u.reason()).toList());
    }

    private static Charset charset(MediaType type) {
        String name = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name == null) {
            return null;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw ProblemException.invalid("Content-Type", "names an unknown charset \"" + name + "\"");
        }
    }
}
