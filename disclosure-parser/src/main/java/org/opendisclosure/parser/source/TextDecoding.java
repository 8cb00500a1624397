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
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (declared != null && !declared.equals(StandardCharsets.ISO_8859_1) && !declared.equals(StandardCharsets.US_ASCII)) {
            return new String(bytes, declared);
        }
        return strictUtf8(bytes);
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, GB18030);
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
