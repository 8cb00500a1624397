package org.opendisclosure.budget.service.checks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.stream.Stream;
import org.opendisclosure.common.consistency.RuleCatalogue;

/** What common's GET /api/v1/rules serves for this service. */
@ApplicationScoped
class RuleCatalogueProducer {

    @Produces
    @Singleton
    RuleCatalogue catalogue() {
        // The year-on-year findings come after those of the document itself.
        return new RuleCatalogue(Stream.concat(BudgetRules.CATALOGUE.stream(), YearOnYearRules.CATALOGUE.stream()).toList());
    }
}
