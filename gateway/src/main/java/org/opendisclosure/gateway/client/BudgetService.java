package org.opendisclosure.gateway.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import org.opendisclosure.gateway.config.GatewayConfig;
import org.opendisclosure.gateway.parts.Downstream;

/** {@link Downstream#BUDGET} with its own fault-tolerance policies (see {@link ServiceClient}). */
@Singleton
class BudgetService extends ServiceClient {

    BudgetService(GatewayConfig config, ObjectMapper objectMapper) {
        super(Downstream.BUDGET, config, objectMapper);
    }
}
