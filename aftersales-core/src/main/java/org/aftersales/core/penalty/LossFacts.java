package org.aftersales.core.penalty;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Money;

/**
 * What is known about the loss of a complaint case (损失事实), PEN-01: when responsibility was
 * decided, the actual loss, and whether and when the returned goods were resold and the loss
 * against the A-grade price then. Dates are business dates of the company's zone.
 *
 * @param decisionDate when responsibility was decided (判决); the resale window starts then
 * @param actualLoss the actual loss, zero or more
 * @param resoldOn when the goods were resold, if they were
 * @param aGradePriceLoss the loss against the A-grade price, required when resold; zero or more
 */
public record LossFacts(LocalDate decisionDate, Money actualLoss, Optional<LocalDate> resoldOn,
    Optional<Money> aGradePriceLoss) {

  /**
   * Checks the facts.
   *
   * @param decisionDate when responsibility was decided
   * @param actualLoss the actual loss
   * @param resoldOn when the goods were resold, if they were
   * @param aGradePriceLoss the loss against the A-grade price, if resold
   * @throws InvalidInputException if an amount is negative, the currencies differ, or a resale
   *     has no A-grade price loss
   */
  public LossFacts {
    requireNonNull(decisionDate, "decisionDate");
    requireNonNull(actualLoss, "actualLoss");
    requireNonNull(resoldOn, "resoldOn");
    requireNonNull(aGradePriceLoss, "aGradePriceLoss");
    PenaltyChecks.notNegative("actualLoss", actualLoss);
    aGradePriceLoss.ifPresent(a -> {
      PenaltyChecks.notNegative("aGradePriceLoss", a);
      PenaltyChecks.sameCurrency("aGradePriceLoss", actualLoss, a);
    });
    if (resoldOn.isPresent() && aGradePriceLoss.isEmpty()) {
      throw InvalidInputException.of("aGradePriceLoss",
          PenaltyChecks.message("core.penalty.resaleNeedsAGradeLoss"));
    }
  }
}
