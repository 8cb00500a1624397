package org.opendisclosure.parser.source;

/**
 * The bytes are not a document the suite can read as text at all: not Word, PDF or text, a PDF
 * without a text layer, or a damaged or locked file. The message says which, for a person.
 */
public class UnsupportedDocumentException extends RuntimeException {

    /** Why: a format the suite does not read at all (415), or a file of a known format it cannot read (422). */
    public enum Reason {
        UNKNOWN_FORMAT,
        NO_TEXT_LAYER,
        UNREADABLE_FILE
    }

    private final Reason reason;
    private final DocumentFormat format;

    UnsupportedDocumentException(Reason reason, DocumentFormat format, String message) {
        super(message);
        this.reason = reason;
        this.format = format;
    }

    UnsupportedDocumentException(Reason reason, DocumentFormat format, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.format = format;
    }

    public Reason reason() {
        return reason;
    }

    /** The format the content was recognised as; null when it is none the suite reads. */
    public DocumentFormat format() {
        return format;
    }
}
