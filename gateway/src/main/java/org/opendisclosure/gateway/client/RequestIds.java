package org.opendisclosure.gateway.client;

import java.util.function.Supplier;
import org.jboss.logging.MDC;
import org.opendisclosure.common.web.RequestIdFilter;

/** Carries the id of the request being served to the threads that call the services for it. */
public final class RequestIds {

    private RequestIds() {
    }

    /** The task, run with the request id of the thread that made it (none outside of a request). */
    public static <T> Supplier<T> carried(Supplier<T> task) {
        String id = RequestIdFilter.current();
        return () -> {
            Object before = MDC.get(RequestIdFilter.MDC_KEY);
            if (id == null) {
                MDC.remove(RequestIdFilter.MDC_KEY);
            } else {
                MDC.put(RequestIdFilter.MDC_KEY, id);
            }
            try {
                return task.get();
            } finally {
                if (before == null) {
                    MDC.remove(RequestIdFilter.MDC_KEY);
                } else {
                    MDC.put(RequestIdFilter.MDC_KEY, before);
                }
            }
        };
    }
}
