package org.aftersales.core.shared;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Instant;

/**
 * Checks {@link SupportedInstant} with {@link SupportedTime#contains(Instant)}: a public class only
 * because a Jakarta validator instantiates it.
 */
public final class SupportedInstantValidator
    implements ConstraintValidator<SupportedInstant, Instant> {

  /** Created by the Jakarta validator. */
  public SupportedInstantValidator() {}

  /**
   * Whether {@code value} is in the supported range; {@code null} is.
   *
   * @param value the instant
   * @param context the validation context (not used)
   * @return true if valid
   */
  @Override
  public boolean isValid(Instant value, ConstraintValidatorContext context) {
    return value == null || SupportedTime.contains(value);
  }
}
