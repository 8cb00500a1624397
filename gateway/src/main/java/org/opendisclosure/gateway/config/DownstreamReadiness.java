package org.opendisclosure.gateway.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;
import org.opendisclosure.gateway.client.Services;
import org.opendisclosure.gateway.parts.Downstream;

/**
 * The gateway serves whatever parts it can, so it is ready while at least one service is; the
 * check's data says which services are ready, for whoever watches the suite. The log says when a
 * service stops or starts being ready, once each time, rather than every answer that is down
 * (SmallRye Health's own line, which a supervisor polling at start-up would repeat many times).
 */
@Readiness
@ApplicationScoped
public class DownstreamReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DownstreamReadiness.class);

    private final Services services;
    private final ManagedExecutor executor;
    private final Map<Downstream, Boolean> last = new ConcurrentHashMap<>();

    public DownstreamReadiness(Services services, ManagedExecutor executor) {
        this.services = services;
        this.executor = executor;
    }

    @Override
    public HealthCheckResponse call() {
        Map<Downstream, CompletableFuture<Boolean>> asked = Arrays.stream(Downstream.values()).collect(Collectors.toMap(
                Function.identity(), downstream -> executor.supplyAsync(() -> services.ready(downstream))));
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Services behind the gateway");
        boolean any = false;
        for (Downstream downstream : Downstream.values()) {
            boolean ready = asked.get(downstream).join();
            any |= ready;
            boolean before = Boolean.TRUE.equals(last.put(downstream, ready));
            if (before != ready) {
                LOG.infof("%s is %s", downstream.service(), ready ? "ready" : "not ready");
            }
            response.withData(downstream.service(), ready ? "UP" : "DOWN");
        }
        return response.status(any).build();
    }
}
