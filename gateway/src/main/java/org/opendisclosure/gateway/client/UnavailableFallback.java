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
        Throwable failure = context.getFailure();
        String reason;
        if (failure instanceof TimeoutException) {
            reason = service + " did not answer in time";
        } else if (failure instanceof CircuitBreakerOpenException) {
            reason = service + " is failing; not asked again for a few seconds";
        } else if (failure instanceof DownstreamFailure) {
            reason = failure.getMessage();
        } else {
            reason = service + " cannot be reached";
        }
        return Fetched.unavailable(service, reason);
    }
}
