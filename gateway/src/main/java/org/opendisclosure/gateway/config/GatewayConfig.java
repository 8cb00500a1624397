package org.opendisclosure.gateway.config;

import io.smallrye.config.ConfigMapping;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Base URLs of the four services. */
    Services services();

    PassThrough passThrough();

    Cache cache();

    Cors cors();

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

    interface Services {
        URI budget();

        URI performance();

        URI procurement();

        URI assets();
    }

    interface PassThrough {
        /** A service's own endpoint reached through the gateway is given up after this long (503). */
        Duration timeout();
    }
}
