package org.opendisclosure.performance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.opendisclosure.common.web.PageRequest;

@ApplicationScoped
public class PerformanceRevisionRepository implements PanacheRepository<PerformanceRevisionEntity> {

    public Optional<PerformanceRevisionEntity> find(PerformanceEntity performance, int revision) {
        return find("performance = ?1 and revision = ?2", performance, revision).firstResultOptional();
    }

    public List<PerformanceRevisionEntity> page(PerformanceEntity performance, PageRequest page) {
        return find("performance", Sort.descending("revision"), performance)
                .page(io.quarkus.panache.common.Page.of(page.page() - 1, page.size())).list();
    }
}
