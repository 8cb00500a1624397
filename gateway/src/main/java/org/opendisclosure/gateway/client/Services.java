package org.opendisclosure.gateway.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The four services as the gateway reads them. Each method has its own policy instance, so one
 * service failing opens only its own circuit. Reads are idempotent, so a failed one is retried
 * once; a slow one is given up after the timeout. Policies are configurable per method with
 * MicroProfile Fault Tolerance keys, e.g.
 * {@code org.opendisclosure.gateway.client.Services/budget/Timeout/value=1500}.
 */
@ApplicationScoped
public class Services {

    private static final long TIMEOUT_MS = 1500;
    /*
     * A year's list is an analysts' read of up to a thousand rows, not a reader's page: a service
     * answering its first one (queries not yet prepared, code not yet compiled) takes seconds on a
     * small machine, more so when the four lists are asked for at once. Given the disclosure's
     * 1.5 s, a fresh suite reported every service unavailable to its first list.
     */
    private static final long LIST_TIMEOUT_MS = 5000;

    private final BudgetApi budgetApi;
    private final PerformanceApi performanceApi;
    private final ProcurementApi procurementApi;
    private final AssetsApi assetsApi;
    private final ObjectMapper objectMapper;

    public Services(@RestClient BudgetApi budgetApi, @RestClient PerformanceApi performanceApi,
                    @RestClient ProcurementApi procurementApi, @RestClient AssetsApi assetsApi, ObjectMapper objectMapper) {
        this.budgetApi = budgetApi;
        this.performanceApi = performanceApi;
        this.procurementApi = procurementApi;
        this.assetsApi = assetsApi;
        this.objectMapper = objectMapper;
    }

    @Timeout(TIMEOUT_MS)
    @Retry(maxRetries = 1, delay = 50, retryOn = DownstreamFailure.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 5000, successThreshold = 2)
    @Fallback(UnavailableFallback.class)
    public Fetched department(String departmentId) {
        return read("budget-service", () -> budgetApi.department(departmentId));
    }

    @Timeout(TIMEOUT_MS)
    @Retry(maxRetries = 1, delay = 50, retryOn = DownstreamFailure.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 5000, successThreshold = 2)
    @Fallback(UnavailableFallback.class)
    public Fetched budget(String departmentId, int year) {
        return read("budget-service", () -> budgetApi.budget(departmentId, year));
    }

    @Timeout(TIMEOUT_MS)
    @Retry(maxRetries = 1, delay = 50, retryOn = DownstreamFailure.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 5000, successThreshold = 2)
    @Fallback(UnavailableFallback.class)
    public Fetched performance(String departmentId, int year) {
        return read("performance-service", () -> performanceApi.performance(departmentId, year));
    }

    @Timeout(TIMEOUT_MS)
    @Retry(maxRetries = 1, delay = 50, retryOn = DownstreamFailure.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 5000, successThreshold = 2)
    @Fallback(UnavailableFallback.class)
    public Fetched procurement(String departmentId, int year) {
        return read("procurement-service", () -> procurementApi.procurement(departmentId, year));
    }

    @Timeout(TIMEOUT_MS)
    @Retry(maxRetries = 1, delay = 50, retryOn = DownstreamFailure.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 5000, successThreshold = 2)
    @Fallback(UnavailableFallback.class)
    public Fetched assets(String departmentId, int year) {
        return read("assets-service", () -> assetsApi.assets(departmentId, year));
    }

    // One page of each service's analysts' list for a year (the gateway's list of disclosures reads them all).

    @Timeout(LIST_TIMEOUT_MS)
    @Retry(maxRetries = 1, delay = 50, retryOn = DownstreamFailure.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 5000, successThreshold = 2)
    @Fallback(UnavailableFallback.class)
    public Fetched yearBudgets(int year, int page, int size) {
        return read("budget-service", () -> budgetApi.budgets(year, page, size));
    }

    @Timeout(LIST_TIMEOUT_MS)
    @Retry(maxRetries = 1, delay = 50, retryOn = DownstreamFailure.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 5000, successThreshold = 2)
    @Fallback(UnavailableFallback.class)
    public Fetched yearPerformance(int year, int page, int size) {
        return read("performance-service", () -> performanceApi.performanceList(year, page, size));
    }

    @Timeout(LIST_TIMEOUT_MS)
    @Retry(maxRetries = 1, delay = 50, retryOn = DownstreamFailure.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 5000, successThreshold = 2)
    @Fallback(UnavailableFallback.class)
    public Fetched yearProcurement(int year, int page, int size) {
        return read("procurement-service", () -> procurementApi.procurementList(year, page, size));
    }

    @Timeout(LIST_TIMEOUT_MS)
    @Retry(maxRetries = 1, delay = 50, retryOn = DownstreamFailure.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 5000, successThreshold = 2)
    @Fallback(UnavailableFallback.class)
    public Fetched yearAssets(int year, int page, int size) {
        return read("assets-service", () -> assetsApi.assetsList(year, page, size));
    }

    static String serviceOf(String method) {
        return switch (method) {
            case "department", "budget", "yearBudgets" -> "budget-service";
            case "performance", "yearPerformance" -> "performance-service";
            case "procurement", "yearProcurement" -> "procurement-service";
            default -> "assets-service";
        };
    }

    private Fetched read(String service, Supplier<Response> call) {
        return Fetched.read(service, "", call, objectMapper);
    }
}
