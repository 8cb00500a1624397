package org.opendisclosure.common.web;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.opendisclosure.common.problem.Problem;
import org.opendisclosure.common.problem.ProblemResponses;
import org.opendisclosure.common.problem.ProblemType;

/**
 * {@code Accept} with its quality values taken at their word: a media type given {@code q=0} (RFC
 * 9110, 12.4.2: "not acceptable") is never what an operation answers. Quarkus REST picks among the
 * types an operation produces without looking at q, so {@code Accept: application/json;q=0} still
 * got JSON; an operation none of whose types the client accepts is a 406 problem before it runs.
 */
public class AcceptQualities {

    private final ProblemResponses problems;

    public AcceptQualities(ProblemResponses problems) {
        this.problems = problems;
    }

    @ServerRequestFilter(priority = Priorities.HEADER_DECORATOR)
    public Response refuseWhatTheClientRulesOut(ContainerRequestContext request, ResourceInfo resource) {
        List<String> accept = request.getHeaders().get(HttpHeaders.ACCEPT);
        Method method = resource.getResourceMethod();
        if (accept == null || accept.isEmpty() || method == null) {
            return null;
        }
        Produces produces = method.getAnnotation(Produces.class);
        if (produces == null && resource.getResourceClass() != null) {
            produces = resource.getResourceClass().getAnnotation(Produces.class);
        }
        if (produces == null) {
            return null;
        }
        List<Range> ranges = ranges(accept);
        if (ranges == null) {
            // Not ours to judge: Quarkus answers an Accept it cannot parse.
            return null;
        }
        List<String> offered = new ArrayList<>();
        for (String value : produces.value()) {
            for (String type : value.split(",")) {
                MediaType produced = MediaType.valueOf(type.trim());
                if (quality(produced, ranges) > 0) {
                    return null;
                }
                offered.add(produced.getType() + "/" + produced.getSubtype());
            }
        }
        return problems.build(ProblemType.NOT_ACCEPTABLE, "This operation answers " + String.join(" or ", offered)
                        + ", and Accept rules each of them out (q=0, or not listed): " + String.join(", ", accept),
                "/" + request.getUriInfo().getPath().replaceFirst("^/", ""),
                List.of(new Problem.FieldError("Accept", "rules out " + String.join(" and ", offered))));
    }

    /** One media range of Accept and its quality. */
    record Range(MediaType type, double q) {

        /** 2 for type/subtype, 1 for type/*, 0 for *&#47;*; -1 when it does not cover {@code produced}. */
        int specificity(MediaType produced) {
            if (type.isWildcardType()) {
                return 0;
            }
            if (!type.getType().equalsIgnoreCase(produced.getType()) && !produced.isWildcardType()) {
                return -1;
            }
            if (type.isWildcardSubtype()) {
                return 1;
            }
            return produced.isWildcardSubtype() || type.getSubtype().equalsIgnoreCase(produced.getSubtype()) ? 2 : -1;
        }
    }

    /** The quality of the most specific range covering {@code produced}; 0 when none does. */
    static double quality(MediaType produced, List<Range> ranges) {
        int best = -1;
        double q = 0;
        for (Range range : ranges) {
            int specificity = range.specificity(produced);
            if (specificity > best) {
                best = specificity;
                q = range.q();
            }
        }
        return q;
    }

    /** The ranges of every Accept header, or null when one does not parse. */
    static List<Range> ranges(List<String> headers) {
        List<Range> ranges = new ArrayList<>();
        try {
            for (String header : headers) {
                for (String element : header.split(",")) {
                    if (element.isBlank()) {
                        continue;
                    }
                    MediaType type = MediaType.valueOf(element.trim());
                    String q = type.getParameters().get("q");
                    double quality = q == null ? 1 : Double.parseDouble(q.trim());
                    if (!(quality >= 0 && quality <= 1)) {
                        return null;
                    }
                    ranges.add(new Range(type, quality));
                }
            }
        } catch (IllegalArgumentException malformed) {
            return null;
        }
        return ranges;
    }
}
