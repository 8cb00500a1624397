package org.opendisclosure.gateway.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Forwarding on, but the request does not come from a listed proxy: its forwarded headers are anyone's and the links name the public address. */
@QuarkusTest
@TestProfile(ForwardedByUnlistedProxyTest.Proxy.class)
@WithTestResource(StubbedServices.class)
class ForwardedByUnlistedProxyTest {

    public static class Proxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("suite.public-base-url", ProxyLinks.PUBLIC,
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.trusted-proxies", "192.0.2.10");
        }
    }

    @Test
    void theForwardedAddressIsIgnored() {
        assertThat(ProxyLinks.nextLink(2056)).startsWith("<" + ProxyLinks.PUBLIC + "/api/v1/fiscal-years/2056/disclosures?size=1&page=2>");
    }
}
