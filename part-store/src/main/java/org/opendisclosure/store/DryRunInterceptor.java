package org.opendisclosure.store;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.TransactionManager;
import jakarta.ws.rs.core.Response;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.common.revision.DryRunnable;

@DryRunnable
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class DryRunInterceptor {

    /** Whether the write running on this thread is a dry run, so that its log line says so. */
    private static final ThreadLocal<Boolean> ACTIVE = new ThreadLocal<>();

    static boolean active() {
        return Boolean.TRUE.equals(ACTIVE.get());
    }

    private final HttpServerRequest request;
    private final TransactionManager transactions;

    public DryRunInterceptor(HttpServerRequest request, TransactionManager transactions) {
        this.request = request;
        this.transactions = transactions;
    }

    @AroundInvoke
    Object around(InvocationContext invocation) throws Exception {
        String flag = request.getParam(DryRunnable.PARAM);
        if (flag == null || flag.equalsIgnoreCase("false")) {
            return invocation.proceed();
        }
        if (!flag.equalsIgnoreCase("true")) {
            throw ProblemException.invalid(DryRunnable.PARAM, "must be true or false, was \"" + flag + "\"");
        }
        // The service's @Transactional joins this transaction, which is always rolled back.
        transactions.begin();
        ACTIVE.set(true);
        try {
            Object result = invocation.proceed();
            return result instanceof Response response
                    ? Response.fromResponse(response).header(DryRunnable.HEADER, "true").build()
                    : result;
        } finally {
            ACTIVE.remove();
            transactions.rollback();
        }
    }
}
