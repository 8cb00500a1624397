package org.opendisclosure.common.revision;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
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
    // Looked up when used: modules without a database (the gateway) have no transaction manager.
    private final Instance<TransactionManager> transactionManager;

    public DryRunInterceptor(HttpServerRequest request, Instance<TransactionManager> transactionManager) {
        this.request = request;
        this.transactionManager = transactionManager;
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
        TransactionManager transactions = transactionManager.get();
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
