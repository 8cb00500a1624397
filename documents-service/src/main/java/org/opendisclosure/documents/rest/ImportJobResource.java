package org.opendisclosure.documents.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
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
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.common.problem.ProblemType;
import org.opendisclosure.common.security.WriteAccess;
import org.opendisclosure.common.security.Writes;
import org.opendisclosure.common.web.PageParams;
import org.opendisclosure.common.web.PublicUris;
import org.opendisclosure.common.web.Representations;
import org.opendisclosure.documents.model.ImportJob;
import org.opendisclosure.documents.model.ImportJobDocument;
import org.opendisclosure.documents.model.ImportJobRequest;
import org.opendisclosure.documents.service.ImportJobRunner;
import org.opendisclosure.documents.service.ImportJobs;
import org.opendisclosure.documents.service.JobUploads;

@Path("/api/v1/import-jobs")
@Tag(name = "Import jobs", description = "Bulk imports of published documents (a county's, a year's), run in the background")
public class ImportJobResource {

    static final String ZIP = "application/zip";
    private static final String ID = "The job's id (a UUID), as its submission answered";
    private static final String HOW = " The job is kept before it is answered (it survives a restart of the suite) and run in "
            + "the background: each document is imported as POST /api/v1/imports would, with the token the job was submitted "
            + "with (kept with the job until it finishes, then erased; a document still waiting when it expires fails with "
            + "401), so the token must be allowed to write each document's department. A document a service was briefly "
            + "unable to take is tried again later. Follow the job at its Location: progress (done of total) and, under "
            + "documents, each document's outcome: imported, unchanged, checked (dry run) or failed with the problem its import "
            + "answered (for a document that cannot be read, each line that could not).";

    private final ImportJobs jobs;
    private final JobUploads uploads;
    private final ImportJobRunner runner;
    private final Representations representations;
    private final SecurityIdentity identity;

    public ImportJobResource(ImportJobs jobs, JobUploads uploads, ImportJobRunner runner, Representations representations,
                             SecurityIdentity identity) {
        this.jobs = jobs;
        this.uploads = uploads;
        this.runner = runner;
        this.representations = representations;
        this.identity = identity;
    }

    /** What applies to every document of an upload, as query parameters. */
    public static class UploadParams {
        @QueryParam("division")
        @Parameter(description = "行政区划代码 of every document, e.g. 130624; without it (and department), a file name beginning "
                + "with a division code (130624_….docx) or a department id (130624-203-2020.pdf) says it, or else the import tells "
                + "it from the document")
        String division;

        @QueryParam("department")
        @Parameter(description = "The department id of every document, e.g. 130624-203")
        String department;

        @QueryParam("divisionName")
        @Parameter(description = "行政区划名称 to store, e.g. 阜平县")
        String divisionName;

        @QueryParam("partial")
        @Parameter(description = "true: store the parts that were read of a document not read whole",
                schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
        String partial;

        @QueryParam("dryRun")
        @Parameter(description = "true: read and check each document, store nothing",
                schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
        String dryRun;

        JobUploads.Options options() {
            return new JobUploads.Options(division, department, divisionName, flag("partial", partial), flag("dryRun", dryRun));
        }

        private static boolean flag(String name, String raw) {
            if (raw == null || raw.equals("false")) {
                return false;
            }
            if (raw.equals("true")) {
                return true;
            }
            throw ProblemException.invalid(name, "must be true or false, was " + raw);
        }
    }

    @POST
    @Writes
    @SecurityRequirement(name = Writes.SCHEME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitImportJob", summary = "Import many kept documents in the background",
            description = "The documents are sources kept already (PUT /api/v1/sources/{sha256}, one request each, so that no "
                    + "request is larger than one document and each can be sent again on its own), named by their SHA-256, with "
                    + "the file name to record and, where the document does not tell it, its division or department." + HOW)
    @APIResponse(responseCode = "202", description = "Accepted: the job is kept and runs",
            headers = @Header(name = "Location", description = "The job", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJob.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response submit(@Valid @NotNull ImportJobRequest request) {
        Response answer = accepted(jobs.submit(request, List.of(), submitter()));
        runner.wake();
        return answer;
    }

    @POST
    @Writes
    @SecurityRequirement(name = Writes.SCHEME)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitImportJob", summary = "Import the documents of a form in the background",
            description = "Each form field file is a document (.docx, .doc, PDF or text, told apart by its content) or a ZIP "
                    + "archive of documents (each entry one; folders kept in the entry's name, __MACOSX and hidden files passed "
                    + "over; names in UTF-8 or GBK). Every document is kept as a source first; a file that is no document is in "
                    + "the job as failed (415). The body is at most as large as one import's." + HOW)
    @APIResponse(responseCode = "202", description = "Accepted: the job is kept and runs",
            headers = @Header(name = "Location", description = "The job", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJob.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response upload(@Parameter(description = "A document, or a ZIP archive of documents; the field may be repeated")
                           @RestForm("file") List<FileUpload> files,
                           @BeanParam UploadParams params) {
        List<JobUploads.Upload> sent = new ArrayList<>();
        for (FileUpload file : files == null ? List.<FileUpload>of() : files) {
            try {
                sent.add(new JobUploads.Upload(file.fileName(), Files.readAllBytes(file.uploadedFile())));
            } catch (IOException e) {
                throw new UncheckedIOException("an uploaded file could not be read back", e);
            }
        }
        return submitted(sent, params);
    }

    @POST
    @Writes
    @SecurityRequirement(name = Writes.SCHEME)
    @Consumes(ZIP)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitImportJob", summary = "Import the documents of a ZIP archive in the background",
            description = "The body is a ZIP archive whose entries are the documents, as for a form's archive." + HOW)
    @APIResponse(responseCode = "202", description = "Accepted: the job is kept and runs",
            headers = @Header(name = "Location", description = "The job", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJob.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response uploadArchive(@RequestBody(required = true, content = @Content(mediaType = ZIP,
                                          schema = @Schema(type = SchemaType.STRING, format = "binary"))) byte[] archive,
                                  @BeanParam UploadParams params) {
        if (archive == null || archive.length == 0) {
            throw ProblemException.invalid("body", "is empty: send a ZIP archive of documents");
        }
        return submitted(List.of(new JobUploads.Upload("archive.zip", archive)), params);
    }

    @PUT
    @Path("/{jobId}")
    @Writes
    @SecurityRequirement(name = Writes.SCHEME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putImportJob", summary = "Import many kept documents in the background, under an id of the sender's",
            description = "As POST /api/v1/import-jobs with a list of kept sources, under the id the sender chose (a UUID): a "
                    + "sender that lost the answer sends the same request again and gets the job it made (200), never a second "
                    + "one; another request under the id (other documents, another sender) is a 409." + HOW)
    @APIResponse(responseCode = "200", description = "Submitted already, as sent: the job as it is now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJob.class)))
    @APIResponse(responseCode = "202", description = "Accepted: the job is kept and runs",
            headers = @Header(name = "Location", description = "The job", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJob.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", description = "Another job was submitted under the id",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response put(@Parameter(description = ID, schema = @Schema(format = "uuid")) @PathParam("jobId") String jobId,
                        @Valid @NotNull ImportJobRequest request) {
        ImportJobs.Submitted submitted = jobs.submitAs(jobId(jobId), request, submitter());
        if (!submitted.created()) {
            return representations.written(Response.Status.OK, submitted.job()).build();
        }
        Response answer = accepted(submitted.job());
        runner.wake();
        return answer;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listImportJobs", summary = "The import jobs, newest first",
            description = "Each with its progress; the documents' outcomes are under each job's documents.")
    @APIResponse(responseCode = "200", description = "A page of jobs",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiSchemas.ImportJobPage.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Response list(@BeanParam PageParams page, @Context HttpHeaders headers) {
        return representations.ok(headers, jobs.list(page.request()));
    }

    @GET
    @Path("/{jobId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getImportJob", summary = "An import job and how far it is",
            description = "Its state (queued, running, finished) and how many documents are done of all, by outcome. Poll it "
                    + "with If-None-Match: it answers 304 while nothing changed.")
    @APIResponse(responseCode = "200", description = "The job",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJob.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@Parameter(description = ID, schema = @Schema(format = "uuid")) @PathParam("jobId") String jobId,
                        @Context HttpHeaders headers) {
        return representations.ok(headers, jobs.get(jobId(jobId)));
    }

    @GET
    @Path("/{jobId}/documents")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listImportJobDocuments", summary = "The documents of an import job and what became of each",
            description = "In the job's order; with state, only those in it (e.g. failed, with the problem each import answered).")
    @APIResponse(responseCode = "200", description = "A page of the job's documents",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApiSchemas.ImportJobDocumentPage.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response documents(@Parameter(description = ID, schema = @Schema(format = "uuid")) @PathParam("jobId") String jobId,
                              @Parameter(description = "Only the documents in this state", schema = @Schema(enumeration = {
                                      ImportJobDocument.PENDING, ImportJobDocument.RUNNING, ImportJobDocument.IMPORTED,
                                      ImportJobDocument.UNCHANGED, ImportJobDocument.CHECKED, ImportJobDocument.FAILED}))
                              @QueryParam("state") String state,
                              @BeanParam PageParams page, @Context HttpHeaders headers) {
        if (state != null && !List.of(ImportJobDocument.PENDING, ImportJobDocument.RUNNING, ImportJobDocument.IMPORTED,
                ImportJobDocument.UNCHANGED, ImportJobDocument.CHECKED, ImportJobDocument.FAILED).contains(state)) {
            throw ProblemException.invalid("state", "must be one of pending, running, imported, unchanged, checked, failed; was "
                    + state);
        }
        return representations.ok(headers, jobs.documents(jobId(jobId), state, page.request()));
    }

    private Response submitted(List<JobUploads.Upload> sent, UploadParams params) {
        Response answer = accepted(uploads.submit(sent, params.options(), submitter()));
        runner.wake();
        return answer;
    }

    private Response accepted(ImportJob job) {
        return representations.written(Response.Status.ACCEPTED, job)
                .location(PublicUris.get().resolve("/api/v1/import-jobs/" + job.id())).build();
    }

    /** The token's subject, its Authorization header as sent (each document is imported with it) and when it expires. */
    private ImportJobs.Submitter submitter() {
        if (WriteAccess.scopes(identity).isEmpty()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "The token of " + WriteAccess.subject(identity)
                    + " has no write scope: an import job needs one (write:* or write: and a division or department)");
        }
        JsonWebToken token = (JsonWebToken) identity.getPrincipal();
        OffsetDateTime expires = token.getExpirationTime() > 0
                ? OffsetDateTime.ofInstant(Instant.ofEpochSecond(token.getExpirationTime()), ZoneOffset.UTC) : null;
        return new ImportJobs.Submitter(WriteAccess.subject(identity), "Bearer " + token.getRawToken(), expires);
    }

    private static UUID jobId(String raw) {
        return SourceResponses.uuid("jobId", raw);
    }
}
