package org.opendisclosure.gateway.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.opendisclosure.common.revision.DryRunnable;
import org.opendisclosure.common.web.Representations;
import org.opendisclosure.gateway.config.GatewayConfig;

/**
 * The services' write endpoints as the gateway uses them to store a whole disclosure, each
 * document as a JSON tree (never re-typed, so every figure keeps its digits). Policies are per
 * method, apart from the reads' ones, so failing writes do not stop reads and the other way round.
 * A write takes longer than a read (a new revision, a dry run's rollback), hence the longer
 * timeout. Re-sending the same document to a service is idempotent (it adds no revision), so a
 * write that failed on a 5xx or a broken connection is retried once; a slow one is not, since it
 * may still be running. Configurable with MicroProfile Fault Tolerance keys, e.g.
 * {@code org.opendisclosure.gateway.client.ServiceWrites/budget/Timeout/value=8000}.
 */
@ApplicationScoped
public class ServiceWrites {

    static final long TIMEOUT_MS = 5000;
    // The fault-tolerance timeout is the one that decides; this only stops a forgotten connection.
    private static final long CLIENT_READ_TIMEOUT_MS = TIMEOUT_MS + 1000;

    private final DocumentWrites budgetService;
    private final DocumentWrites performanceService;
    private final DocumentWrites procurementService;
    private final DocumentWrites assetsService;
    private final ObjectMapper objectMapper;

    public ServiceWrites(GatewayConfig config, ObjectMapper objectMapper) {
        this.budgetService = client(config.services().budget());
        this.performanceService = client(config.services().performance());
        this.procurementService = client(config.services().procurement());
        this.assetsService = client(config.services().assets());
        this.objectMapper = objectMapper;
    }

    private static DocumentWrites client(URI base) {
        return QuarkusRestClientBuilder.newBuilder()
                .baseUri(base)
                .connectTimeout(1000, TimeUnit.MILLISECONDS)
                .readTimeout(CLIENT_READ_TIMEOUT_MS, TimeUnit.MILLISECONDS)
                // Every status is an answer to look at here, not an exception.
                .disableDefaultMapper(true)
                .build(DocumentWrites.class);
    }

    @Timeout(TIMEOUT_MS)
    @Retry(maxRetries = 1, delay = 100, retryOn = {DownstreamFailure.class, ProcessingException.class})
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 5000, successThreshold = 2)
    @Fallback(WriteFallback.class)
    public PutAnswer department(String departmentId, JsonNode document, boolean dryRun) {
        return put("budget-service", dryRun, () -> budgetService.department(departmentId, flag(dryRun), document));
    }

    @Timeout(TIMEOUT_MS)
    @Retry(maxRetries = 1, delay = 100, retryOn = {DownstreamFailure.class, ProcessingException.class})
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 5000, successThreshold = 2)
    @Fallback(WriteFallback.class)
    public PutAnswer budget(String departmentId, int year, JsonNode document, boolean dryRun) {
        return put("budget-service", dryRun, () -> budgetService.budget(departmentId, year, flag(dryRun), document));
    }

    @Timeout(TIMEOUT_MS)
    @Retry(maxRetries = 1, delay = 100, retryOn = {DownstreamFailure.class, ProcessingException.class})
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 5000, successThreshold = 2)
    @Fallback(WriteFallback.class)
    public PutAnswer performance(String departmentId, int year, JsonNode document, boolean dryRun) {
        return put("performance-service", dryRun, () -> performanceService.performance(departmentId, year, flag(dryRun), document));
    }

    @Timeout(TIMEOUT_MS)
    @Retry(maxRetries = 1, delay = 100, retryOn = {DownstreamFailure.class, ProcessingException.class})
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 5000, successThreshold = 2)
    @Fallback(WriteFallback.class)
    public PutAnswer procurement(String departmentId, int year, JsonNode document, boolean dryRun) {
        return put("procurement-service", dryRun, () -> procurementService.procurement(departmentId, year, flag(dryRun), document));
    }

    @Timeout(TIMEOUT_MS)
    @Retry(maxRetries = 1, delay = 100, retryOn = {DownstreamFailure.class, ProcessingException.class})
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 5000, successThreshold = 2)
    @Fallback(WriteFallback.class)
    public PutAnswer assets(String departmentId, int year, JsonNode document, boolean dryRun) {
        return put("assets-service", dryRun, () -> assetsService.assets(departmentId, year, flag(dryRun), document));
    }

    private static Boolean flag(boolean dryRun) {
        return dryRun ? Boolean.TRUE : null;
    }

    private PutAnswer put(String service, boolean dryRun, Supplier<Response> call) {
        try (Response response = call.get()) {
            int status = response.getStatus();
            if (status >= 500 || status < 200 || (status >= 300 && status < 400)) {
                throw new DownstreamFailure(service + " answered HTTP " + status);
            }
            JsonNode body = json(service, response.readEntity(String.class));
            boolean success = status < 300;
            if (success && (body == null || !body.isObject())) {
                throw new DownstreamFailure(service + " answered with something that is not JSON");
            }
            if (success && dryRun && !"true".equalsIgnoreCase(response.getHeaderString(DryRunnable.HEADER))) {
                // Asking again would not help: a service that ignores dryRun has already written.
                return PutAnswer.failed(service, service + " did not confirm the dry run (no " + DryRunnable.HEADER
                        + " header); it cannot validate without writing");
            }
            boolean revised = "true".equalsIgnoreCase(response.getHeaderString(Representations.REVISION_CREATED));
            return PutAnswer.answered(service, status, body, revised);
        }
    }

    private JsonNode json(String service, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return objectMapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new DownstreamFailure(service + " answered with something that is not JSON");
        }
    }
}
