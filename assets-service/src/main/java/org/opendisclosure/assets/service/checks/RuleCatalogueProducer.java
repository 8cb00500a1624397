package org.opendisclosure.assets.service.checks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.opendisclosure.common.consistency.RuleCatalogue;

/** What common's GET /api/v1/rules serves for this service. */
@ApplicationScoped
class RuleCatalogueProducer {

    @Produces
    @Singleton
    RuleCatalogue catalogue() {
        return new RuleCatalogue(AssetsRules.CATALOGUE);
    }
}
