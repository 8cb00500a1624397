package org.opendisclosure.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The lines of a CSV the suite served, once it is checked to be what Excel opens as it is: a
 * UTF-8 byte order mark first, and every line ended by CRLF.
 */
public final class CsvText {

    private CsvText() {
    }

    public static String[] lines(byte[] csv) {
        assertThat(Arrays.copyOf(csv, Math.min(3, csv.length))).as("the UTF-8 byte order mark")
                .containsExactly(0xEF, 0xBB, 0xBF);
        return crlfLines(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8));
    }

    /** The lines of a CSV read as text, the byte order mark decoded as U+FEFF. */
    public static String[] lines(String csv) {
        assertThat(csv).as("the UTF-8 byte order mark").startsWith("\uFEFF");
        return crlfLines(csv.substring(1));
    }

    private static String[] crlfLines(String text) {
        assertThat(text).as("the CSV ends its last line").endsWith("\r\n");
        assertThat(text.replace("\r\n", "")).as("every line ends with CRLF, none with a bare CR or LF")
                .doesNotContain("\n").doesNotContain("\r");
        return text.split("\r\n");
    }
}
