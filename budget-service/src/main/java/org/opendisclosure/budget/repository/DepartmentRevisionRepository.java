package org.opendisclosure.budget.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.opendisclosure.common.web.PageRequest;

@ApplicationScoped
public class DepartmentRevisionRepository implements PanacheRepository<DepartmentRevisionEntity> {

    public Optional<DepartmentRevisionEntity> find(DepartmentEntity department, int revision) {
        return find("department = ?1 and revision = ?2", department, revision).firstResultOptional();
    }

    public List<DepartmentRevisionEntity> page(DepartmentEntity department, PageRequest page) {
        return find("department", Sort.descending("revision"), department)
                .page(io.quarkus.panache.common.Page.of(page.page() - 1, page.size())).list();
    }
}
