package org.opendisclosure.common.revision;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a write endpoint that takes {@code ?dryRun=true}: the write runs in full (validation,
 * preconditions, the new revision) inside a transaction that is then rolled back, so the answer
 * is exactly what the write would do and nothing is stored. The gateway uses it to validate a
 * whole disclosure with the services that own its parts before writing any of them.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface DryRunnable {

    String PARAM = "dryRun";
    String HEADER = "X-Dry-Run";
}
