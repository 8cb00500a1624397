package org.opendisclosure.performance.model;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Digits;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A published percentage such as a spending-plan cell (100.00): at most 3 integer digits and 6
 * decimals. A value outside 0–100 cannot be a cumulative share of a budget, but a document that
 * says so is stored as published and reported by the rule performance.spending-plan-range, like
 * a plan that falls month by month: only what cannot be a percentage at all is bad input.
 */
@Documented
@Digits(integer = 3, fraction = 6)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface Percent {
    String message() default "must be a percentage with at most 3 integer digits and 6 decimals";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
