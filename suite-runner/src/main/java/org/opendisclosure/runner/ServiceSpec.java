package org.opendisclosure.runner;

import java.util.List;

/** A service of the suite as the runner starts it: its module, its own database, its port. */
record ServiceSpec(String name, String module, String database, int port) {

    static final List<ServiceSpec> ALL = List.of(
            new ServiceSpec("budget-service", "budget-service", "budget", 8081));
}
