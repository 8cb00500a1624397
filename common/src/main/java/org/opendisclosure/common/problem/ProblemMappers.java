package org.opendisclosure.common.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.opendisclosure.common.web.HttpLimits;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;

/**
 * The suite's single set of exception mappers: every failure leaves as problem+json, naming the
 * offending field where there is one, and never with a class name or stack trace.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final ProblemResponses responses;
    private final long maxBodySize;

    private final AllowedMethods allowedMethods;

    public ProblemMappers(ProblemResponses responses, HttpLimits limits, AllowedMethods allowedMethods) {
        this.responses = responses;
        this.allowedMethods = allowedMethods;
        this.maxBodySize = limits.maxBodySize().asLongValue();
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return responses.build(e.type(), e.getMessage(), path(uri), e.errors());
    }

    // Quarkus registers its own mapper for this exact subclass; naming it here makes ours win.
    @ServerExceptionMapper
    public Response resourceViolation(ResteasyReactiveViolationException e, UriInfo uri) {
        if (e.getConstraintViolations().stream().anyMatch(v -> isReturnValue(v.getPropertyPath()))) {
            return unexpected(e, uri);
        }
        return violations(e, uri);
    }

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        return problem(ProblemException.invalid(errors), uri);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        String detail = "The body is not well-formed JSON" + where + ": " + withoutParserSettings(e.getOriginalMessage());
        return responses.build(ProblemType.INVALID_INPUT, detail, path(uri),
                List.of(new Problem.FieldError("body", "not well-formed JSON" + where)));
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        return mismatch(e, "unknown field", uri);
    }

    @ServerExceptionMapper
    public Response badProperty(PropertyBindingException e, UriInfo uri) {
        return mismatch(e, "unknown field", uri);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        return mismatch(e, "must be " + describe(e.getTargetType()) + ", was " + quoted(e.getValue()), uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return mismatch(e, "must be " + describe(e.getTargetType()), uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonMappingException e, UriInfo uri) {
        if (e.getCause() instanceof JsonParseException parse) {
            return malformedJson(parse, uri);
        }
        return mismatch(e, "cannot be read", uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return responses.build(ProblemType.INVALID_INPUT, "The body cannot be read as JSON", path(uri),
                List.of(new Problem.FieldError("body", "cannot be read as JSON")));
    }

    @ServerExceptionMapper
    public Response unknownPath(NotFoundException e, ContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        Set<String> allowed = allowedMethods.of(uri.getRequestUri().getRawPath());
        if (!allowed.isEmpty() && !allowed.contains(request.getMethod())) {
            return notAllowed(uri, allowed);
        }
        return responses.build(ProblemType.NOT_FOUND, "There is no resource at " + path(uri), path(uri), null);
    }

    @ServerExceptionMapper
    public Response unsupportedMediaType(NotSupportedException e, UriInfo uri, HttpHeaders headers) {
        String given = headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
        // Which types would do is known to the endpoint, not here: most take application/json, the imports take text.
        String detail = (given == null ? "The request has no Content-Type" : "Content-Type " + given + " is not accepted here")
                + "; the API documentation lists the request body types of each endpoint (application/json for documents)";
        return responses.build(ProblemType.UNSUPPORTED_MEDIA_TYPE, detail, path(uri),
                List.of(new Problem.FieldError("Content-Type", given == null ? "missing" : "not supported: " + given)));
    }

    @ServerExceptionMapper
    public Response methodNotAllowed(NotAllowedException e, UriInfo uri) {
        return notAllowed(uri, allowedMethods.of(uri.getRequestUri().getRawPath()));
    }

    private Response notAllowed(UriInfo uri, Set<String> allowed) {
        String detail = "This method is not allowed on " + path(uri) + (allowed.isEmpty() ? "" : "; it allows " + String.join(", ", allowed));
        Response built = responses.build(ProblemType.METHOD_NOT_ALLOWED, detail, path(uri), null);
        return allowed.isEmpty() ? built : Response.fromResponse(built).header(HttpHeaders.ALLOW, String.join(", ", allowed)).build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        // The JSON reader wraps Jackson's exception; what the client needs is in the cause. A parse
        // error anywhere in the chain wins: its line and column say where the text is broken.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonParseException parse) {
                return malformedJson(parse, uri);
            }
        }
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidFormatException format) {
                return invalidFormat(format, uri);
            }
            if (cause instanceof PropertyBindingException binding) {
                return mismatch(binding, "unknown field", uri);
            }
            if (cause instanceof MismatchedInputException mismatched) {
                return mismatchedInput(mismatched, uri);
            }
            if (cause instanceof JsonMappingException mapping) {
                return mismatch(mapping, "cannot be read", uri);
            }
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        if (status == 413) {
            // The form and multipart reader's limit (quarkus.http.limits.max-body-size, the same as the suite's).
            return responses.build(ProblemType.PAYLOAD_TOO_LARGE, "The body is larger than the " + maxBodySize + " bytes accepted",
                    path(uri), List.of(new Problem.FieldError("body", "larger than " + maxBodySize + " bytes")));
        }
        ProblemType type = ProblemType.forStatus(status);
        return responses.build(status, type, type.title(), path(uri), null);
    }

    /**
     * A body that ends before it is complete (a multipart body without its closing boundary, a
     * connection dropped mid-upload) is the request's fault; the services do no other I/O a
     * request could reach.
     */
    @ServerExceptionMapper
    public Response unreadableBody(IOException e, UriInfo uri) {
        if (Unavailability.ofDatabase(e)) {
            return unexpected(e, uri);
        }
        LOG.debugf(e, "Unreadable body on %s", path(uri));
        return responses.build(ProblemType.INVALID_INPUT,
                "The body could not be read: it ended before it was complete or is not well-formed "
                        + "(a multipart body must end with its closing boundary)", path(uri),
                List.of(new Problem.FieldError("body", "incomplete or not well-formed")));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (Unavailability.ofDatabase(e)) {
            // Said once per outage would be nicer; a line per refused request still names the cause without a stack.
            LOG.warnf("The database cannot be used; %s answered 503: %s", path(uri), rootMessage(e));
            return responses.build(ProblemType.SERVICE_UNAVAILABLE,
                    "The service's database cannot be reached right now; nothing was read or written. Try again shortly.",
                    path(uri), null);
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", reference, path(uri));
        return responses.build(ProblemType.INTERNAL_ERROR,
                "An unexpected error occurred. Quote reference " + reference + " when reporting it.", path(uri), null);
    }

    /**
     * The parser's own words without its advice on how to configure it ("enable
     * `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS`", "since Feature 'ALLOW_COMMENTS' not enabled"):
     * that is for whoever runs the parser, not for a client, and names its classes.
     */
    static String withoutParserSettings(String message) {
        if (message == null) {
            return "it cannot be parsed";
        }
        int cut = message.length();
        for (String marker : new String[]{"enable `", "(not recognized as one since", "Feature", "`", "com.fasterxml", "java."}) {
            int at = message.indexOf(marker);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        String kept = message.substring(0, cut).replaceAll("[\\s:;,(]+$", "");
        return kept.isEmpty() ? "it cannot be parsed" : kept;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        for (int depth = 0; root.getCause() != null && depth < 32; depth++) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    private Response mismatch(JsonMappingException e, String message, UriInfo uri) {
        String field = jsonPath(e.getPath());
        if (e instanceof PropertyBindingException binding) {
            field = field.isEmpty() ? binding.getPropertyName() : field;
            message = message + "; known fields: " + binding.getKnownPropertyIds();
        }
        if (field.isEmpty()) {
            field = "body";
        }
        return responses.build(ProblemType.INVALID_INPUT, field + ": " + message, path(uri),
                List.of(new Problem.FieldError(field, message)));
    }

    static String jsonPath(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : references) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /**
     * A violation's path, as the client knows it: JSON field names below the request body, the
     * parameter's own name for query, path and header parameters.
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        Iterator<Path.Node> nodes = violation.getPropertyPath().iterator();
        while (nodes.hasNext()) {
            Path.Node node = nodes.next();
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                if (!nodes.hasNext()) {
                    field.append(node.getName());
                }
                continue;
            }
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getKind() == ElementKind.PROPERTY) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    private static boolean isReturnValue(Path path) {
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class) {
            return "a decimal number";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class || type == BigInteger.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 date";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }

    private static String quoted(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }

    /**
     * The request's path as sent (still percent-encoded), for {@code instance}: a URI reference, so a
     * path whose trouble is a %00 or a %20 shows it as such rather than as the character.
     */
    private static String path(UriInfo uri) {
        ResteasyReactiveRequestContext request = CurrentRequestManager.get();
        HttpServerRequest raw = request == null ? null : request.serverRequest().unwrap(HttpServerRequest.class);
        if (raw != null && raw.path() != null) {
            return raw.path();
        }
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }
}
