package org.opendisclosure.store;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.opendisclosure.common.consistency.FindingsReport;
import org.opendisclosure.common.consistency.ToleranceParam;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.common.revision.DryRunnable;
import org.opendisclosure.common.revision.MinimalReturn;
import org.opendisclosure.common.security.WriteAccess;
import org.opendisclosure.common.security.Writes;
import org.opendisclosure.common.web.PageParams;
import org.opendisclosure.common.web.Representations;

/**
 * The endpoints every part of a disclosure has, over its {@link PartStore}, below the part's
 * path ({@code /api/v1/departments/{departmentId}/assets}): {@code PUT /{year}} (ETag, If-Match,
 * 201 with Location or 200, X-Revision-Created, dry run), {@code GET /{year}}, its revisions, one
 * revision, and the findings of the stored or of a posted document.
 * <p>
 * A service's resource extends this with its {@code @Path}, its {@code @Tag}, a
 * {@link PartEndpoints} for what its documentation says of its own, and its own endpoints. The
 * document and view type arguments are what Quarkus REST reads the body as and validates, and
 * what the OpenAPI document names: the request body schema is resolved from them by the scanner,
 * the view's by {@link PartEndpointsFilter} (an annotation cannot name a type variable).
 *
 * @param <D> the document a write takes
 * @param <V> the view served
 * @param <S> the part's service, which a resource's own endpoints use too
 */
public abstract class PartResource<D, V, S extends PartStore<D, V, ?, ?>> {

    protected final S service;
    // The writer, already authenticated by the write filter; injected here so no service's resource has to pass it.
    @Inject
    SecurityIdentity identity;
    protected final Representations representations;
    private final String documentRequired;

    protected PartResource(S service, Representations representations) {
        this.service = service;
        this.representations = representations;
        this.documentRequired = endpoints(getClass()).document() + " is required";
    }

    @PUT
    @DryRunnable
    @Writes
    @SecurityRequirement(name = Writes.SCHEME)
    @Path("/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace the department's {title} for a fiscal year",
            description = "{write} Writes a new revision unless the document equals the current one. With If-Match, only if the "
                    + "ETag is current.")
    @APIResponse(responseCode = "200", description = "Replaced (or unchanged); the current {title}",
            headers = {@Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "X-Revision-Created", description = "false when the document equals the current one",
                            schema = @Schema(type = SchemaType.BOOLEAN))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "201", description = "Created; the new {title}",
            headers = {@Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Location", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    // Read from the headers, which may carry several Prefer lines: declared here for the document only.
    @Parameter(in = ParameterIn.HEADER, name = MinimalReturn.PREFER, description = "return=minimal: answer 204 without the "
            + "stored document (what became of the write is in the headers)", schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "204", description = "Created, replaced or unchanged, as asked with Prefer: return=minimal: no "
            + "body; X-Revision is the revision now current (1 with X-Revision-Created true: created)",
            headers = {@Header(name = MinimalReturn.PREFERENCE_APPLIED, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = MinimalReturn.REVISION, schema = @Schema(type = SchemaType.INTEGER)),
                    @Header(name = "X-Revision-Created", schema = @Schema(type = SchemaType.BOOLEAN))})
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response put(@BeanParam PartAddress address, @Valid D body, @BeanParam DryRunParam dryRun,
                        @Context HttpHeaders headers, @Context UriInfo uri) {
        Provenance provenance = Provenance.of(WriteAccess.subject(identity), headers);
        return representations.written(uri, service.put(address.key(), required(body),
                current -> representations.requireMatch(headers, current::get), provenance, MinimalReturn.asked(headers)));
    }

    @GET
    @Path("/{year}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read the department's {title} for a fiscal year (current revision)",
            description = "The {title} as last written, figures exactly as published (amounts in 万元, exact decimals, never "
                    + "rounded), with its revision number and when it was revised. {read} If-None-Match with its ETag answers 304.")
    @APIResponse(responseCode = "200", description = "The {title}",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@BeanParam PartAddress address, @Context HttpHeaders headers) {
        return representations.ok(headers, service.current(address.key()));
    }

    @GET
    @Path("/{year}/revisions")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the revisions of the department's {title} for a fiscal year, newest first",
            description = "Every revision ever written, newest first, a page at a time (page, size; the Link header names the "
                    + "next and previous pages): its number, when it was written and by whom. No revision is ever deleted.")
    @APIResponse(responseCode = "200", description = "One page of revisions",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RevisionPage.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response revisions(@BeanParam PartAddress address, @BeanParam PageParams page, @Context HttpHeaders headers) {
        return representations.ok(headers, service.revisions(address.key(), page.request()));
    }

    @GET
    @Path("/{year}/revisions/{revision}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read one revision of the department's {title} for a fiscal year",
            description = "The {title} exactly as it stood at that revision. A revision never changes, and neither does its ETag.")
    @APIResponse(responseCode = "200", description = "The {title} at that revision",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response revision(@BeanParam RevisionAddress address, @Context HttpHeaders headers) {
        return representations.ok(headers, service.revision(address.key(), address.number()));
    }

    @GET
    @Path("/{year}/findings")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check the department's current {title} for a fiscal year against the consistency rules",
            description = "The findings of the rules listed at /api/v1/rules on the current revision, exactly as published, in "
                    + "document order. {findings} A finding is a report, not an error: the document stays stored as published.")
    @APIResponse(responseCode = "200", description = "The findings (an empty list when every rule holds)",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FindingsReport.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response findings(@BeanParam PartAddress address, @BeanParam ToleranceParam tolerance, @Context HttpHeaders headers) {
        return representations.ok(headers, service.findings(address.key(), tolerance.value()));
    }

    @POST
    @Path("/{year}/findings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check {document} against the consistency rules, storing nothing",
            description = "The document is the body the PUT takes, refused (400) exactly as the PUT would refuse it; the answer is "
                    + "what GET …/findings would answer once it is stored. Nothing is stored, and no stored document is needed. "
                    + "{check}")
    @APIResponse(responseCode = "200", description = "The findings of the document (an empty list when every rule holds)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FindingsReport.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response check(@BeanParam PartAddress address, @BeanParam ToleranceParam tolerance, @Valid D body) {
        return representations.computed(service.findings(address.key(), required(body), tolerance.value()));
    }

    /**
     * A missing body, refused as bean validation refuses a field: a {@code @NotNull} here could
     * not name the part's document, and its message is the part's own.
     */
    private D required(D body) {
        if (body == null) {
            throw ProblemException.invalid("body", documentRequired);
        }
        return body;
    }

    private static PartEndpoints endpoints(Class<?> resource) {
        PartEndpoints endpoints = resource.getAnnotation(PartEndpoints.class);
        if (endpoints == null) {
            throw new IllegalStateException(resource.getName() + " must say what its part is with @PartEndpoints");
        }
        return endpoints;
    }
}
