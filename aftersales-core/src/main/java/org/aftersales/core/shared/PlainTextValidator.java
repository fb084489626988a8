package org.aftersales.core.shared;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link PlainText} with the free-text policy of {@link TextRules}: a public class only
 * because a Jakarta validator instantiates it. {@link CommandValidator} replaces the constraint's
 * generic message by the policy's own, which names the offending character and its position.
 */
public final class PlainTextValidator implements ConstraintValidator<PlainText, CharSequence> {

  /** Created by the Jakarta validator. */
  public PlainTextValidator() {}

  /**
   * Whether {@code value} is plain text; {@code null} is.
   *
   * @param value the text
   * @param context the validation context (not used)
   * @return true if valid
   */
  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || isPlain(value);
  }

  /**
   * Whether {@code text} is free text by {@link TextRules} (length aside).
   *
   * @param text the text
   * @return true if it has no forbidden character
   */
  public static boolean isPlain(CharSequence text) {
    return TextRules.freeTextViolations("", text.toString(), Integer.MAX_VALUE).isEmpty();
  }
}
