package org.opendisclosure.performance.rest.dto;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A published percentage such as a spending-plan cell (100.00): 0 to 100, at most 6 decimals.
 * A value outside that range cannot be a cumulative share of a budget, so it is bad input; whether
 * the plan rises month by month is a consistency question and is not checked here.
 */
@Documented
@DecimalMin("0")
@DecimalMax("100")
@Digits(integer = 3, fraction = 6)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface Percent {
    String message() default "must be a percentage from 0 to 100 with at most 6 decimals";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
