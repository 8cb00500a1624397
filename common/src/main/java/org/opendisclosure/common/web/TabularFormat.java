package org.opendisclosure.common.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.common.problem.ProblemType;

/**
 * JSON, CSV or XLSX for a tabular list: {@code ?format=} wins (handy in a browser), otherwise the
 * {@code Accept} header in the client's order of preference. A download (the whole list as a
 * file) is a table, never JSON: CSV unless the client asks for XLSX.
 */
public enum TabularFormat {
    JSON, CSV, XLSX;

    public static final String TEXT_CSV = "text/csv";
    public static final String SPREADSHEET = XlsxWriter.MEDIA_TYPE;
    public static final String DESCRIPTION = "json, csv or xlsx; overrides Accept";
    private static final MediaType CSV_TYPE = MediaType.valueOf(TEXT_CSV);
    private static final MediaType XLSX_TYPE = MediaType.valueOf(SPREADSHEET);

    public static TabularFormat choose(String format, HttpHeaders headers) {
        return choose(format, headers, false);
    }

    public static TabularFormat choose(String format, HttpHeaders headers, boolean download) {
        if (format != null && !format.isBlank()) {
            TabularFormat chosen = switch (format.trim().toLowerCase()) {
                case "json" -> JSON;
                case "csv" -> CSV;
                case "xlsx" -> XLSX;
                default -> throw ProblemException.invalid("format", "must be json, csv or xlsx, was \"" + format + "\"");
            };
            if (download && chosen == JSON) {
                throw ProblemException.invalid("format", "a download (download=true) is csv or xlsx, not json");
            }
            return chosen;
        }
        List<MediaType> acceptable = headers.getAcceptableMediaTypes();
        for (MediaType type : acceptable) {
            if (type.isWildcardType()) {
                return download ? CSV : JSON;
            }
            if (!download && MediaType.APPLICATION_JSON_TYPE.isCompatible(type)) {
                return JSON;
            }
            if (CSV_TYPE.isCompatible(type)) {
                return CSV;
            }
            if (XLSX_TYPE.isCompatible(type) && !type.isWildcardSubtype()) {
                return XLSX;
            }
        }
        throw new ProblemException(ProblemType.NOT_ACCEPTABLE, (download ? "A download of this list is available as text/csv or "
                : "This list is available as application/json, text/csv or ") + SPREADSHEET + ", not "
                + headers.getHeaderString(HttpHeaders.ACCEPT));
    }

    /** The file name's extension and the media type of a table format. */
    public String extension() {
        return name().toLowerCase();
    }

    public MediaType mediaType() {
        return switch (this) {
            case JSON -> MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");
            case CSV -> CsvWriter.MEDIA_TYPE;
            case XLSX -> XLSX_TYPE;
        };
    }
}
