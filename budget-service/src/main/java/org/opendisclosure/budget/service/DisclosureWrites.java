package org.opendisclosure.budget.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.opendisclosure.budget.model.DisclosureWrite;
import org.opendisclosure.common.id.DepartmentId;
import org.opendisclosure.common.problem.ProblemException;

/**
 * The record of each department-year's last whole-disclosure write. The gateway starts it before
 * it stores the first part and completes it once every part is stored; a write that stopped half
 * way leaves it started, and the disclosure reads as incomplete until the write is sent again.
 */
@ApplicationScoped
@Transactional
public class DisclosureWrites {

    private static final Logger LOG = Logger.getLogger(DisclosureWrites.class);
    private static final String COLUMNS = "department_id, fiscal_year, write_id, parts, written_by, started_at, completed_at";

    private final EntityManager entityManager;

    public DisclosureWrites(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public DisclosureWrite get(DepartmentId department, int year) {
        return find(department, year).orElseThrow(() -> ProblemException.notFound(
                "No whole-disclosure write of department " + department + " for " + year + " is recorded"));
    }

    /**
     * Starts the record of a write, in place of the last one: whatever became of that one or,
     * when exclusive, only if it completed or its lease ran out (409 otherwise), so that two
     * writers on the same condition cannot both go on.
     */
    public DisclosureWrite start(DepartmentId department, int year, UUID writeId, List<String> parts, String writtenBy,
                                 boolean exclusive) {
        int started = entityManager.createNativeQuery("""
                        insert into disclosure_write (department_id, fiscal_year, write_id, parts, written_by, started_at, completed_at)
                        values (?1, ?2, ?3, ?4, ?5, clock_timestamp(), null)
                        on conflict (department_id, fiscal_year) do update
                        set write_id = excluded.write_id, parts = excluded.parts, written_by = excluded.written_by,
                            started_at = excluded.started_at, completed_at = null
                        where not ?6 or disclosure_write.completed_at is not null
                           or disclosure_write.started_at < clock_timestamp() - make_interval(secs => ?7)""")
                .setParameter(1, department.toString()).setParameter(2, (short) year).setParameter(3, writeId)
                .setParameter(4, parts.toArray(String[]::new)).setParameter(5, writtenBy)
                .setParameter(6, exclusive).setParameter(7, DisclosureWrite.LEASE_SECONDS)
                .executeUpdate();
        if (started == 0) {
            DisclosureWrite other = get(department, year);
            throw ProblemException.conflict("Another whole write of department " + department + " for " + year + " ("
                    + other.writeId() + ", started " + other.startedAt() + ") is under way; try again once it completed");
        }
        LOG.infof("Whole write %s of department %s for %d started by %s: %s", writeId, department, year, writtenBy, parts);
        return get(department, year);
    }

    /**
     * Completes the record of this write. A write started since in its place is not completed by
     * an earlier one: 409, and the record stays as the later write left it.
     */
    public DisclosureWrite complete(DepartmentId department, int year, UUID writeId) {
        DisclosureWrite current = get(department, year);
        if (!current.writeId().equals(writeId)) {
            throw ProblemException.conflict("Write " + writeId + " of department " + department + " for " + year
                    + " is not the last one started (" + current.writeId() + "); the record stays as that one left it");
        }
        entityManager.createNativeQuery("""
                        update disclosure_write set completed_at = coalesce(completed_at, now())
                        where department_id = ?1 and fiscal_year = ?2 and write_id = ?3""")
                .setParameter(1, department.toString()).setParameter(2, (short) year).setParameter(3, writeId)
                .executeUpdate();
        LOG.infof("Whole write %s of department %s for %d completed", writeId, department, year);
        return get(department, year);
    }

    private Optional<DisclosureWrite> find(DepartmentId department, int year) {
        List<?> rows = entityManager.createNativeQuery("select " + COLUMNS
                        + " from disclosure_write where department_id = ?1 and fiscal_year = ?2", Tuple.class)
                .setParameter(1, department.toString()).setParameter(2, (short) year)
                .getResultList();
        return rows.stream().map(Tuple.class::cast).findFirst().map(DisclosureWrites::toWrite);
    }

    private static DisclosureWrite toWrite(Tuple row) {
        OffsetDateTime completed = utc(row.get("completed_at", Instant.class));
        return new DisclosureWrite(row.get("department_id", String.class), ((Number) row.get("fiscal_year")).intValue(),
                row.get("write_id", UUID.class), completed == null ? DisclosureWrite.STARTED : DisclosureWrite.COMPLETED,
                Arrays.asList(row.get("parts", String[].class)), row.get("written_by", String.class),
                utc(row.get("started_at", Instant.class)), completed);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
