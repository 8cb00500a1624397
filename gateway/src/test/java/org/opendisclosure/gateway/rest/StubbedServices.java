package org.opendisclosure.gateway.rest;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.opendisclosure.testing.TestTokens;

/** One WireMock server standing in for all four services, so tests can make each of them fail. */
public class StubbedServices implements QuarkusTestResourceLifecycleManager {

    static WireMockServer server;

    @Override
    public Map<String, String> start() {
        TestTokens.installDefault();
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().gzipDisabled(true)
                .extensions(new RevisionedDocuments()));
        server.start();
        String url = server.baseUrl();
        return Map.of(
                "gateway.services.budget", url,
                "gateway.services.performance", url,
                "gateway.services.procurement", url,
                "gateway.services.assets", url);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
