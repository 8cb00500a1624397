package org.opendisclosure.gateway.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import org.opendisclosure.gateway.config.GatewayConfig;
import org.opendisclosure.gateway.parts.Downstream;

/** {@link Downstream#ASSETS} with its own fault-tolerance policies (see {@link ServiceClient}). */
@Singleton
class AssetsService extends ServiceClient {

    AssetsService(GatewayConfig config, ObjectMapper objectMapper) {
        super(Downstream.ASSETS, config, objectMapper);
    }
}
