package org.opendisclosure.common.id;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.opendisclosure.common.problem.ProblemException;

/**
 * How the suite names a published document: the SHA-256 of its bytes as received, 64 lowercase hex
 * digits; revisions read from it name it {@code sha256:} and those digits.
 */
public final class SourceDigest {

    public static final String PREFIX = "sha256:";
    public static final String PATTERN = "^[0-9a-f]{64}$";
    private static final Pattern HEX = Pattern.compile(PATTERN);

    private SourceDigest() {
    }

    /** The 64 hex digits of the bytes' SHA-256. */
    public static String of(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** @throws ProblemException (400 naming the field) unless the value is 64 lowercase hex digits */
    public static String parse(String field, String raw) {
        if (raw == null || !HEX.matcher(raw).matches()) {
            throw ProblemException.invalid(field, "must be the 64 lowercase hex digits of a SHA-256, was "
                    + Printable.quoted(raw));
        }
        return raw;
    }
}
