package org.opendisclosure.store;

import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.opendisclosure.common.web.Page;
import org.opendisclosure.common.web.PageRequest;
import org.opendisclosure.common.web.YearRange;

/**
 * The where clause of a list's JPQL query and the parameters it binds, built from filters that
 * each narrow the list only when the client gave them: so that a condition and the binding of its
 * parameter are written once, together, and cannot drift apart.
 */
public final class Conditions {

    private final StringBuilder clause;
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private Conditions(String first) {
        this.clause = new StringBuilder(first);
    }

    /** A fixed first condition, such as a correlation of a subquery to its outer row. */
    public static Conditions of(String condition) {
        return new Conditions(condition);
    }

    /** No condition yet: every row, until a given filter narrows it. */
    public static Conditions all() {
        return of("1 = 1");
    }

    /**
     * The current revision {@code revision} of each head row {@code head} of the fiscal year: what
     * every list across departments reads.
     */
    public static Conditions currentRevisions(String revision, String head, int fiscalYear) {
        Conditions conditions = of(head + ".fiscalYear = :year and " + revision + ".revision = " + head + ".currentRevision");
        conditions.parameters.put("year", (short) fiscalYear);
        return conditions;
    }

    /** The current revision of each head row of the fiscal years, as {@link #currentRevisions(String, String, int)} for one. */
    public static Conditions currentRevisions(String revision, String head, YearRange years) {
        return of(revision + ".revision = " + head + ".currentRevision")
                .and(head + ".fiscalYear >= :fromYear", "fromYear", years.from() == null ? null : years.from().shortValue())
                .and(head + ".fiscalYear <= :toYear", "toYear", years.to() == null ? null : years.to().shortValue());
    }

    /** {@code condition}, which names the parameter {@code :name}, when the value is given. */
    public Conditions and(String condition, String name, Object value) {
        if (value != null) {
            clause.append(" and ").append(condition);
            parameters.put(name, value);
        }
        return this;
    }

    /** {@code path} starts with {@code prefix}, when given (a division code, a catalogue code). */
    public Conditions startsWith(String path, String name, String prefix) {
        return and(path + " like :" + name, name, prefix == null ? null : prefix + "%");
    }

    /**
     * One of {@code paths} contains {@code fragment}, when given: case-insensitively, and with
     * {@code %}, {@code _} and {@code \} in the fragment taken as themselves.
     */
    public Conditions contains(String name, String fragment, String... paths) {
        if (fragment == null) {
            return this;
        }
        String escaped = fragment.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return and(Arrays.stream(paths).map(path -> "lower(" + path + ") like :" + name + " escape '\\'")
                .collect(Collectors.joining(" or ", "(", ")")), name, "%" + escaped + "%");
    }

    /**
     * Some row of {@code from} meets {@code inner}, when any of inner's filters was given; inner
     * starts with the condition that ties the subquery's row to this query's.
     */
    public Conditions exists(String from, Conditions inner) {
        if (!inner.parameters.isEmpty()) {
            clause.append(" and exists (select 1 from ").append(from).append(" where ").append(inner.clause).append(")");
            parameters.putAll(inner.parameters);
        }
        return this;
    }

    public String where() {
        return " where " + clause;
    }

    public <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    /**
     * One page of the rows and the number of all of them, both queries narrowed alike; or, for a
     * {@linkplain PageRequest#whole whole list}, every row handed on as it is read, and no count.
     */
    public <T> Page<T> page(TypedQuery<T> rows, TypedQuery<Long> count, PageRequest page) {
        if (page.isWhole()) {
            return Page.of(List.of(), page, stream(rows, page));
        }
        List<T> items = page(rows, page);
        return Page.of(items, page, count(count));
    }

    // Rows fetched from a server-side cursor (PostgreSQL's JDBC driver uses one inside a transaction
    // when a fetch size is set), this many at a time, so a whole list is never held in memory.
    private static final int FETCH_SIZE = 500;

    /** Every row of the query given to the request's consumer in the query's order; how many there were. */
    public <T> long stream(TypedQuery<T> query, PageRequest page) {
        long count = 0;
        try (Stream<T> rows = bind(query).setHint("org.hibernate.fetchSize", FETCH_SIZE)
                .setHint("org.hibernate.readOnly", true).getResultStream()) {
            for (T row : (Iterable<T>) rows::iterator) {
                page.rows().accept(row);
                count++;
            }
        }
        return count;
    }

    /** The query bound and run for one page. */
    public <T> List<T> page(TypedQuery<T> query, PageRequest page) {
        return bind(query).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    /** A count query bound and run. */
    public long count(TypedQuery<Long> query) {
        return bind(query).getSingleResult();
    }
}
