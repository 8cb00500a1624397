package org.opendisclosure.gateway.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.opendisclosure.common.revision.DryRunnable;
import org.opendisclosure.common.revision.MinimalReturn;
import org.opendisclosure.common.web.AreaParams.AreaQuery;
import org.opendisclosure.common.web.Representations;
import org.opendisclosure.common.web.RequestIdFilter;
import org.opendisclosure.common.web.YearRange;
import org.opendisclosure.gateway.config.GatewayConfig;
import org.opendisclosure.gateway.parts.Downstream;
import org.opendisclosure.gateway.parts.Part;

/**
 * One service as the gateway calls it, with its fault-tolerance policy: each service is a bean of
 * its own (a subclass naming its {@link Downstream}), so each has its own circuit breakers and one
 * service failing opens only its own. An answer is an answer, whatever its status: a 404 is an
 * absent document and any other 4xx is the service's refusal, neither counted as a failure; a 5xx,
 * a broken connection, no answer in time or an answer that is not JSON is a failure, thrown for the
 * policy to retry and count ({@link Services} turns what is left of it into "unavailable").
 * Every call is retried once (but writes: one that failed may still be running) and has a circuit
 * breaker per service and operation; each operation has its own timeout. The policies are
 * configurable with MicroProfile Fault Tolerance keys of this class, e.g.
 * {@code org.opendisclosure.gateway.client.ServiceClient/document/Timeout/value=3000} (SmallRye
 * reads them by the class that declares the method, so a key applies to every service).
 */
@Retry(maxRetries = 1, delay = 50, retryOn = DownstreamFailure.class, abortOn = UnsendableRequest.class)
// Only what says the service is failing counts; a request the gateway could not send is the client's doing.
@CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 5000, successThreshold = 2, skipOn = UnsendableRequest.class)
public abstract class ServiceClient {

    /*
     * A year's list is an analysts' read of up to a thousand rows, not a reader's page: a service
     * answering its first one (queries not yet prepared, code not yet compiled) takes seconds on a
     * small machine, more so when the four lists are asked for at once.
     */
    static final long LIST_TIMEOUT_MS = 5000;
    /** A write takes longer than a read (a new revision, a dry run's rollback). */
    static final long WRITE_TIMEOUT_MS = 5000;
    // The fault-tolerance timeouts decide; this only stops a forgotten connection.
    private static final long CLIENT_READ_TIMEOUT_MS = Math.max(LIST_TIMEOUT_MS, WRITE_TIMEOUT_MS) + 1000;

    private final Downstream downstream;
    private final ServiceApi api;
    private final ObjectMapper objectMapper;

    protected ServiceClient(Downstream downstream, GatewayConfig config, ObjectMapper objectMapper) {
        this.downstream = downstream;
        this.objectMapper = objectMapper;
        this.api = QuarkusRestClientBuilder.newBuilder()
                .baseUri(config.url(downstream))
                .connectTimeout(1000, TimeUnit.MILLISECONDS)
                .readTimeout(CLIENT_READ_TIMEOUT_MS, TimeUnit.MILLISECONDS)
                // Every status is an answer to look at here, not an exception.
                .disableDefaultMapper(true)
                .build(ServiceApi.class);
    }

    public Downstream downstream() {
        return downstream;
    }

    /** A document of a disclosure, for composing it. */
    @Timeout(1500)
    public Fetched document(Part.Document document, String departmentId, int year) {
        return read("", api.document(departmentId, document.segment(), year, RequestIdFilter.current()));
    }

    /** One page of one of the service's analysts' lists of a year. */
    @Timeout(LIST_TIMEOUT_MS)
    public Fetched yearList(String list, int year, int page, int size) {
        return read("", api.yearList(year, list, page, size, RequestIdFilter.current()));
    }

    /** One page of the service's parts summed by area over the years. */
    @Timeout(LIST_TIMEOUT_MS)
    public Fetched areas(AreaQuery area, YearRange years, int page, int size) {
        return read("", api.areas(downstream.areaList(), area.level().key(), area.divisionPrefix(), years.from(), years.to(),
                page, size, RequestIdFilter.current()));
    }

    /** One page of the years a department has the document (a page of {fiscalYear, …} items). */
    @Timeout(LIST_TIMEOUT_MS)
    public Fetched years(Part.Document document, String departmentId, int page, int size) {
        return read("", api.years(departmentId, document.segment(), page, size, RequestIdFilter.current()));
    }

    /**
     * Stores a document (or, for a dry run, answers as storing it would). Not retried: a write that
     * failed may still be running, and the client can send the disclosure again.
     *
     * @param caller who writes: the service decides what that token may write, and records it
     */
    @Timeout(WRITE_TIMEOUT_MS)
    @Retry(maxRetries = 0)
    public PutAnswer write(Part.Document document, String departmentId, int year, JsonNode body, boolean dryRun,
                           WriteCaller caller) {
        byte[] encoded = encoded(body);
        // Of the stored part only what became of the write is used: its representation is not asked for.
        try (Response response = api.write(departmentId, document.segment(), year, dryRun ? Boolean.TRUE : null,
                RequestIdFilter.current(), caller.authorization(), caller.sourceDocument(),
                dryRun ? null : caller.ifMatch(document), MinimalReturn.MINIMAL, encoded)) {
            int status = writeAnswered(response);
            if (success(status) && dryRun && !"true".equalsIgnoreCase(response.getHeaderString(DryRunnable.HEADER))) {
                // Asking again would not help: a service that ignores dryRun has already written.
                return PutAnswer.failed(downstream.service(), downstream.service() + " did not confirm the dry run (no "
                        + DryRunnable.HEADER + " header); it cannot validate without writing");
            }
            boolean revised = "true".equalsIgnoreCase(response.getHeaderString(Representations.REVISION_CREATED));
            if (status == 204) {
                return PutAnswer.answered(downstream.service(), status, null, revised, revisionHeader(response));
            }
            JsonNode answer = json(response.readEntity(String.class));
            if (success(status) && (answer == null || !answer.isObject())) {
                throw new DownstreamFailure(downstream.service() + " answered with something that is not JSON");
            }
            JsonNode revision = success(status) ? answer.get("revision") : null;
            return PutAnswer.answered(downstream.service(), status, answer, revised,
                    revision != null && revision.canConvertToInt() ? revision.intValue() : null);
        }
    }

    private static boolean success(int status) {
        return status >= 200 && status < 300;
    }

    private Integer revisionHeader(Response response) {
        String revision = response.getHeaderString(MinimalReturn.REVISION);
        try {
            return Integer.valueOf(revision);
        } catch (NumberFormatException e) {
            throw new DownstreamFailure(downstream.service() + " answered a write without the revision it stored ("
                    + MinimalReturn.REVISION + ": " + revision + ")");
        }
    }

    /** The record of a department-year's last whole-disclosure write; absent when none is recorded. */
    @Timeout(1500)
    public Fetched disclosureWrite(String departmentId, int year) {
        return read("", api.disclosureWrite(departmentId, year, RequestIdFilter.current()));
    }

    /**
     * Records that a whole-disclosure write starts or completed. Not retried, as no write is.
     *
     * @return the service's answer: 200 recorded, 409 superseded by a later write, another 4xx refused
     */
    @Timeout(WRITE_TIMEOUT_MS)
    @Retry(maxRetries = 0)
    public int recordDisclosureWrite(String departmentId, int year, JsonNode change, WriteCaller caller) {
        try (Response response = api.recordDisclosureWrite(departmentId, year, RequestIdFilter.current(), caller.authorization(),
                encoded(change))) {
            int status = writeAnswered(response);
            return status;
        }
    }

    /** A department's kept findings counts of a year in this service (a page of one item, or none). */
    @Timeout(1500)
    public Fetched keptCounts(String departmentId, int year) {
        return read(" to a consistency check", api.keptCounts(year, departmentId, RequestIdFilter.current()));
    }

    /**
     * Keeps the findings across parts of a department-year. Not retried, as no write is.
     *
     * @return the service's status: 200 kept, a 4xx refused
     */
    @Timeout(WRITE_TIMEOUT_MS)
    @Retry(maxRetries = 0)
    public int keepCrossPartFindings(String departmentId, int year, JsonNode findings, WriteCaller caller) {
        try (Response response = api.keepCrossPartFindings(departmentId, year, RequestIdFilter.current(), caller.authorization(),
                encoded(findings))) {
            return writeAnswered(response);
        }
    }

    /** A write's status when it is an answer (2xx, or the service's 4xx refusal); anything else a failure for the policy to count. */
    private int writeAnswered(Response response) {
        int status = response.getStatus();
        if (status >= 500 || status < 200 || (status >= 300 && status < 400)) {
            throw new DownstreamFailure(downstream.service() + " answered HTTP " + status);
        }
        return status;
    }

    /** The service's rule catalogue. */
    @Timeout(3000)
    public Fetched rules() {
        return read(" to a consistency check", api.rules(RequestIdFilter.current()));
    }

    /** The findings of a stored document; absent when it is not published. */
    @Timeout(3000)
    public Fetched findings(Part.Document document, String departmentId, int year, BigDecimal tolerance) {
        return read(" to a consistency check", api.findings(departmentId, document.segment(), year, tolerance.toPlainString(),
                RequestIdFilter.current()));
    }

    /** The findings of a document the service has not stored (an import's dry run). */
    @Timeout(3000)
    public Fetched check(Part.Document document, String departmentId, int year, BigDecimal tolerance, JsonNode body) {
        byte[] encoded = encoded(body);
        return read(" to a consistency check", api.check(departmentId, document.segment(), year, tolerance.toPlainString(),
                RequestIdFilter.current(), encoded));
    }

    /** Whether the service says it is ready, for the gateway's own readiness check. */
    @Timeout(800)
    public boolean ready() {
        try (Response response = api.ready()) {
            return response.getStatus() == 200;
        }
    }

    /** The service's OpenAPI document, or null when it has none to give. */
    @Timeout(3000)
    public JsonNode openApi() {
        return openApi(api, objectMapper);
    }

    static JsonNode openApi(ServiceApi api, ObjectMapper objectMapper) {
        try (Response response = api.openApi("json")) {
            return response.getStatus() == 200 ? objectMapper.readTree(response.readEntity(String.class)) : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** 200 is the JSON, 404 absent, another 4xx a refusal (an answer); anything else a failure. */
    private Fetched read(String asked, Response call) {
        try (Response response = call) {
            int status = response.getStatus();
            if (status == 404) {
                return Fetched.absent(downstream.service());
            }
            if (status >= 400 && status < 500) {
                return Fetched.unavailable(downstream.service(), downstream.service() + " refused the request (HTTP " + status + ")" + asked);
            }
            if (status != 200) {
                throw new DownstreamFailure(downstream.service() + " answered HTTP " + status + asked);
            }
            JsonNode body = json(response.readEntity(String.class));
            if (body == null) {
                throw new DownstreamFailure(downstream.service() + " answered with something that is not JSON");
            }
            return Fetched.available(downstream.service(), body, response.getHeaderString(HttpHeaders.ETAG));
        }
    }

    /**
     * The document as the service will read it, written here rather than by the REST client so that
     * one the gateway cannot write (a number JSON allows but no writer prints in full, such as
     * 1e10000) fails as the client's request, not as a failure of the service.
     */
    private byte[] encoded(JsonNode body) {
        try {
            return objectMapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new UnsendableRequest("the document cannot be passed on to " + downstream.service() + " as JSON");
        }
    }

    private JsonNode json(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return objectMapper.readTree(text);
        } catch (JsonProcessingException e) {
            // Not worth a retry of a write, but counted by the circuit breaker like any failure.
            throw new DownstreamFailure(downstream.service() + " answered with something that is not JSON");
        }
    }
}
