package org.opendisclosure.documents.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ImportRepository implements PanacheRepositoryBase<ImportEntity, UUID> {

    private static final Sort NEWEST_FIRST = Sort.descending("receivedAt", "id");

    /** A department-year's imports, newest first. */
    public PanacheQuery<ImportEntity> ofDisclosure(String departmentId, int year) {
        return find("departmentId = ?1 and fiscalYear = ?2", NEWEST_FIRST, departmentId, year);
    }

    public Optional<ImportEntity> latest(String departmentId, int year) {
        return ofDisclosure(departmentId, year).firstResultOptional();
    }

    /** Makes writers of the same import id wait for each other until the end of the transaction. */
    public void lock(UUID id) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:id, 0))")
                .setParameter("id", id.toString()).getSingleResult();
    }
}
