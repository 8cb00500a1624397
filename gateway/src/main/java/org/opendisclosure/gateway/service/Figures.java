package org.opendisclosure.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.opendisclosure.common.problem.Problem;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.common.problem.ProblemType;

/**
 * The numbers of a disclosure the gateway is given, checked before any service is asked: JSON
 * allows 1e10000, which no figure of a disclosure can be and which cannot even be written out
 * digit by digit to pass it on. Such a number is the client's error, a 400 naming its field, not
 * a failure of the service it was meant for. What is within these bounds is left to the service
 * that owns the field, which knows its exact limits (14 integer digits and 6 decimals for amounts).
 */
final class Figures {

    /** Far more than any service accepts, far less than what costs anything to pass on. */
    static final int MAX_DIGITS = 30;

    private Figures() {
    }

    /** @throws ProblemException (400) naming each number beyond {@link #MAX_DIGITS} digits before or after the point */
    static void requireWritable(JsonNode disclosure) {
        List<Problem.FieldError> errors = new ArrayList<>();
        walk(disclosure, "", errors);
        if (!errors.isEmpty()) {
            String detail = (errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                    : errors.size() + " fields are invalid; see errors") + "; nothing was written";
            throw new ProblemException(ProblemType.INVALID_INPUT, detail, errors);
        }
    }

    private static void walk(JsonNode node, String path, List<Problem.FieldError> errors) {
        if (node.isNumber()) {
            if (!writable(node.decimalValue())) {
                errors.add(new Problem.FieldError(path, "must be a number with at most " + MAX_DIGITS
                        + " digits before and after the decimal point"));
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                walk(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), errors);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", errors);
            }
        }
    }

    static boolean writable(BigDecimal value) {
        if (value.signum() == 0) {
            // 0E+10000 is zero, but printed in full it is ten thousand zeros.
            return value.scale() >= -MAX_DIGITS && value.scale() <= MAX_DIGITS;
        }
        int integerDigits = value.precision() - value.scale();
        return integerDigits <= MAX_DIGITS && value.scale() <= MAX_DIGITS;
    }
}
