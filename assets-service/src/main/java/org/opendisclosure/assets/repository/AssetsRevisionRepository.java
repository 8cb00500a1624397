package org.opendisclosure.assets.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.opendisclosure.common.web.PageRequest;

@ApplicationScoped
public class AssetsRevisionRepository implements PanacheRepository<AssetsRevisionEntity> {

    public Optional<AssetsRevisionEntity> find(AssetsEntity assets, int revision) {
        return find("assets = ?1 and revision = ?2", assets, revision).firstResultOptional();
    }

    public List<AssetsRevisionEntity> page(AssetsEntity assets, PageRequest page) {
        return find("assets", Sort.descending("revision"), assets)
                .page(io.quarkus.panache.common.Page.of(page.page() - 1, page.size())).list();
    }
}
