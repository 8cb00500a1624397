package org.opendisclosure.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The one error body of the suite (RFC 9457, {@code application/problem+json}).
 */
@Schema(hidden = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(description = "URI identifying the kind of problem", examples = "urn:budget-disclosure:problem:invalid-input")
        String type,
        @Schema(description = "Short, stable summary of the kind of problem")
        String title,
        @Schema(description = "HTTP status code")
        int status,
        @Schema(description = "What went wrong with this request, for a human")
        String detail,
        @Schema(description = "The request path the problem arose on")
        String instance,
        @Schema(description = "For invalid input: each offending field (JSON path, parameter or header name) with its message")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(hidden = true)
    public record FieldError(
            @Schema(description = "JSON path of the field in the body (e.g. summary.revenue.total), or the parameter or header name")
            String field,
            @Schema(description = "What is wrong with it")
            String message) {
    }
}
