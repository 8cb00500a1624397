package org.opendisclosure.runner;

import java.nio.file.Path;

/**
 * Runs the whole suite locally: one embedded PostgreSQL whose cluster lives in {@code .data/}
 * (kept across runs), one database per service, every packaged service as a child process.
 * Imports the reference document (the published disclosure in sample-data) into an empty database. Ctrl-C stops the services, then PostgreSQL.
 * <p>
 * For scripts (the benchmark), two system properties move it out of the way of a local run:
 * {@code -Dsuite.data-dir=DIR} keeps PostgreSQL's cluster in DIR instead of {@code .data/postgres},
 * and {@code -Dsuite.ports=free} puts PostgreSQL and every service on free ports (printed below)
 * instead of 8080–8084 and {@code SUITE_POSTGRES_PORT}.
 */
public final class SuiteRunner {

    private SuiteRunner() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("suite.root", ".")).toAbsolutePath().normalize();
        int port = Integer.parseInt(System.getenv().getOrDefault("SUITE_POSTGRES_PORT", "54329"));
        Path dataDirectory = System.getProperty("suite.data-dir") != null
                ? Path.of(System.getProperty("suite.data-dir")) : root.resolve(".data/postgres");
        Suite.Ports ports = "free".equals(System.getProperty("suite.ports")) ? Suite.Ports.free() : Suite.Ports.standard(port);
        Suite suite = new Suite(root, dataDirectory, ports);
        Runtime.getRuntime().addShutdownHook(new Thread(suite::close, "suite-shutdown"));
        try {
            suite.start();
            suite.importReferenceIfEmpty();
        } catch (Exception e) {
            System.err.println("[suite] could not start: " + e.getMessage());
            System.exit(1);
        }
        printUrls(suite);
        suite.awaitExit();
    }

    private static void printUrls(Suite suite) {
        log("");
        log("The suite is running. Ctrl-C stops it.");
        String gateway = suite.gatewayUrl();
        log(String.format("  %-20s %s   <- the public entry point (API docs %s/q/swagger-ui)", "gateway", gateway, gateway));
        log(String.format("  %-20s %s/api/v1/disclosures/" + ReferenceDocument.DEPARTMENT + "/" + ReferenceDocument.YEAR, "reference disclosure", gateway));
        for (String service : suite.services()) {
            if (!service.equals(Suite.GATEWAY)) {
                String url = suite.url(service);
                log(String.format("  %-20s %s   (API docs %s/q/swagger-ui, OpenAPI %s/q/openapi)", service, url, url, url));
            }
        }
        log(String.format("  %-20s jdbc:postgresql://localhost:%d/<service database>  (user postgres, password postgres)",
                "PostgreSQL", suite.ports().postgres()));
    }

    static void log(String message) {
        System.out.println("[suite] " + message);
    }
}
