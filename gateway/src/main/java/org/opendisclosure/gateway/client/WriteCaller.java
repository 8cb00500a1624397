package org.opendisclosure.gateway.client;

import jakarta.ws.rs.core.HttpHeaders;

/**
 * Who asked the gateway to write, as the services are told: the caller's own Authorization header
 * (each service checks it for itself) and, for an import, the published document the parts were
 * read from ({@code sha256:} and its hash), which every revision written records.
 */
public record WriteCaller(String authorization, String sourceDocument) {

    /** A caller writing the JSON it sends. */
    public static WriteCaller of(HttpHeaders headers) {
        return new WriteCaller(headers.getHeaderString(HttpHeaders.AUTHORIZATION), null);
    }

    /** The same caller, writing what was read from the document of that hash. */
    public WriteCaller importing(String sourceDocument) {
        return new WriteCaller(authorization, sourceDocument);
    }
}
