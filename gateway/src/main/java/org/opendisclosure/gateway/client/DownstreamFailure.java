package org.opendisclosure.gateway.client;

/** A service answered in a way worth retrying (5xx) or could not be understood; the message is shown to clients. */
public class DownstreamFailure extends RuntimeException {

    DownstreamFailure(String message) {
        super(message, null, false, false);
    }
}
