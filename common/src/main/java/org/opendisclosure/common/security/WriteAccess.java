package org.opendisclosure.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.opendisclosure.common.id.DepartmentId;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.common.problem.ProblemType;
import org.opendisclosure.tokens.WriteScope;

/**
 * Who may write what: a caller's write scopes are the {@code write:…} values of its token's
 * {@code scope} claim (other values, such as an OIDC provider's {@code openid}, are not about
 * writing and are passed over).
 */
public final class WriteAccess {

    private WriteAccess() {
    }

    /** The write scopes of an authenticated caller; none for anyone else. */
    public static List<WriteScope> scopes(SecurityIdentity identity) {
        List<WriteScope> scopes = new ArrayList<>();
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return scopes;
        }
        Object claim = token.getClaim("scope");
        String value = claim == null ? "" : claim.toString();
        for (String scope : value.trim().split("\\s+")) {
            if (scope.startsWith(WriteScope.PREFIX)) {
                try {
                    scopes.add(WriteScope.parse(scope));
                } catch (IllegalArgumentException notOurs) {
                    // A malformed write scope grants nothing; the token's other scopes still count.
                }
            }
        }
        return scopes;
    }

    /** The token's subject, as revisions record their writer. */
    public static String subject(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            return token.getSubject();
        }
        return identity.getPrincipal().getName();
    }

    /** @throws ProblemException 401 for an anonymous caller, 403 when no scope covers the department */
    public static void require(SecurityIdentity identity, DepartmentId department) {
        if (identity == null || identity.isAnonymous()) {
            throw new ProblemException(ProblemType.UNAUTHORIZED, WriteAccessFilter.NO_TOKEN);
        }
        List<WriteScope> scopes = scopes(identity);
        if (scopes.stream().noneMatch(scope -> scope.covers(department.divisionCode(), department.code()))) {
            throw new ProblemException(ProblemType.FORBIDDEN, "The token of " + subject(identity) + " may not write department "
                    + department + ": its write scopes are " + (scopes.isEmpty() ? "none" : scopes)
                    + "; writing it needs write:" + department + ", write: followed by the first 2, 4 or 6 digits of "
                    + department.divisionCode() + ", or write:*");
        }
    }
}
