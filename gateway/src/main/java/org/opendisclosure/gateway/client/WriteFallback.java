package org.opendisclosure.gateway.client;

import jakarta.enterprise.context.Dependent;
import org.eclipse.microprofile.faulttolerance.ExecutionContext;
import org.eclipse.microprofile.faulttolerance.FallbackHandler;

/** A write (or dry run) that could not be had is an answer too: failed, with why. */
@Dependent
class WriteFallback implements FallbackHandler<PutAnswer> {

    @Override
    public PutAnswer handle(ExecutionContext context) {
        String service = Services.serviceOf(context.getMethod().getName());
        return PutAnswer.failed(service, UnavailableFallback.reason(service, context.getFailure()));
    }
}
