package org.aftersales.core.penalty;

import org.aftersales.core.shared.Identifier;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.LocalizableMessage;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.TextRules;

/** Checks shared by the penalty values. */
final class PenaltyChecks {

  private PenaltyChecks() {}

  static LocalizableMessage message(String key, Object... namesAndValues) {
    return MessageBundle.CORE.message(key, namesAndValues);
  }

  /**
   * Checks a case reference as identifier text (like every {@code Identifier}): not blank, at most
   * {@link Identifier#MAX_LENGTH} code points, no control, bidi or invisible characters, no white
   * space at either end.
   */
  static void caseId(String caseId) {
    TextRules.requireIdentifierText("caseId", caseId, Identifier.MAX_LENGTH);
  }

  static void notNegative(String path, Money amount) {
    if (amount.isNegative()) {
      throw InvalidInputException.of(path, message("core.penalty.negative"), amount);
    }
  }

  static void positive(String path, Money amount) {
    if (!amount.isPositive()) {
      throw InvalidInputException.of(path, message("core.penalty.notPositive"), amount);
    }
  }

  static void sameCurrency(String path, Money expected, Money actual) {
    if (!expected.currency().equals(actual.currency())) {
      throw InvalidInputException.of(path, MessageBundle.CORE.message(
          "core.money.currencyMismatch", "expected", expected.currency().getCurrencyCode()),
          actual.currency().getCurrencyCode());
    }
  }
}
