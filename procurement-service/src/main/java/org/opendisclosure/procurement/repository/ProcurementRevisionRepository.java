package org.opendisclosure.procurement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.opendisclosure.common.web.PageRequest;

@ApplicationScoped
public class ProcurementRevisionRepository implements PanacheRepository<ProcurementRevisionEntity> {

    public Optional<ProcurementRevisionEntity> find(ProcurementEntity procurement, int revision) {
        return find("procurement = ?1 and revision = ?2", procurement, revision).firstResultOptional();
    }

    public List<ProcurementRevisionEntity> page(ProcurementEntity procurement, PageRequest page) {
        return find("procurement", Sort.descending("revision"), procurement)
                .page(io.quarkus.panache.common.Page.of(page.page() - 1, page.size())).list();
    }
}
