package org.opendisclosure.runner;

import java.util.List;

/**
 * A module of the suite as the runner starts it: its own database (none for the gateway) and its
 * port (the local run's; {@link Suite.Ports} may choose others). Services start in this order; the
 * gateway, which reads them all, comes last.
 */
record ServiceSpec(String name, String module, String database, int port) {

    static final List<ServiceSpec> ALL = List.of(
            new ServiceSpec("budget-service", "budget-service", "budget", 8081),
            new ServiceSpec("performance-service", "performance-service", "performance", 8082),
            new ServiceSpec("procurement-service", "procurement-service", "procurement", 8083),
            new ServiceSpec("assets-service", "assets-service", "assets", 8084),
            new ServiceSpec("documents-service", "documents-service", "documents", 8085),
            new ServiceSpec("gateway", "gateway", null, 8080));

    /** The same module on another port (a suite started on free ports). */
    ServiceSpec withPort(int otherPort) {
        return new ServiceSpec(name, module, database, otherPort);
    }

    boolean hasDatabase() {
        return database != null;
    }

    boolean isGateway() {
        return database == null;
    }
}
