package org.opendisclosure.gateway.rest;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A disclosure's published documents, kept by documents-service: the latest source and the list of
 * imports, passed through under the disclosure's own path. Documented by documents-service, whose
 * paths the suite's document merges; declared here apart from {@link DisclosureResource} so that
 * the disclosure's own path keeps matching only its own methods.
 */
@Path("/api/v1/disclosures/{departmentId}/{year}/{kept: source|imports}")
public class DisclosureSources {

    private final PassThrough passThrough;

    public DisclosureSources(PassThrough passThrough) {
        this.passThrough = passThrough;
    }

    @GET
    @Operation(hidden = true)
    public Uni<Response> get(@Context HttpServerRequest request, @Context HttpHeaders headers) {
        return passThrough.get(request, headers);
    }
}
