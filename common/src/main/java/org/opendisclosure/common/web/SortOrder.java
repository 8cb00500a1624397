package org.opendisclosure.common.web;

import java.util.Map;
import java.util.TreeSet;
import org.opendisclosure.common.problem.ProblemException;

/**
 * A sort chosen by the client among a whitelist ({@code sort=expenditureTotal} or
 * {@code sort=-expenditureTotal} for descending), resolved to a query expression.
 */
public record SortOrder(String key, String expression, boolean descending) {

    public static SortOrder parse(String raw, String defaultKey, Map<String, String> allowed) {
        String value = raw == null || raw.isBlank() ? defaultKey : raw.trim();
        boolean descending = value.startsWith("-");
        String key = descending || value.startsWith("+") ? value.substring(1) : value;
        String expression = allowed.get(key);
        if (expression == null) {
            throw ProblemException.invalid("sort", "unknown sort key \"" + key + "\"; one of "
                    + new TreeSet<>(allowed.keySet()) + ", prefixed with - for descending");
        }
        return new SortOrder(key, expression, descending);
    }

    /** JPQL/SQL order clause; nulls last either way, so that missing figures never head a ranking. */
    public String clause() {
        return expression + (descending ? " desc" : " asc") + " nulls last";
    }
}
