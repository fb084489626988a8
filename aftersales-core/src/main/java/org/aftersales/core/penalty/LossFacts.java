package org.aftersales.core.penalty;

import java.time.LocalDate;
import java.util.Optional;
import org.aftersales.core.internal.DomainValueStyle;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Money;
import org.immutables.value.Value;

/**
 * What is known about the loss of a complaint case (损失事实), PEN-01: when responsibility was
 * decided, the actual loss, and whether and when the returned goods were resold and the loss
 * against the A-grade price then. Dates are business dates of the company's zone.
 *
 * <pre>{@code
 * LossFacts resold = LossFacts.builder()
 *     .decisionDate(LocalDate.of(2026, 11, 18))
 *     .actualLoss(Money.parse("CNY 4800.00"))
 *     .resoldOn(LocalDate.of(2026, 12, 10))
 *     .aGradePriceLoss(Money.parse("CNY 1200.00"))
 *     .build();
 * }</pre>
 *
 * <p>Invariants: amounts zero or more, in one currency; a resale date and an A-grade price loss
 * come together. Immutable and thread-safe.
 */
@Value.Immutable
@DomainValueStyle
public abstract class LossFacts {

  LossFacts() {}

  /**
   * When responsibility was decided (判决); the resale window starts then.
   *
   * @return the business date
   */
  public abstract LocalDate decisionDate();

  /**
   * The actual loss.
   *
   * @return zero or more
   */
  public abstract Money actualLoss();

  /**
   * When the goods were resold, if they were.
   *
   * @return the business date, or empty if not (yet) resold
   */
  public abstract Optional<LocalDate> resoldOn();

  /**
   * The loss against the A-grade price, known once the goods are resold.
   *
   * @return zero or more, in the actual loss's currency; present exactly when
   *     {@link #resoldOn()} is
   */
  public abstract Optional<Money> aGradePriceLoss();

  @Value.Check
  void check() {
    PenaltyChecks.notNegative("actualLoss", actualLoss());
    if (aGradePriceLoss().isPresent()) {
      PenaltyChecks.notNegative("aGradePriceLoss", aGradePriceLoss().get());
      PenaltyChecks.sameCurrency("aGradePriceLoss", actualLoss(), aGradePriceLoss().get());
    }
    if (resoldOn().isPresent() != aGradePriceLoss().isPresent()) {
      throw InvalidInputException.of("aGradePriceLoss",
          PenaltyChecks.message("core.penalty.resaleNeedsAGradeLoss"));
    }
  }

  /**
   * A builder; {@code decisionDate} and {@code actualLoss} are required, {@code resoldOn} and
   * {@code aGradePriceLoss} go together.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LossFacts}. */
  public static final class Builder extends ImmutableLossFacts.Builder {
    Builder() {}
  }
}
