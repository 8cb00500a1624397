package org.opendisclosure.documents.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How bulk imports are run. */
@ConfigMapping(prefix = "documents.jobs")
public interface JobSettings {

    /** The gateway whose import endpoint reads and stores each document (DOCUMENTS_JOBS_GATEWAY_URL). */
    @WithDefault("http://localhost:8080")
    String gatewayUrl();

    /** Documents imported at once by this instance; 0 runs no importer here (another instance does). */
    @WithDefault("2")
    int workers();

    /** How long a document taken stays this importer's: one that died is taken up again after it. */
    @WithDefault("90S")
    Duration lease();

    /** How long one import may take before it is given up (and tried again); shorter than the lease. */
    @WithDefault("60S")
    Duration timeout();

    /** Tries of a document whose import a service was briefly unable to answer, before it is failed. */
    @WithDefault("6")
    int attempts();

    /** Longest an idle importer waits before it looks for documents again (another instance's, a lease run out). */
    @WithDefault("10S")
    Duration idle();
}
