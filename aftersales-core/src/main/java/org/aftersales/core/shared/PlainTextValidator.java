package org.aftersales.core.shared;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link PlainText}: a public class only because a Jakarta validator instantiates it;
 * {@link #isPlain(CharSequence)} is the check itself, for callers outside Jakarta validation.
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
   * The index of the first character that is not allowed in plain text (see {@link PlainText}).
   *
   * @param text the text
   * @return the UTF-16 index of the first offending character, or -1 if there is none
   */
  public static int firstOffence(CharSequence text) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        return i;
      }
      if (Character.isLowSurrogate(c) || !allowed(c)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether {@code text} is plain text (see {@link PlainText}).
   *
   * @param text the text
   * @return true if it has no offending character
   */
  public static boolean isPlain(CharSequence text) {
    return firstOffence(text) < 0;
  }

  private static boolean allowed(char c) {
    if (c == '\t' || c == '\n' || c == '\r') {
      return true;
    }
    if (Character.isISOControl(c)) { // C0, DEL and C1
      return false;
    }
    if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
      return false;
    }
    return c != '\uFFFE' && c != '\uFFFF';
  }
}
