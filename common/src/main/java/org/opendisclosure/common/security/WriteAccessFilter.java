package org.opendisclosure.common.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.opendisclosure.common.id.DepartmentId;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.common.problem.ProblemResponses;
import org.opendisclosure.common.problem.ProblemType;

/**
 * Refuses a {@link Writes} operation before its body is read: 401 without a valid bearer token,
 * 403 when the token's scopes do not cover the department of the path. Authentication is not
 * proactive ({@code quarkus.http.auth.proactive=false}), so a read never looks at a token and a
 * bad one cannot make it fail.
 */
public class WriteAccessFilter {

    static final String NO_TOKEN = "Writing needs a bearer token (Authorization: Bearer …) whose write scopes cover the "
            + "department; this request has none";
    private static final String BAD_TOKEN = "The bearer token was not accepted: it is malformed, expired, or not signed by "
            + "the issuer this suite trusts";
    private static final String CHALLENGE = "Bearer realm=\"budget-disclosure\"";
    private static final Logger LOG = Logger.getLogger(WriteAccessFilter.class);

    private final CurrentIdentityAssociation identities;
    private final ProblemResponses problems;

    public WriteAccessFilter(CurrentIdentityAssociation identities, ProblemResponses problems) {
        this.identities = identities;
        this.problems = problems;
    }

    // Looked up on the matched method rather than name-bound: a filter method is not bound by an
    // annotation on its class, and a write declared in a shared superclass carries it there.
    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public Uni<Response> requireWriteAccess(ContainerRequestContext request, ResourceInfo resource) {
        if (resource.getResourceMethod() == null || !resource.getResourceMethod().isAnnotationPresent(Writes.class)) {
            return Uni.createFrom().nullItem();
        }
        String path = "/" + request.getUriInfo().getPath().replaceFirst("^/", "");
        String department = request.getUriInfo().getPathParameters().getFirst("departmentId");
        return identities.getDeferredIdentity()
                .map(identity -> {
                    if (identity.isAnonymous()) {
                        return unauthorized(NO_TOKEN, CHALLENGE, path);
                    }
                    if (department != null) {
                        DepartmentId id;
                        try {
                            id = DepartmentId.parse("departmentId", department);
                        } catch (ProblemException malformed) {
                            // The operation itself refuses the malformed id, naming the parameter.
                            return null;
                        }
                        try {
                            WriteAccess.require(identity, id);
                        } catch (ProblemException refused) {
                            LOG.infof("refused a write of %s by %s: outside its scopes", id, WriteAccess.subject(identity));
                            return problems.build(refused.type(), refused.getMessage(), path, null);
                        }
                    }
                    return (Response) null;
                })
                .onFailure(AuthenticationFailedException.class).recoverWithItem(e -> {
                    LOG.infof("refused a write on %s: the bearer token was not accepted (%s)", path, e.getMessage());
                    return unauthorized(BAD_TOKEN, CHALLENGE + ", error=\"invalid_token\"", path);
                });
    }

    private Response unauthorized(String detail, String challenge, String path) {
        return Response.fromResponse(problems.build(ProblemType.UNAUTHORIZED, detail, path, null))
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge)
                .build();
    }
}
