package org.opendisclosure.gateway.client;

/**
 * A request the gateway could not even put into words for a service (a document it cannot write
 * as JSON). The client's doing, not the service's: never retried, never counted by a circuit
 * breaker against the service.
 */
public class UnsendableRequest extends IllegalArgumentException {

    UnsendableRequest(String message) {
        super(message);
    }
}
