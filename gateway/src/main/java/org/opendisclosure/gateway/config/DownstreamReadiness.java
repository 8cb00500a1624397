package org.opendisclosure.gateway.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The gateway serves whatever parts it can, so it is ready while at least one service is; the
 * check's data says which services are ready, for whoever watches the suite.
 */
@Readiness
@ApplicationScoped
public class DownstreamReadiness implements HealthCheck {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
    private final GatewayConfig config;

    public DownstreamReadiness(GatewayConfig config) {
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        Map<String, URI> services = new LinkedHashMap<>();
        services.put("budget-service", config.services().budget());
        services.put("performance-service", config.services().performance());
        services.put("procurement-service", config.services().procurement());
        services.put("assets-service", config.services().assets());
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Services behind the gateway");
        boolean any = false;
        for (Map.Entry<String, URI> service : services.entrySet()) {
            boolean ready = ready(service.getValue());
            any |= ready;
            response.withData(service.getKey(), ready ? "UP" : "DOWN");
        }
        return response.status(any).build();
    }

    private boolean ready(URI base) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/q/health/ready")).timeout(Duration.ofMillis(800)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
