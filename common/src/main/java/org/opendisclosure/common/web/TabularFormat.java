package org.opendisclosure.common.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.common.problem.ProblemType;

/**
 * JSON or CSV for a tabular list: {@code ?format=} wins (handy in a browser), otherwise the
 * {@code Accept} header in the client's order of preference.
 */
public enum TabularFormat {
    JSON, CSV;

    public static final String TEXT_CSV = "text/csv";
    private static final MediaType CSV_TYPE = MediaType.valueOf(TEXT_CSV);

    public static TabularFormat choose(String format, HttpHeaders headers) {
        if (format != null && !format.isBlank()) {
            return switch (format.trim().toLowerCase()) {
                case "json" -> JSON;
                case "csv" -> CSV;
                default -> throw ProblemException.invalid("format", "must be json or csv, was \"" + format + "\"");
            };
        }
        List<MediaType> acceptable = headers.getAcceptableMediaTypes();
        for (MediaType type : acceptable) {
            if (type.isWildcardType() || MediaType.APPLICATION_JSON_TYPE.isCompatible(type)) {
                return JSON;
            }
            if (CSV_TYPE.isCompatible(type)) {
                return CSV;
            }
        }
        throw new ProblemException(ProblemType.NOT_ACCEPTABLE,
                "This list is available as application/json or text/csv, not " + headers.getHeaderString(HttpHeaders.ACCEPT));
    }
}
