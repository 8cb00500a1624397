package org.opendisclosure.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.opendisclosure.common.consistency.Finding;
import org.opendisclosure.common.consistency.FindingsReport;
import org.opendisclosure.common.consistency.RuleCatalogue;
import org.opendisclosure.common.id.DepartmentId;
import org.opendisclosure.common.web.Page;
import org.opendisclosure.common.web.PageRequest;

/**
 * The findings of every part's current revision at the default tolerance, in the service's
 * {@code kept_findings} table: one row per part, department and year, written in the transaction
 * of the revision it was computed from, so that a year's counts are one grouped query and never
 * older than the data. Each row names the revision and the version of the rules (a hash of the
 * service's catalogue) it was computed with; rows of another version are computed again at start.
 */
@ApplicationScoped
public class KeptFindings {

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final String rulesVersion;
    private final AtomicBoolean current = new AtomicBoolean();

    public KeptFindings(EntityManager entityManager, ObjectMapper objectMapper, ContentHash hashes, RuleCatalogue catalogue) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.rulesVersion = hashes.of(catalogue);
    }

    /** The hash of the rule catalogue the kept findings are computed with. */
    public String rulesVersion() {
        return rulesVersion;
    }

    /** Whether every current revision's findings are kept with the present rules (false while start-up computes them). */
    public boolean current() {
        return current.get();
    }

    void markCurrent() {
        current.set(true);
    }

    /** Keeps a part's findings of a department-year, replacing what was kept of it; inside the write's transaction. */
    void keep(String part, PartKey key, int revision, FindingsReport report) {
        String findings = json(report.findings());
        entityManager.createNativeQuery("""
                        insert into kept_findings (part, division_code, department_code, fiscal_year, revision, rules_version,
                                                   error, warning, info, findings)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, cast(?10 as jsonb))
                        on conflict (part, division_code, department_code, fiscal_year) do update
                        set revision = excluded.revision, rules_version = excluded.rules_version, error = excluded.error,
                            warning = excluded.warning, info = excluded.info, findings = excluded.findings""")
                .setParameter(1, part)
                .setParameter(2, key.department().divisionCode())
                .setParameter(3, key.department().code())
                .setParameter(4, (short) key.fiscalYear())
                .setParameter(5, revision)
                .setParameter(6, rulesVersion)
                .setParameter(7, report.counts().error())
                .setParameter(8, report.counts().warning())
                .setParameter(9, report.counts().info())
                .setParameter(10, findings)
                .executeUpdate();
    }

    /** How many department-years of one part have findings kept under the present rules. */
    long keptCount(String part) {
        return ((Number) entityManager.createNativeQuery("select count(*) from kept_findings where part = ?1 and rules_version = ?2")
                .setParameter(1, part)
                .setParameter(2, rulesVersion)
                .getSingleResult()).longValue();
    }

    /** Findings as a jsonb column of kept findings takes them (budget-service keeps those across parts so too). */
    public String json(List<Finding> findings) {
        try {
            return objectMapper.writeValueAsString(findings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("findings could not be written as JSON", e);
        }
    }

    /** Of one part, the revision whose findings are kept with the present rules, by department-year. */
    Map<PartKey, Integer> keptRevisions(String part) {
        Map<PartKey, Integer> kept = new HashMap<>();
        List<?> rows = entityManager.createNativeQuery("""
                        select division_code, department_code, fiscal_year, revision from kept_findings
                        where part = ?1 and rules_version = ?2""")
                .setParameter(1, part)
                .setParameter(2, rulesVersion)
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            kept.put(new PartKey(new DepartmentId((String) columns[0], (String) columns[1]), ((Number) columns[2]).intValue()),
                    ((Number) columns[3]).intValue());
        }
        return kept;
    }

    /**
     * A year's kept counts, one row per department (every part it has summed), ordered by department;
     * of one department only when {@code department} is given.
     */
    public Page<KeptCounts> counts(int year, DepartmentId department, PageRequest page) {
        String where = department == null ? "fiscal_year = :year"
                : "fiscal_year = :year and division_code = :division and department_code = :code";
        var query = entityManager.createNativeQuery("select division_code, department_code, sum(error), sum(warning), sum(info), "
                        + "string_agg(part || ':' || revision, ' ' order by part) from kept_findings where " + where
                        + " group by division_code, department_code order by division_code, department_code offset :offset limit :limit")
                .setParameter("year", (short) year)
                .setParameter("offset", page.offset())
                .setParameter("limit", page.size());
        var total = entityManager.createNativeQuery("select count(*) from (select 1 from kept_findings where " + where
                        + " group by division_code, department_code) departments")
                .setParameter("year", (short) year);
        if (department != null) {
            query.setParameter("division", department.divisionCode()).setParameter("code", department.code());
            total.setParameter("division", department.divisionCode()).setParameter("code", department.code());
        }
        List<KeptCounts> items = ((List<?>) query.getResultList()).stream().map(row -> {
            Object[] columns = (Object[]) row;
            return new KeptCounts(new DepartmentId((String) columns[0], (String) columns[1]).toString(),
                    ((Number) columns[2]).intValue(), ((Number) columns[3]).intValue(), ((Number) columns[4]).intValue(),
                    (String) columns[5]);
        }).toList();
        return Page.of(items, page, ((Number) total.getSingleResult()).longValue());
    }
}
