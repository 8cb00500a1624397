package org.opendisclosure.gateway.client;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Map;
import org.opendisclosure.gateway.parts.Part;

/**
 * Who asked the gateway to write, as the services are told: the caller's own Authorization header
 * (each service checks it for itself), for an import the published document the parts were read
 * from ({@code sha256:} and its hash), which every revision written records, and, for a write
 * made on condition, the ETag each document had when the condition was checked, which its
 * service checks again as it stores it.
 */
public record WriteCaller(String authorization, String sourceDocument, Map<Part.Document, String> preconditions) {

    public WriteCaller {
        preconditions = Map.copyOf(preconditions);
    }

    /** A caller writing the JSON it sends. */
    public static WriteCaller of(HttpHeaders headers) {
        return new WriteCaller(headers.getHeaderString(HttpHeaders.AUTHORIZATION), null, Map.of());
    }

    /** The same caller, writing what was read from the document of that hash. */
    public WriteCaller importing(String sourceDocument) {
        return new WriteCaller(authorization, sourceDocument, preconditions);
    }

    /** The same caller, writing each document only if it still has the ETag given (documents not named: unconditionally). */
    public WriteCaller onCondition(Map<Part.Document, String> etags) {
        return new WriteCaller(authorization, sourceDocument, etags);
    }

    /** The If-Match to send with this document, or null. */
    public String ifMatch(Part.Document document) {
        return preconditions.get(document);
    }
}
