package org.opendisclosure.gateway.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.opendisclosure.common.web.RequestIdFilter;
import org.opendisclosure.gateway.config.GatewayConfig;
import org.opendisclosure.gateway.parts.Downstream;

/**
 * {@link Downstream#DOCUMENTS}, which keeps no part but the published documents as received and the
 * record of each import, with its own fault-tolerance policies (see {@link ServiceClient}). Both of
 * its writes are idempotent (a source is named by its SHA-256, an import by the id the gateway
 * chose), so unlike the parts' writes they are retried.
 */
@Singleton
class DocumentsService extends ServiceClient {

    @Path("/")
    @Produces(MediaType.APPLICATION_JSON)
    interface DocumentsApi {

        @PUT
        @Path("api/v1/sources/{sha256}")
        @Consumes(MediaType.APPLICATION_OCTET_STREAM)
        Response keepSource(@PathParam("sha256") String sha256, @HeaderParam(RequestIdFilter.HEADER) String requestId,
                            @HeaderParam(HttpHeaders.AUTHORIZATION) String credentials, byte[] document);

        @PUT
        @Path("api/v1/imports/{importId}")
        @Consumes(MediaType.APPLICATION_JSON)
        Response recordImport(@PathParam("importId") String importId, @HeaderParam(RequestIdFilter.HEADER) String requestId,
                              @HeaderParam(HttpHeaders.AUTHORIZATION) String credentials, byte[] record);
    }

    private final DocumentsApi api;
    private final ObjectMapper objectMapper;

    DocumentsService(GatewayConfig config, ObjectMapper objectMapper) {
        super(Downstream.DOCUMENTS, config, objectMapper);
        this.objectMapper = objectMapper;
        this.api = QuarkusRestClientBuilder.newBuilder()
                .baseUri(config.url(Downstream.DOCUMENTS))
                .connectTimeout(1000, TimeUnit.MILLISECONDS)
                .readTimeout(WRITE_TIMEOUT_MS + 1000, TimeUnit.MILLISECONDS)
                .disableDefaultMapper(true)
                .build(DocumentsApi.class);
    }

    /**
     * Keeps a published document as received (once: the same bytes again keep nothing new).
     *
     * @return the service's status: 200 kept already, 201 kept, another 4xx refused
     */
    @Timeout(WRITE_TIMEOUT_MS)
    public int keepSource(String sha256, byte[] document, WriteCaller caller) {
        try (Response response = api.keepSource(sha256, RequestIdFilter.current(), caller.authorization(), document)) {
            return answered(response);
        }
    }

    /**
     * Records an import under its id (once: the same record again changes nothing).
     *
     * @return the service's status: 200 recorded already, 201 recorded, another 4xx refused
     */
    @Timeout(WRITE_TIMEOUT_MS)
    public int recordImport(UUID importId, JsonNode record, WriteCaller caller) {
        byte[] encoded;
        try {
            encoded = objectMapper.writeValueAsBytes(record);
        } catch (JsonProcessingException e) {
            throw new UnsendableRequest("the import record cannot be written as JSON");
        }
        try (Response response = api.recordImport(importId.toString(), RequestIdFilter.current(), caller.authorization(), encoded)) {
            return answered(response);
        }
    }

    /** A 2xx or the service's 4xx refusal is an answer; anything else a failure for the policy to retry and count. */
    private int answered(Response response) {
        int status = response.getStatus();
        if (status >= 500 || status < 200 || (status >= 300 && status < 400)) {
            throw new DownstreamFailure(downstream().service() + " answered HTTP " + status);
        }
        return status;
    }
}
