package org.opendisclosure.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 written by hand over a socket, for the requests no HTTP client will send: a quoted or
 * malformed Host, a request line or headers past a server's limits, a chunked body of any size.
 * Reads one answer (by its Content-Length, or to the end of the connection).
 */
public final class RawHttp {

    private static final int TIMEOUT_MS = 20_000;

    private RawHttp() {
    }

    /** One answer as received. Header names are lower case. */
    public record Answer(String statusLine, int status, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** Sends the head (request line and headers, each ending in CRLF, without the blank line) and no body. */
    public static Answer send(int port, String head) throws IOException {
        return send(port, head, null);
    }

    /**
     * @param head the request line and headers, each line ending in CRLF, without the blank line
     * @param body written after the blank line as it is (already chunked if the head says so), or null
     */
    public static Answer send(int port, String head, byte[] body) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MS);
            socket.setSoTimeout(TIMEOUT_MS);
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                try {
                    out.write(body);
                } catch (IOException closedEarly) {
                    // The server may answer and close before the whole body is sent (a 413): its answer is what counts.
                }
            }
            try {
                out.flush();
            } catch (IOException closedEarly) {
                // as above
            }
            return read(socket.getInputStream());
        }
    }

    /** {@code n} bytes of the given character, chunked as {@code Transfer-Encoding: chunked} sends them, with the last chunk. */
    public static byte[] chunked(int n, char fill, int chunkSize) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = String.valueOf(fill).repeat(chunkSize).getBytes(StandardCharsets.US_ASCII);
        int left = n;
        while (left > 0) {
            int size = Math.min(left, chunkSize);
            out.writeBytes((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(chunk, 0, size);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
            left -= size;
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        int b;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < 4 && (b = in.read()) != -1) {
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        if (lines.length == 0 || lines[0].isEmpty()) {
            return new Answer("", -1, Map.of(), "");
        }
        String statusLine = lines[0];
        String[] parts = statusLine.split(" ", 3);
        int status = parts.length > 1 ? Integer.parseInt(parts[1]) : -1;
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim(),
                        (a, c) -> a + ", " + c);
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String length = headers.get("content-length");
        try {
            if (length != null) {
                body.write(in.readNBytes(Integer.parseInt(length)));
            } else {
                // Chunked or unsized: the requests here say Connection: close, so the end of the stream ends it.
                body.write(in.readAllBytes());
            }
        } catch (IOException reset) {
            // An answer that closes with a reset after its head: what arrived is the answer.
        }
        return new Answer(statusLine, status, headers, body.toString(StandardCharsets.UTF_8));
    }
}
