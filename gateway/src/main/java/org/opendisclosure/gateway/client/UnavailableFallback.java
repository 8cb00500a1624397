package org.opendisclosure.gateway.client;

import jakarta.enterprise.context.Dependent;
import org.eclipse.microprofile.faulttolerance.ExecutionContext;
import org.eclipse.microprofile.faulttolerance.FallbackHandler;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/** Whatever went wrong with a service, the gateway answers on: the part is unavailable, with why. */
@Dependent
class UnavailableFallback implements FallbackHandler<Fetched> {

    @Override
    public Fetched handle(ExecutionContext context) {
        String service = Services.serviceOf(context.getMethod().getName());
        return Fetched.unavailable(service, reason(service, context.getFailure()));
    }

    /** Why a service could not be used, in words a client can act on; shared by reads and writes. */
    static String reason(String service, Throwable failure) {
        if (failure instanceof TimeoutException) {
            return service + " did not answer in time";
        }
        if (failure instanceof CircuitBreakerOpenException) {
            return service + " is failing; not asked again for a few seconds";
        }
        if (failure instanceof DownstreamFailure) {
            return failure.getMessage();
        }
        return service + " cannot be reached";
    }
}
