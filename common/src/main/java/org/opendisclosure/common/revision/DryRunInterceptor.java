package org.opendisclosure.common.revision;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.TransactionManager;
import jakarta.ws.rs.core.Response;
import org.opendisclosure.common.problem.ProblemException;

@DryRunnable
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class DryRunInterceptor {

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
        try {
            Object result = invocation.proceed();
            return result instanceof Response response
                    ? Response.fromResponse(response).header(DryRunnable.HEADER, "true").build()
                    : result;
        } finally {
            transactions.rollback();
        }
    }
}
