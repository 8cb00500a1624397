package org.opendisclosure.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.opendisclosure.gateway.parts.Downstream;

@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Base URLs of services by {@link Downstream#key()}, where given as gateway.services.<key> (tests do). */
    Map<String, URI> services();

    /**
     * Where a service is: {@code gateway.services.<key>}, else the environment's {@code <KEY>_SERVICE_URL}
     * (as containers and the local runner set it), else this machine at the service's local port.
     */
    default URI url(Downstream downstream) {
        URI given = services().get(downstream.key());
        if (given != null) {
            return given;
        }
        return ConfigProvider.getConfig().getOptionalValue(downstream.urlVariable(), URI.class)
                .orElse(URI.create("http://localhost:" + downstream.localPort()));
    }

    PassThrough passThrough();

    Cache cache();

    Cors cors();

    FindingsSummary findingsSummary();

    interface FindingsSummary {
        /** How many year summaries may be computed at once; a request beyond them is a 503 at once, not a queue. */
        @WithDefault("2")
        int concurrent();

        /** How long one may take before it is given up as a 503, rather than holding threads without bound. */
        @WithDefault("PT30S")
        Duration deadline();
    }

    interface Cors {
        /**
         * Browser origins allowed to write (e.g. an editing portal, https://budget.example.gov.cn).
         * Reads are open to any origin; with none configured, no browser page may write.
         */
        Optional<List<String>> writeOrigins();
    }

    interface Cache {
        /**
         * How long a composed disclosure is served from memory: the longest a write made to a
         * service directly stays invisible through the gateway (writes through it show at once).
         */
        Duration maxAge();
    }

    interface PassThrough {
        /** A service's own endpoint reached through the gateway is given up after this long (503). */
        Duration timeout();
    }
}
