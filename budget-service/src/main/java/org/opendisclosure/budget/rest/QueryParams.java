package org.opendisclosure.budget.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.common.revision.Written;
import org.opendisclosure.common.web.PageRequest;
import org.opendisclosure.common.web.Representations;

/** Parsing of the raw parameters the resources share, so that a bad one is a 400 that names it. */
final class QueryParams {

    private QueryParams() {
    }

    static String divisionPrefix(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.trim();
        if (!value.matches("\\d{1,12}")) {
            throw ProblemException.invalid("division", "must be a division code or its prefix, 1 to 12 digits, was \"" + raw + "\"");
        }
        return value;
    }

    static String fragment(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.length() > 100) {
            throw ProblemException.invalid(name, "must be at most 100 characters");
        }
        return raw.trim();
    }

    static int revision(String raw) {
        return PageRequest.parseInt("revision", raw, -1, 1, Integer.MAX_VALUE);
    }

    static Response writtenResponse(Representations representations, UriInfo uri, Written<?> written) {
        if (written.created()) {
            return representations.written(Response.Status.CREATED, written.view()).location(uri.getRequestUri()).build();
        }
        return representations.written(Response.Status.OK, written.view()).build();
    }
}
