package org.opendisclosure.common.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;
import org.opendisclosure.common.problem.ProblemResponses;
import org.opendisclosure.common.problem.ProblemType;

/**
 * Turns a request away at once with 503 and Retry-After while {@code suite.http.max-concurrent-requests}
 * are already being answered, rather than queueing it behind them without bound: under a burst,
 * the clients already served keep their latency and the others learn when to come back. The
 * health checks are never turned away, so an orchestrator sees a busy process as alive and ready.
 * (Quarkus's load-shedding extension is not published for this platform version.)
 */
@ApplicationScoped
public class LoadShedding {

    private static final Logger LOG = Logger.getLogger(LoadShedding.class);
    /** After the checks of the request line and headers, before the body is read. */
    static final int PRIORITY = HttpFailures.PRIORITY - 1;

    private final int limit;
    private final ProblemResponses problems;
    private final AtomicInteger inFlight = new AtomicInteger();

    public LoadShedding(HttpLimits limits, ProblemResponses problems) {
        this.limit = limits.maxConcurrentRequests();
        this.problems = problems;
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    private void handle(RoutingContext rc) {
        String path = rc.request().path();
        if (path != null && path.startsWith("/q/health")) {
            rc.next();
            return;
        }
        int now = inFlight.incrementAndGet();
        if (now > limit) {
            inFlight.decrementAndGet();
            LOG.debugf("Shed a request: %d in flight, at most %d", now - 1, limit);
            problems.end(rc.response(), 503, ProblemType.SERVICE_UNAVAILABLE, "The service is answering as many requests as it "
                    + "takes at once (" + limit + "); try again in " + ProblemResponses.RETRY_AFTER_SECONDS + " seconds",
                    HttpFailures.safePath(rc), null, false);
            return;
        }
        rc.addEndHandler(ended -> inFlight.decrementAndGet());
        rc.next();
    }
}
