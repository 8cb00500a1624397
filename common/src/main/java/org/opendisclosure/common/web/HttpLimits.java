package org.opendisclosure.common.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "suite.http")
public interface HttpLimits {

    /** Largest request body accepted; larger ones get 413 before anything is read. */
    @WithDefault("1M")
    MemorySize maxBodySize();

    /** Longest request URI (path and query) accepted; a longer one gets 414. */
    @WithDefault("8192")
    int maxUriLength();

    /** Largest header block accepted (names and values as sent); a larger one gets 431. */
    @WithDefault("20K")
    MemorySize maxHeaderSize();

    /**
     * Requests answered at once before more are turned away with 503 and Retry-After; well above
     * what the worker and connection pools serve, so it bounds a burst, not ordinary load.
     */
    @WithDefault("256")
    int maxConcurrentRequests();
}
