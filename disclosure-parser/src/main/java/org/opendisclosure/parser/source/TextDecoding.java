package org.opendisclosure.parser.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of an uploaded document. Word's "save as text" writes UTF-8, UTF-16 with a byte-order
 * mark, or the Chinese ANSI code page (GBK, read as its superset GB18030), and uploads rarely say
 * which: a BOM decides, then a charset the client declared, then UTF-8 if the bytes are valid
 * UTF-8, and GB18030 otherwise. A declared ISO-8859-1 or US-ASCII is not believed: HTTP clients
 * add it to text/plain by default, and neither can encode a Chinese document.
 */
final class TextDecoding {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoding() {
    }

    static String decode(byte[] bytes, Charset declared) {
        // Line ends are left as they are: the parser numbers lines as an editor shows them, whatever they were.
        Charset charset = charset(bytes, declared);
        int mark = bom(bytes);
        return new String(bytes, mark, bytes.length - mark, charset);
    }

    /** The charset the bytes are read in: by their BOM, the declared one, UTF-8 if they are valid UTF-8, else GB18030. */
    static Charset charset(byte[] bytes, Charset declared) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        if (declared != null && !declared.equals(StandardCharsets.ISO_8859_1) && !declared.equals(StandardCharsets.US_ASCII)) {
            return declared;
        }
        return isUtf8(bytes) ? StandardCharsets.UTF_8 : GB18030;
    }

    private static int bom(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return 3;
        }
        return startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF) ? 2 : 0;
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
