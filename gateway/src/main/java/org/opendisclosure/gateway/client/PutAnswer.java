package org.opendisclosure.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a service answered to a PUT (or its dry run): the status with the JSON body (none for the
 * minimal answer of a stored part, 204), the revision now (or then) current, whether a new
 * revision was (or would be) created, or no usable answer at all, with the reason (down, slow,
 * 5xx, not JSON). A 4xx is an answer: the caller decides what it means.
 */
public record PutAnswer(String service, int status, JsonNode body, boolean revisionCreated, Integer revision, String failure) {

    static PutAnswer answered(String service, int status, JsonNode body, boolean revisionCreated, Integer revision) {
        return new PutAnswer(service, status, body, revisionCreated, revision, null);
    }

    static PutAnswer failed(String service, String reason) {
        return new PutAnswer(service, 0, null, false, null, reason);
    }

    public boolean answered() {
        return failure == null;
    }

    /** Stored, or for a dry run: would be. */
    public boolean stored() {
        return answered() && (status == 200 || status == 201 || status == 204);
    }

    /** Stored (or would be) as the part's first revision: 201, or a minimal answer's revision 1 just added. */
    public boolean created() {
        return status == 201 || (status == 204 && revisionCreated && revision != null && revision == 1);
    }

    /** The problem's detail of a 4xx, for a human; the status when the service gave none. */
    public String detail() {
        String detail = body == null ? null : body.path("detail").asText(null);
        return detail != null ? detail : service + " answered HTTP " + status;
    }
}
