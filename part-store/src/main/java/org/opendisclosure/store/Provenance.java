package org.opendisclosure.store;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.regex.Pattern;
import org.opendisclosure.common.problem.ProblemException;

/**
 * Who wrote a revision and how: the subject of the writer's token, and whether the document came
 * by a PUT or was read from a published document (an import, whose client names the document by
 * its hash in {@value #SOURCE_HEADER}).
 */
public record Provenance(String writer, String via, String sourceDocument) {

    public static final String PUT = "put";
    public static final String IMPORT = "import";
    public static final String SOURCE_HEADER = "X-Source-Document";

    private static final Pattern HASH = Pattern.compile("sha256:[0-9a-f]{64}");

    /** @throws ProblemException (400) for a {@value #SOURCE_HEADER} that is not {@code sha256:} and 64 lowercase hex digits */
    public static Provenance of(String writer, HttpHeaders headers) {
        String source = headers.getHeaderString(SOURCE_HEADER);
        if (source == null) {
            return new Provenance(writer, PUT, null);
        }
        if (!HASH.matcher(source).matches()) {
            throw ProblemException.invalid(SOURCE_HEADER, "must be sha256: and the 64 lowercase hex digits of the published "
                    + "document's SHA-256, was \"" + source + "\"");
        }
        return new Provenance(writer, IMPORT, source);
    }
}
