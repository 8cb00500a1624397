package org.opendisclosure.common.id;

/** A client's value as a problem's detail can show it: quoted, control characters escaped, cut short. */
public final class Printable {

    private static final int MAX = 64;

    private Printable() {
    }

    /** {@code "130624-203\u0000"} for an id with a NUL: what was sent, readable and safe in a log or a page. */
    public static String quoted(String raw) {
        if (raw == null) {
            return "nothing";
        }
        StringBuilder out = new StringBuilder("\"");
        int shown = Math.min(raw.length(), MAX);
        for (int i = 0; i < shown; i++) {
            char c = raw.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '"' || c == '\\') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (raw.length() > MAX) {
            out.append('…');
        }
        return out.append('"').toString();
    }
}
