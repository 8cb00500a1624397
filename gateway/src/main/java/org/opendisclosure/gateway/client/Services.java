package org.opendisclosure.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.ToIntFunction;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;
import org.opendisclosure.common.web.AreaParams.AreaQuery;
import org.opendisclosure.common.web.YearRange;
import org.opendisclosure.gateway.parts.Downstream;
import org.opendisclosure.gateway.parts.Part;

/**
 * The services as the rest of the gateway uses them: each call goes to the bean of the service
 * that owns what is asked for, and whatever went wrong after its policy gave up is an answer
 * too, unavailable (or, for a write, failed) with the reason in words a client can act on.
 * Never throws, but for {@link #download}: a download cannot leave out part of a list it could not read.
 */
@ApplicationScoped
public class Services {

    /** The path segment, below a department, of the record of its disclosures' last whole writes. */
    public static final String DISCLOSURE_WRITES = "disclosure-writes";
    /** The list, below a fiscal year, of every department's kept findings counts in a service. */
    public static final String KEPT_FINDINGS_COUNTS = "findings-counts";
    /** The path segment, below a department, of its findings across parts, kept by budget-service. */
    public static final String CROSS_PART_FINDINGS = "cross-part-findings";
    /** The list, below a fiscal year, of every department's kept findings across parts. */
    public static final String CROSS_PART_FINDINGS_COUNTS = "cross-part-findings-counts";
    /** The service that keeps the findings across parts: the one of the department (part 一). */
    public static final Downstream CROSS_PART_KEEPER = Part.ORGANIZATION.document().downstream();

    private static final Logger LOG = Logger.getLogger(Services.class);

    private final Map<Downstream, ServiceClient> clients = new EnumMap<>(Downstream.class);
    private final Forwarding forwarding;

    public Services(Instance<ServiceClient> beans, Forwarding forwarding) {
        this.forwarding = forwarding;
        beans.forEach(bean -> clients.put(bean.downstream(), bean));
        for (Downstream downstream : Downstream.values()) {
            if (!clients.containsKey(downstream)) {
                throw new IllegalStateException("no client for " + downstream.service());
            }
        }
    }

    public Fetched document(Part.Document document, String departmentId, int year) {
        return fetch(document.downstream(), client -> client.document(document, departmentId, year));
    }

    public Fetched years(Part.Document document, String departmentId, int page, int size) {
        return fetch(document.downstream(), client -> client.years(document, departmentId, page, size));
    }

    public Fetched yearList(Downstream downstream, String list, int year, int page, int size) {
        return fetch(downstream, client -> client.yearList(list, year, page, size));
    }

    public Fetched areas(Downstream downstream, AreaQuery area, YearRange years, int page, int size) {
        return fetch(downstream, client -> client.areas(area, years, page, size));
    }

    /**
     * A whole list as its service streams it ({@code download=true}, CSV): the body, to be read to its end
     * and closed by the caller; a failure while reading it is an {@link java.io.IOException}.
     *
     * @param pathAndQuery the list's path and query, {@code download=true} among them
     * @throws DownstreamFailure when the service cannot give it
     */
    public InputStream download(Downstream downstream, String pathAndQuery) {
        return download(downstream, pathAndQuery, "text/csv", false);
    }

    /**
     * As {@link #download(Downstream, String)}, in the media type given; with {@code absentIsNull} a 404 is
     * no failure but null (a document the year has not).
     */
    public InputStream download(Downstream downstream, String pathAndQuery, String accept, boolean absentIsNull) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        headers.putSingle(HttpHeaders.ACCEPT, accept);
        HttpResponse<InputStream> answer;
        try {
            answer = forwarding.stream(downstream, pathAndQuery, headers).toCompletableFuture().join();
        } catch (CompletionException | CancellationException e) {
            throw new DownstreamFailure(downstream.service() + " could not be asked for " + pathAndQuery + ": "
                    + (e.getCause() == null ? e : e.getCause()));
        }
        if (answer.statusCode() != 200) {
            try {
                answer.body().close();
            } catch (IOException ignored) {
                // Its body is not read either way.
            }
            if (absentIsNull && answer.statusCode() == 404) {
                return null;
            }
            throw new DownstreamFailure(downstream.service() + " answered " + answer.statusCode() + " to " + pathAndQuery);
        }
        return answer.body();
    }

    /** A failure to read a list, in words a client can act on. */
    public static DownstreamFailure failure(Downstream downstream, String what, Throwable cause) {
        return new DownstreamFailure(downstream.service() + " broke off " + what + ": " + cause);
    }

    public PutAnswer write(Part.Document document, String departmentId, int year, JsonNode body, boolean dryRun,
                           WriteCaller caller) {
        ServiceClient client = clients.get(document.downstream());
        try {
            return client.write(document, departmentId, year, body, dryRun, caller);
        } catch (RuntimeException e) {
            return PutAnswer.failed(document.downstream().service(), reason(document.downstream(), e));
        }
    }

    /** The record of the last whole-disclosure write, kept by the service of part 一, which every such write begins with. */
    public Fetched disclosureWrite(String departmentId, int year) {
        return fetch(Part.ORGANIZATION.document().downstream(), client -> client.disclosureWrite(departmentId, year));
    }

    /**
     * @return the service's status (200 recorded, 409 superseded, another 4xx refused), or empty when
     *         it could not be told (down, slow, erroring), with the reason logged
     */
    public OptionalInt recordDisclosureWrite(String departmentId, int year, JsonNode change, WriteCaller caller) {
        Downstream downstream = Part.ORGANIZATION.document().downstream();
        try {
            return OptionalInt.of(clients.get(downstream).recordDisclosureWrite(departmentId, year, change, caller));
        } catch (RuntimeException e) {
            LOG.warnf("The whole write of department %s for %d could not be recorded: %s", departmentId, year, reason(downstream, e));
            return OptionalInt.empty();
        }
    }

    /**
     * Keeps the published document as received with documents-service, before anything read from it is written.
     *
     * @return why it could not be kept, or empty when it is kept (now or before)
     */
    public Optional<String> keepSource(String sha256, byte[] document, WriteCaller caller) {
        return documentsWrite("keep the document", client -> client.keepSource(sha256, document, caller));
    }

    /**
     * Records an import with documents-service once its parts are written.
     *
     * @return why it could not be recorded, or empty when it is recorded (now or before)
     */
    public Optional<String> recordImport(UUID importId, JsonNode record, WriteCaller caller) {
        return documentsWrite("record the import", client -> client.recordImport(importId, record, caller));
    }

    private Optional<String> documentsWrite(String what, ToIntFunction<DocumentsService> call) {
        Downstream downstream = Downstream.DOCUMENTS;
        try {
            int status = call.applyAsInt((DocumentsService) clients.get(downstream));
            return status < 300 ? Optional.empty()
                    : Optional.of(downstream.service() + " refused to " + what + " (HTTP " + status + ")");
        } catch (RuntimeException e) {
            return Optional.of(reason(downstream, e));
        }
    }

    public Fetched keptCounts(Downstream downstream, String departmentId, int year) {
        return fetch(downstream, client -> client.keptCounts(departmentId, year));
    }

    /** @return the status of the keeper (200 kept, a 4xx refused), or empty when it could not be told, with the reason logged */
    public OptionalInt keepCrossPartFindings(String departmentId, int year, JsonNode findings, WriteCaller caller) {
        try {
            return OptionalInt.of(clients.get(CROSS_PART_KEEPER).keepCrossPartFindings(departmentId, year, findings, caller));
        } catch (RuntimeException e) {
            LOG.warnf("The findings across parts of department %s for %d could not be kept: %s", departmentId, year,
                    reason(CROSS_PART_KEEPER, e));
            return OptionalInt.empty();
        }
    }

    public Fetched rules(Downstream downstream) {
        return fetch(downstream, ServiceClient::rules);
    }

    public Fetched findings(Part.Document document, String departmentId, int year, BigDecimal tolerance) {
        return fetch(document.downstream(), client -> client.findings(document, departmentId, year, tolerance));
    }

    public Fetched check(Part.Document document, String departmentId, int year, BigDecimal tolerance, JsonNode body) {
        return fetch(document.downstream(), client -> client.check(document, departmentId, year, tolerance, body));
    }

    public boolean ready(Downstream downstream) {
        try {
            return clients.get(downstream).ready();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** A service's OpenAPI document, or null when it cannot give one. */
    public JsonNode openApi(Downstream downstream) {
        try {
            return clients.get(downstream).openApi();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private Fetched fetch(Downstream downstream, Function<ServiceClient, Fetched> call) {
        try {
            return call.apply(clients.get(downstream));
        } catch (RuntimeException e) {
            String reason = reason(downstream, e);
            LOG.debugf("%s: %s", downstream.service(), reason);
            return Fetched.unavailable(downstream.service(), reason);
        }
    }

    /** Why a service could not be used, in words a client can act on. */
    static String reason(Downstream downstream, Throwable failure) {
        String service = downstream.service();
        if (failure instanceof TimeoutException) {
            return service + " did not answer in time";
        }
        if (failure instanceof CircuitBreakerOpenException) {
            return service + " is failing; not asked again for a few seconds";
        }
        if (failure instanceof DownstreamFailure || failure instanceof UnsendableRequest) {
            return failure.getMessage();
        }
        return service + " cannot be reached";
    }
}
