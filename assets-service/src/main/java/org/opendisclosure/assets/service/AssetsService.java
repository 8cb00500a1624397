package org.opendisclosure.assets.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.opendisclosure.assets.mapping.AssetsMapper;
import org.opendisclosure.assets.model.AssetsAreaRow;
import org.opendisclosure.assets.model.AssetsDocument;
import org.opendisclosure.assets.model.AssetsOverviewRow;
import org.opendisclosure.assets.model.AssetsView;
import org.opendisclosure.assets.repository.AssetsEntity;
import org.opendisclosure.assets.repository.AssetsRepository.OverviewFilter;
import org.opendisclosure.assets.repository.AssetsRepository;
import org.opendisclosure.assets.repository.AssetsRevisionEntity;
import org.opendisclosure.assets.service.checks.AssetsRules;
import org.opendisclosure.common.consistency.Findings;
import org.opendisclosure.common.id.FiscalYear;
import org.opendisclosure.common.problem.Problem;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.common.web.AreaParams.AreaQuery;
import org.opendisclosure.common.web.Page;
import org.opendisclosure.common.web.PageRequest;
import org.opendisclosure.common.web.YearRange;
import org.opendisclosure.store.ContentHash;
import org.opendisclosure.store.DepartmentYearStore;
import org.opendisclosure.store.PartKey;
import org.opendisclosure.store.PartMapping;

/**
 * Part 七 of every department and fiscal year, stored exactly as given. Any well-formed department
 * is accepted: departments are budget-service's, and this service neither calls it nor reads its
 * database. Figures that do not add up are stored as published: that is a finding, not an input
 * error.
 */
@ApplicationScoped
@Transactional
public class AssetsService extends DepartmentYearStore<AssetsDocument, AssetsView, AssetsEntity, AssetsRevisionEntity> {

    /** Figures are as of a year end before the fiscal year at the earliest, so one year before the first. */
    static final LocalDate EARLIEST_AS_OF = LocalDate.of(FiscalYear.MIN - 1, 1, 1);
    static final LocalDate LATEST_AS_OF = LocalDate.of(FiscalYear.MAX, 12, 31);

    private final AssetsRepository assets;

    public AssetsService(EntityManager entityManager, ContentHash hashes, AssetsRepository assets) {
        super(entityManager, hashes, AssetsEntity.class, AssetsRevisionEntity.class, "assets",
                new PartMapping<>(AssetsMapper::fill, AssetsMapper::document, AssetsMapper::view));
        this.assets = assets;
    }

    @Override
    protected void check(PartKey key, AssetsDocument document, Findings findings) {
        AssetsRules.check(document, findings);
    }

    public Page<AssetsOverviewRow> overview(int fiscalYear, OverviewFilter filter, String sort, PageRequest page) {
        return assets.overview(fiscalYear, filter, sort, page);
    }

    /**
     * "None" must agree with the items, so that "no plan" is always said explicitly and never
     * inferred from an empty list; and the as-of date must be a plausible one for the suite's
     * fiscal years.
     */
    @Override
    protected void validate(AssetsDocument document) {
        List<Problem.FieldError> errors = new ArrayList<>();
        LocalDate asOf = document.asOf();
        if (asOf.isBefore(EARLIEST_AS_OF) || asOf.isAfter(LATEST_AS_OF)) {
            errors.add(new Problem.FieldError("asOf", "must be a date from " + EARLIEST_AS_OF + " to " + LATEST_AS_OF
                    + ", was " + asOf));
        }
        AssetsDocument.PlannedPurchases planned = document.plannedPurchases();
        if (planned.none() && !planned.items().isEmpty()) {
            errors.add(new Problem.FieldError("plannedPurchases.items",
                    "must be empty when none is true (the department states it plans no purchase)"));
        }
        if (!planned.none() && planned.items().isEmpty()) {
            errors.add(new Problem.FieldError("plannedPurchases.items",
                    "must list at least one planned purchase when none is false; set none to true for 无拟购计划"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    public Page<AssetsAreaRow> areas(YearRange years, AreaQuery area, PageRequest page) {
        return assets.areas(years, area, page);
    }
}
