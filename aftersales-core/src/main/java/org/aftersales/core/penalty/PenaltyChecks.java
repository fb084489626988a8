package org.aftersales.core.penalty;

import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.LocalizableMessage;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.Money;

/** Checks shared by the penalty values. */
final class PenaltyChecks {

  private PenaltyChecks() {}

  static LocalizableMessage message(String key, Object... namesAndValues) {
    return MessageBundle.CORE.message(key, namesAndValues);
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
