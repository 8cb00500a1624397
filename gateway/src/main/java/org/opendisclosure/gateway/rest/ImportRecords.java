package org.opendisclosure.gateway.rest;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The record of each import and the document it read, kept by documents-service and passed
 * through (a record is written by the gateway's import itself, or by a writer of the department);
 * documented by it, whose paths the suite's document merges. Declared apart from
 * {@link ImportResource}, whose path takes the imports themselves.
 */
@Path("/api/v1/imports/{importId}")
public class ImportRecords {

    private final PassThrough passThrough;

    public ImportRecords(PassThrough passThrough) {
        this.passThrough = passThrough;
    }

    @GET
    @Operation(hidden = true)
    public Uni<Response> record(@Context HttpServerRequest request, @Context HttpHeaders headers) {
        return passThrough.get(request, headers);
    }

    @PUT
    @Operation(hidden = true)
    public Uni<Response> put(@Context HttpServerRequest request, @Context HttpHeaders headers, byte[] body) {
        return passThrough.put(request, headers, body);
    }

    @GET
    @Path("/source")
    @Operation(hidden = true)
    public Uni<Response> source(@Context HttpServerRequest request, @Context HttpHeaders headers) {
        return passThrough.get(request, headers);
    }
}
