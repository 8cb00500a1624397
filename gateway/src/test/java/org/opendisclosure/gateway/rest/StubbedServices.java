package org.opendisclosure.gateway.rest;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.opendisclosure.testing.TestTokens;

/** One WireMock server standing in for all five services, so tests can make each of them fail. */
public class StubbedServices implements QuarkusTestResourceLifecycleManager {

    static WireMockServer server;

    @Override
    public Map<String, String> start() {
        TestTokens.installDefault();
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().gzipDisabled(true)
                .extensions(new RevisionedDocuments()));
        server.start();
        // Every whole write records itself with budget-service first: kept as it would keep it, for every test's departments.
        server.stubFor(WireMock.any(WireMock.urlPathMatching("/api/v1/departments/[^/]+/disclosure-writes/\\d{4}")).atPriority(10)
                .willReturn(WireMock.aResponse().withTransformers(RevisionedDocuments.NAME)));
        // documents-service keeps every import's document and records the import, as it would answer.
        server.stubFor(WireMock.put(WireMock.urlPathMatching("/api/v1/sources/[0-9a-f]{64}")).atPriority(10)
                .willReturn(WireMock.aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"sha256\":\"0000000000000000000000000000000000000000000000000000000000000000\","
                                + "\"mediaType\":\"text/plain;charset=UTF-8\",\"size\":1,"
                                + "\"firstReceivedAt\":\"2026-01-01T00:00:00Z\",\"content\":\"/api/v1/sources/0\"}")));
        server.stubFor(WireMock.put(WireMock.urlPathMatching("/api/v1/imports/[0-9a-f-]{36}")).atPriority(10)
                .willReturn(WireMock.aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("{}")));
        String url = server.baseUrl();
        return Map.of(
                "gateway.services.budget", url,
                "gateway.services.performance", url,
                "gateway.services.procurement", url,
                "gateway.services.assets", url,
                "gateway.services.documents", url);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
