package org.opendisclosure.common.revision;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;

/**
 * The writer's {@code Prefer: return=minimal} (RFC 7240): the answer to a write carries what became
 * of it (status and headers) but not the representation, which the server is spared building,
 * serialising and the client reading. A writer that stores many documents (the gateway, for every
 * part of every import) asks for it; anyone else gets the representation as before.
 */
public final class MinimalReturn {

    public static final String PREFER = "Prefer";
    public static final String PREFERENCE_APPLIED = "Preference-Applied";
    public static final String MINIMAL = "return=minimal";
    /** The revision now current (minimal answers only: the full ones carry it in their body). */
    public static final String REVISION = "X-Revision";

    private MinimalReturn() {
    }

    /** Whether one of the request's {@code Prefer} headers asks for {@code return=minimal}. */
    public static boolean asked(HttpHeaders headers) {
        List<String> values = headers.getRequestHeader(PREFER);
        if (values == null) {
            return false;
        }
        for (String value : values) {
            for (String preference : value.split(",")) {
                // A preference's own parameters follow a semicolon; its value may be quoted.
                String token = preference.split(";", 2)[0].replace("\"", "").replace(" ", "").toLowerCase(Locale.ROOT);
                if (token.equals(MINIMAL)) {
                    return true;
                }
            }
        }
        return false;
    }
}
