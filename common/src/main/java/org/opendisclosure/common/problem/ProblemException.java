package org.opendisclosure.common.problem;

import java.util.List;

/**
 * An error the service means to report to the client as it is: the mapper turns it into a
 * problem+json response with this type, detail and field list.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.FieldError> errors;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, null);
    }

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemType.INVALID_INPUT, field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    /** Several offending fields at once; the detail names the field when there is only one. */
    public static ProblemException invalid(List<Problem.FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid; see errors";
        return new ProblemException(ProblemType.INVALID_INPUT, detail, errors);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail);
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(ProblemType.PRECONDITION_FAILED, detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }
}
