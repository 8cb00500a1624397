package org.opendisclosure.gateway.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A request from a proxy in {@code quarkus.http.proxy.trusted-proxies} (the tests' come from 127.0.0.1): its forwarded address names the links. */
@QuarkusTest
@TestProfile(ForwardedByTrustedProxyTest.Proxy.class)
@WithTestResource(StubbedServices.class)
class ForwardedByTrustedProxyTest {

    public static class Proxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("suite.public-base-url", ProxyLinks.PUBLIC,
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.trusted-proxies", "127.0.0.1");
        }
    }

    @Test
    void theForwardedAddressNamesTheLinks() {
        assertThat(ProxyLinks.nextLink(2055)).startsWith("<https://portal.example.gov.cn/api/v1/fiscal-years/2055/disclosures?size=1&page=2>");
    }
}
