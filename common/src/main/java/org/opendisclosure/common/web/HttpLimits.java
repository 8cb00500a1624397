package org.opendisclosure.common.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "suite.http")
public interface HttpLimits {

    /** Largest request body accepted; larger ones get 413 before anything is read. */
    @WithDefault("1M")
    MemorySize maxBodySize();
}
