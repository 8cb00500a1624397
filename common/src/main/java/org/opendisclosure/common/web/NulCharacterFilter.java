package org.opendisclosure.common.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.opendisclosure.common.problem.Problem;
import org.opendisclosure.common.problem.ProblemResponses;
import org.opendisclosure.common.problem.ProblemType;

/**
 * Refuses a query parameter holding a NUL character (400 naming it): no text the suite keeps or
 * searches can contain one, and PostgreSQL refuses it outright, so it could only end as a failure
 * of the suite. Looked for in the raw query first, so requests without one cost a string search.
 */
public class NulCharacterFilter {

    private final ProblemResponses problems;

    public NulCharacterFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @ServerRequestFilter
    public Response refuseNul(ContainerRequestContext request) {
        String raw = request.getUriInfo().getRequestUri().getRawQuery();
        if (raw == null || !raw.contains("%00")) {
            return null;
        }
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            if (parameter.getValue().stream().anyMatch(value -> value.indexOf('\u0000') >= 0)) {
                String name = parameter.getKey();
                String message = "must not contain a NUL character (%00)";
                return problems.build(ProblemType.INVALID_INPUT, name + ": " + message,
                        "/" + request.getUriInfo().getPath().replaceFirst("^/", ""), List.of(new Problem.FieldError(name, message)));
            }
        }
        return null;
    }
}
