package org.opendisclosure.gateway.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;

/**
 * What a service answered for one resource: its JSON, "no such resource" (a 404 is an answer,
 * not a failure), or unavailable with the reason (down, slow, erroring, or not JSON).
 */
public record Fetched(Status status, String service, JsonNode body, String reason) {

    public enum Status { AVAILABLE, ABSENT, UNAVAILABLE }

    static Fetched available(String service, JsonNode body) {
        return new Fetched(Status.AVAILABLE, service, body, null);
    }

    static Fetched absent(String service) {
        return new Fetched(Status.ABSENT, service, null, null);
    }

    static Fetched unavailable(String service, String reason) {
        return new Fetched(Status.UNAVAILABLE, service, null, reason);
    }

    /**
     * A service's answer to a read: 200 is its JSON, 404 is absent. Anything else throws a
     * {@link DownstreamFailure} (its message names the service and, after {@code asked}, what was
     * asked), for the caller's retry and circuit breaker to count before it becomes unavailable.
     */
    static Fetched read(String service, String asked, Supplier<Response> call, ObjectMapper objectMapper) {
        try (Response response = answer(call)) {
            int status = response.getStatus();
            if (status == 404) {
                return absent(service);
            }
            if (status != 200) {
                throw new DownstreamFailure(service + " answered HTTP " + status + asked);
            }
            try {
                return available(service, objectMapper.readTree(response.readEntity(String.class)));
            } catch (JsonProcessingException e) {
                // Not worth a retry, but counted by a circuit breaker like any failure.
                throw new DownstreamFailure(service + " answered with something that is not JSON");
            }
        }
    }

    /** The client turns a 4xx or 5xx into an exception; the gateway wants the answer itself. */
    private static Response answer(Supplier<Response> call) {
        try {
            return call.get();
        } catch (WebApplicationException e) {
            return e.getResponse();
        }
    }
}
