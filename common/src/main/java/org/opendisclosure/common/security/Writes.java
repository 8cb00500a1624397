package org.opendisclosure.common.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an operation that changes what the suite keeps: it needs a valid bearer token (401
 * otherwise) whose write scopes cover the department of its {@code departmentId} path parameter
 * (403 otherwise). An operation without that parameter (an import, whose department is in the
 * document) is only authenticated here and checks the scope itself once it knows the department
 * ({@link WriteAccess#require}). Reads never need a token.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Writes {

    /** The name of the security scheme the OpenAPI documents give every write. */
    String SCHEME = "bearer";
}
