package org.opendisclosure.runner;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * @param baseUrl  where it answers on this machine
 * @param training whether it writes its AOT cache as it exits ({@link ServiceJava})
 */
record RunningService(ServiceSpec spec, Process process, String baseUrl, boolean training) {

    /** Short: a poll costs the starting service next to nothing, and every wait for it adds to the suite's start. */
    private static final Duration POLL = Duration.ofMillis(100);
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** Waits until the service's readiness check (which includes its database) answers UP. */
    void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready")).timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(spec.name() + " exited during start-up with status " + process.exitValue());
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    SuiteRunner.log(spec.name() + " is ready at " + baseUrl());
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(POLL.toMillis());
        }
        throw new IllegalStateException(spec.name() + " was not ready within " + timeout.toSeconds() + " s");
    }
}
