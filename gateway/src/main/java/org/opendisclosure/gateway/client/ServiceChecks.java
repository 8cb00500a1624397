package org.opendisclosure.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.opendisclosure.gateway.config.GatewayConfig;

/**
 * The services' consistency checks as the gateway asks for them. A service that is down, slow or
 * erroring makes its findings unavailable (with the reason), never the whole answer. Checks are
 * read-only, so a failed one is retried once. There is no circuit breaker here: one breaker per
 * method would be shared by the four services, and one failing service would silence the others;
 * the reads of the composed disclosure (one breaker per service) already shed load from a failing one.
 */
@ApplicationScoped
public class ServiceChecks {

    /** The services that own checked parts, with their path segment. */
    public enum Checked {
        BUDGET("budget-service", "budgets"),
        PERFORMANCE("performance-service", "performance"),
        PROCUREMENT("procurement-service", "procurement"),
        ASSETS("assets-service", "assets");

        private final String service;
        private final String segment;

        Checked(String service, String segment) {
            this.service = service;
            this.segment = segment;
        }

        public String service() {
            return service;
        }
    }

    private static final long TIMEOUT_MS = 3000;

    private final Map<Checked, ChecksApi> clients = new EnumMap<>(Checked.class);
    private final ObjectMapper objectMapper;

    public ServiceChecks(GatewayConfig config, ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
        GatewayConfig.Services s = config.services();
        clients.put(Checked.BUDGET, client(s.budget()));
        clients.put(Checked.PERFORMANCE, client(s.performance()));
        clients.put(Checked.PROCUREMENT, client(s.procurement()));
        clients.put(Checked.ASSETS, client(s.assets()));
    }

    private static ChecksApi client(URI origin) {
        return QuarkusRestClientBuilder.newBuilder().baseUri(origin)
                .connectTimeout(1, TimeUnit.SECONDS).readTimeout(TIMEOUT_MS, TimeUnit.MILLISECONDS)
                .build(ChecksApi.class);
    }

    /** The service's rule catalogue. */
    @Timeout(TIMEOUT_MS)
    @Retry(maxRetries = 1, delay = 50)
    public Fetched rules(Checked checked) {
        return read(checked, () -> clients.get(checked).rules());
    }

    /** The findings of the service's stored part; absent when the part is not published. */
    @Timeout(TIMEOUT_MS)
    @Retry(maxRetries = 1, delay = 50)
    public Fetched findings(Checked checked, String departmentId, int year, BigDecimal tolerance) {
        return read(checked, () -> clients.get(checked).findings(departmentId, checked.segment, year, tolerance.toPlainString()));
    }

    /** The findings of a document the service has not stored (an import's dry run). */
    @Timeout(TIMEOUT_MS)
    @Retry(maxRetries = 1, delay = 50)
    public Fetched check(Checked checked, String departmentId, int year, BigDecimal tolerance, JsonNode document) {
        return read(checked, () -> clients.get(checked).check(departmentId, checked.segment, year, tolerance.toPlainString(), document));
    }

    /** Never throws: whatever went wrong is the answer "unavailable", with why. */
    public Fetched orUnavailable(Checked checked, Supplier<Fetched> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            return Fetched.unavailable(checked.service, UnavailableFallback.reason(checked.service, e));
        }
    }

    private Fetched read(Checked checked, Supplier<Response> call) {
        return Fetched.read(checked.service, " to a consistency check", call, objectMapper);
    }
}
