package org.opendisclosure.budget.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.opendisclosure.budget.model.CrossPartCounts;
import org.opendisclosure.budget.model.CrossPartFindings;
import org.opendisclosure.budget.model.KeptCrossPartFindings;
import org.opendisclosure.common.consistency.Finding;
import org.opendisclosure.common.consistency.FindingsReport;
import org.opendisclosure.common.id.DepartmentId;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.common.web.Page;
import org.opendisclosure.common.web.PageRequest;
import org.opendisclosure.store.KeptFindings;

/** The findings across parts of each department-year, kept for the gateway (see {@link CrossPartFindings}). */
@ApplicationScoped
@Transactional
public class CrossPartFindingsStore {

    private static final TypeReference<List<Finding>> FINDINGS = new TypeReference<>() {
    };

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final KeptFindings keptFindings;

    public CrossPartFindingsStore(EntityManager entityManager, ObjectMapper objectMapper, KeptFindings keptFindings) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.keptFindings = keptFindings;
    }

    /** Replaces what is kept of the department-year. */
    public CrossPartCounts keep(DepartmentId department, int year, CrossPartFindings kept) {
        FindingsReport.Counts counts = FindingsReport.Counts.of(kept.findings());
        String findings = keptFindings.json(kept.findings());
        entityManager.createNativeQuery("""
                        insert into cross_part_findings (division_code, department_code, fiscal_year, fingerprint, error, warning,
                                                         info, findings, kept_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, cast(?8 as jsonb), now())
                        on conflict (fiscal_year, division_code, department_code) do update
                        set fingerprint = excluded.fingerprint, error = excluded.error, warning = excluded.warning,
                            info = excluded.info, findings = excluded.findings, kept_at = excluded.kept_at""")
                .setParameter(1, department.divisionCode())
                .setParameter(2, department.code())
                .setParameter(3, (short) year)
                .setParameter(4, kept.fingerprint())
                .setParameter(5, counts.error())
                .setParameter(6, counts.warning())
                .setParameter(7, counts.info())
                .setParameter(8, findings)
                .executeUpdate();
        return new CrossPartCounts(department.toString(), kept.fingerprint(), counts.error(), counts.warning(), counts.info());
    }

    /** What is kept of the department-year, or a 404. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public KeptCrossPartFindings get(DepartmentId department, int year) {
        List<?> rows = entityManager.createNativeQuery("""
                        select fingerprint, error, warning, info, cast(findings as text) from cross_part_findings
                        where fiscal_year = ?1 and division_code = ?2 and department_code = ?3""")
                .setParameter(1, (short) year)
                .setParameter(2, department.divisionCode())
                .setParameter(3, department.code())
                .getResultList();
        Object[] row = (Object[]) rows.stream().findFirst().orElseThrow(() -> ProblemException.notFound(
                "No findings across parts of department " + department + " for " + year + " are kept"));
        try {
            return new KeptCrossPartFindings(department.toString(), year, (String) row[0], ((Number) row[1]).intValue(),
                    ((Number) row[2]).intValue(), ((Number) row[3]).intValue(), objectMapper.readValue((String) row[4], FINDINGS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("kept findings could not be read back", e);
        }
    }

    /** A year's kept counts, one row per department, ordered by department. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CrossPartCounts> counts(int year, PageRequest page) {
        List<?> rows = entityManager.createNativeQuery("""
                        select division_code, department_code, fingerprint, error, warning, info from cross_part_findings
                        where fiscal_year = ?1 order by division_code, department_code offset ?2 limit ?3""")
                .setParameter(1, (short) year)
                .setParameter(2, page.offset())
                .setParameter(3, page.size())
                .getResultList();
        List<CrossPartCounts> items = rows.stream().map(row -> {
            Object[] columns = (Object[]) row;
            return new CrossPartCounts(new DepartmentId((String) columns[0], (String) columns[1]).toString(), (String) columns[2],
                    ((Number) columns[3]).intValue(), ((Number) columns[4]).intValue(), ((Number) columns[5]).intValue());
        }).toList();
        long total = ((Number) entityManager.createNativeQuery("select count(*) from cross_part_findings where fiscal_year = ?1")
                .setParameter(1, (short) year).getSingleResult()).longValue();
        return Page.of(items, page, total);
    }
}
