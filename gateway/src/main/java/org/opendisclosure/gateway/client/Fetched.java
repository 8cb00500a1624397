package org.opendisclosure.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a service answered for one resource: its JSON (and its ETag, when it has one), "no such
 * resource" (a 404 is an answer, not a failure), or unavailable with the reason (down, slow,
 * erroring, refusing, or not JSON).
 */
public record Fetched(Status status, String service, JsonNode body, String reason, String etag) {

    public enum Status { AVAILABLE, ABSENT, UNAVAILABLE }

    static Fetched available(String service, JsonNode body, String etag) {
        return new Fetched(Status.AVAILABLE, service, body, null, etag);
    }

    static Fetched absent(String service) {
        return new Fetched(Status.ABSENT, service, null, null, null);
    }

    static Fetched unavailable(String service, String reason) {
        return new Fetched(Status.UNAVAILABLE, service, null, reason, null);
    }
}
