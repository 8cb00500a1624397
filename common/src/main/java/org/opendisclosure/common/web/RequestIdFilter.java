package org.opendisclosure.common.web;

import io.vertx.core.http.HttpServerRequest;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Gives every request one id that the logs of each service it passes through can be searched by:
 * the client's {@value #HEADER} when it is a sane token (1 to 64 of {@code A-Z a-z 0-9 . _ -}),
 * otherwise a new UUID. The id replaces the request's header (so whatever the request is passed
 * on to sees the same), is put on the response before anything else is and is in the logging MDC
 * as {@value #MDC_KEY}. Works on the request as Vert.x holds it: no JAX-RS context is made for it,
 * which keeps it cheap on the event loop.
 */
public class RequestIdFilter {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    private static final int MAX_LENGTH = 64;

    @ServerRequestFilter(preMatching = true)
    public void take(HttpServerRequest request) {
        String given = request.getHeader(HEADER);
        String id = sane(given) ? given : newId();
        if (id != given) {
            request.headers().set(HEADER, id);
        }
        request.response().headers().set(HEADER, id);
        MDC.put(MDC_KEY, id);
    }

    /** The id of the request being handled on this thread (or context), or null outside of one. */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }

    static boolean sane(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == '-';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    /** A random (version 4) UUID without the lock of the secure generator: an id, not a secret. */
    private static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
