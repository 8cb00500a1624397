package org.opendisclosure.gateway.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import org.opendisclosure.gateway.config.GatewayConfig;
import org.opendisclosure.gateway.parts.Downstream;

/** {@link Downstream#PERFORMANCE} with its own fault-tolerance policies (see {@link ServiceClient}). */
@Singleton
class PerformanceService extends ServiceClient {

    PerformanceService(GatewayConfig config, ObjectMapper objectMapper) {
        super(Downstream.PERFORMANCE, config, objectMapper);
    }
}
