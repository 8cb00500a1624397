package org.opendisclosure.parser.source;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of an uploaded document into the parser's text form. The format is told by the
 * content alone: a file's name and the Content-Type a client sends are too often wrong (browsers
 * send Word files as application/octet-stream, curl sends anything as a form). A ZIP holding
 * word/document.xml is a .docx, an OLE2 compound file a .doc, "%PDF-" a PDF, and anything else
 * must decode as text; bytes that are none of these are refused rather than read as garbage.
 */
public final class DocumentSources {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] WORD_DOCUMENT = "word/document.xml".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    // PDF readers accept the header anywhere in the first KiB (some generators put junk before it).
    private static final int PDF_HEADER_WINDOW = 1024;
    // A text export carries no control characters beyond line ends, TABs and Word's page breaks; a
    // few stray ones are survivable, a file full of them is binary.
    private static final double MAX_CONTROL_SHARE = 0.001;

    private DocumentSources() {
    }

    /**
     * @param bytes    the file as uploaded
     * @param declared the charset a client declared for a text, or null; ignored for Word and PDF files
     * @throws UnsupportedDocumentException when the bytes are no document the suite reads
     */
    public static SourceText read(byte[] bytes, Charset declared) {
        DocumentFormat format = detect(bytes);
        return switch (format) {
            case DOCX -> DocxText.read(bytes);
            case DOC -> DocText.read(bytes);
            case PDF -> PdfText.read(bytes);
            case TEXT -> text(bytes, declared);
        };
    }

    /** The format the content is, by its first bytes (and for a ZIP, by what it holds). */
    public static DocumentFormat detect(byte[] bytes) {
        if (startsWith(bytes, ZIP)) {
            if (!holdsWordDocument(bytes)) {
                throw new UnsupportedDocumentException(UnsupportedDocumentException.Reason.UNKNOWN_FORMAT, null,
                        "a ZIP archive that is not a Word document (no word/document.xml in it): send the .docx, a .doc, "
                                + "a PDF or the text of the disclosure");
            }
            return DocumentFormat.DOCX;
        }
        if (startsWith(bytes, OLE2)) {
            return DocumentFormat.DOC;
        }
        if (indexOf(bytes, PDF, PDF_HEADER_WINDOW) >= 0) {
            return DocumentFormat.PDF;
        }
        return DocumentFormat.TEXT;
    }

    /**
     * The media type the content is, as a file of it would be served: for a text with the charset it
     * is read in (see {@link #read}), for Word and PDF files their format's.
     *
     * @throws UnsupportedDocumentException for a ZIP archive that is no Word document
     */
    public static String mediaType(byte[] bytes) {
        DocumentFormat format = detect(bytes);
        if (format != DocumentFormat.TEXT) {
            return format.mediaType();
        }
        return format.mediaType() + ";charset=" + TextDecoding.charset(bytes, null).name();
    }

    private static SourceText text(byte[] bytes, Charset declared) {
        String text = TextDecoding.decode(bytes, declared);
        if (!looksLikeText(text)) {
            throw new UnsupportedDocumentException(UnsupportedDocumentException.Reason.UNKNOWN_FORMAT, null,
                    "neither a Word document (.docx, .doc), a PDF nor text (UTF-8, UTF-16 or GBK): the content holds "
                            + "binary data");
        }
        return SourceText.ofText(text);
    }

    private static boolean looksLikeText(String text) {
        long suspicious = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return false;
            }
            boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B;
            if (control || c == '\uFFFD' || (c >= 0x7F && c < 0xA0)) {
                suspicious++;
            }
        }
        return suspicious <= Math.max(1, text.length() * MAX_CONTROL_SHARE);
    }

    /**
     * Whether the archive names the entry: names are stored uncompressed in the local headers and
     * the central directory, so nothing is inflated to tell (an upload could be a ZIP bomb).
     */
    private static boolean holdsWordDocument(byte[] bytes) {
        return indexOf(bytes, WORD_DOCUMENT, bytes.length) >= 0;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && indexOf(bytes, prefix, 1) == 0;
    }

    private static int indexOf(byte[] bytes, byte[] pattern, int window) {
        int last = Math.min(window, bytes.length - pattern.length + 1);
        outer:
        for (int i = 0; i < last; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (bytes[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
