package org.aftersales.core.complaint;

import static java.util.Objects.requireNonNull;

import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.LocalizableMessage;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.TextRules;

/** The text checks and messages shared by the decision values (CMP-07, CMP-08, CMP-12, CMP-13). */
final class DecisionText {

  /** The longest remedy, reason or role, in code points. */
  static final int MAX_TEXT = 2000;
  /** The longest company name, in code points. */
  static final int MAX_NAME = 200;

  private DecisionText() {}

  /**
   * Free text that says something: not blank, at most {@link #MAX_TEXT} code points, the library's
   * free-text policy ({@link TextRules#requireFreeText}).
   */
  static String prose(String path, String value) {
    requireNonNull(value, path);
    if (value.isBlank()) {
      throw InvalidInputException.of(path, message("core.decision.blank"), value);
    }
    return TextRules.requireFreeText(path, value, MAX_TEXT);
  }

  static LocalizableMessage message(String key, Object... namesAndValues) {
    return MessageBundle.CORE.message(key, namesAndValues);
  }
}
