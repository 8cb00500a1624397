package org.opendisclosure.common.web;

import org.opendisclosure.common.problem.ProblemException;

/** {@code download}: a list whole, as one file, rather than a page of it. */
public final class Download {

    public static final String PARAM = "download";
    public static final String PARAM_TRUE = "true";
    public static final String DESCRIPTION = "true: every row matching the filters, in the sort asked for, as one CSV file "
            + "(Content-Disposition: attachment), streamed as it is read from the database; page and size are then ignored, "
            + "and the answer has no ETag or X-Total-Count (it is not known before the last row is sent). false (the default): one page";

    private Download() {
    }

    public static boolean parse(String raw) {
        if (raw == null || raw.isEmpty()) {
            return false;
        }
        return switch (raw) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.invalid(PARAM, "must be true or false, was \"" + raw + "\"");
        };
    }
}
