package org.opendisclosure.budget.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.opendisclosure.common.web.PageRequest;

@ApplicationScoped
public class BudgetRevisionRepository implements PanacheRepository<BudgetRevisionEntity> {

    public Optional<BudgetRevisionEntity> find(BudgetEntity budget, int revision) {
        return find("budget = ?1 and revision = ?2", budget, revision).firstResultOptional();
    }

    public List<BudgetRevisionEntity> page(BudgetEntity budget, PageRequest page) {
        return find("budget", Sort.descending("revision"), budget)
                .page(io.quarkus.panache.common.Page.of(page.page() - 1, page.size())).list();
    }
}
