package org.aftersales.core.shared;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Jakarta constraint: the instant lies in the library's supported range
 * ({@link SupportedTime#FIRST_INSTANT} to {@link SupportedTime#LAST_INSTANT}, the dates 1900-01-01
 * to 2300-12-31 in every zone) — so that a year typed wrong (0026 for 2026) is refused at the
 * boundary, with every other problem of the command, before anything is numbered or stored.
 * {@code null} is valid (combine with {@code @NotNull}). {@link CommandValidator} reports it with
 * {@link SupportedTime}'s own message, which names the range.
 */
@Documented
@Constraint(validatedBy = SupportedInstantValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface SupportedInstant {

  /**
   * The message key, looked up in the library's bundles by {@link CommandValidator}.
   *
   * @return the key in braces
   */
  String message() default "{core.supportedTime.outside}";

  /**
   * Validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * Payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}
