package org.opendisclosure.parser.source;

final class PdfText {
    private PdfText() {
    }

    static SourceText read(byte[] bytes) {
        throw new UnsupportedDocumentException(UnsupportedDocumentException.Reason.UNREADABLE_FILE, DocumentFormat.PDF, "not yet");
    }
}
