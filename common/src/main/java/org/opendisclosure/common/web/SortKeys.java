package org.opendisclosure.common.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The keys a list can be sorted by, each with the query expression it sorts on, and the key used
 * when the client names none. A repository declares one per list; the same declaration parses the
 * client's {@code sort} and, as a named schema in the service's API document, tells client
 * generators every value {@code sort} takes (a key ascending, or - and the key descending).
 * Schema names must be unique across the suite, whose document merges every service's.
 */
public record SortKeys(String defaultKey, Map<String, String> expressions) {

    public SortKeys {
        if (!expressions.containsKey(defaultKey)) {
            throw new IllegalArgumentException("the default sort key " + defaultKey + " is not among " + expressions.keySet());
        }
        expressions = Map.copyOf(expressions);
    }

    public SortOrder parse(String raw) {
        return SortOrder.parse(raw, defaultKey, expressions);
    }

    /** Every value the sort parameter takes: each key, then each key descending, in key order. */
    public List<String> values() {
        return values(new TreeSet<>(expressions.keySet()));
    }

    private static List<String> values(Set<String> keys) {
        List<String> values = new ArrayList<>(keys);
        keys.forEach(key -> values.add("-" + key));
        return values;
    }

    /** Adds the schema of this sort to a document's components, e.g. as {@code BudgetOverviewSort}. */
    public void document(OpenAPI openAPI, String schema) {
        add(openAPI, schema, values(), defaultKey, "A sort key, ascending, or - and the key for descending; rows that have "
                + "no figure for it come last either way. Default " + defaultKey + ".");
    }

    /**
     * Adds the schema of a drill-down's sort, whose keys depend on its breakdown ({@code by}):
     * every key of either, and in the description which belong to which.
     */
    public static void document(OpenAPI openAPI, String schema, SortKeys byItem, SortKeys byDepartment) {
        Set<String> keys = new TreeSet<>(byItem.expressions.keySet());
        keys.addAll(byDepartment.expressions.keySet());
        add(openAPI, schema, values(keys), null, "A sort key, ascending, or - and the key for descending. "
                + Breakdown.PARAM + "=" + Breakdown.ITEM.value() + ": " + byItem.describe() + "; "
                + Breakdown.PARAM + "=" + Breakdown.DEPARTMENT.value() + ": " + byDepartment.describe() + ".");
    }

    private String describe() {
        return String.join(", ", new TreeSet<>(expressions.keySet())) + " (default " + defaultKey + ")";
    }

    private static void add(OpenAPI openAPI, String name, List<String> values, String defaultKey, String description) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Schema schema = OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description)
                .enumeration(new ArrayList<>(values));
        if (defaultKey != null) {
            schema.defaultValue(defaultKey);
        }
        openAPI.getComponents().addSchema(name, schema);
    }
}
