package org.aftersales.core.penalty;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.aftersales.core.shared.InvalidInputException;

/**
 * A party's share of the responsibility for a case (责任比例), PEN-02: a positive weight, exact.
 * Weights are ratios — 60 and 40, 0.6 and 0.4, or 2 and 1 for two thirds and one third — and need
 * not add up to anything in particular. A weight is at most {@value #MAX_WEIGHT} with at most
 * {@value #MAX_DECIMALS} decimal places, so that no input can make the exact arithmetic of an
 * allocation arbitrarily expensive.
 *
 * @param party who is responsible
 * @param weight the share's weight, greater than 0
 */
public record ResponsibilityShare(ResponsibleParty party, BigDecimal weight) {

  /** The largest weight accepted: 10<sup>15</sup>. */
  public static final long MAX_WEIGHT = 1_000_000_000_000_000L;
  /** The most decimal places a weight may have. */
  public static final int MAX_DECIMALS = 15;

  /**
   * Checks the fields.
   *
   * @param party who is responsible
   * @param weight the share's weight
   * @throws InvalidInputException if the weight is not greater than 0, is larger than
   *     {@value #MAX_WEIGHT} or has more than {@value #MAX_DECIMALS} decimal places
   */
  public ResponsibilityShare {
    requireNonNull(party, "party");
    requireNonNull(weight, "weight");
    if (weight.signum() <= 0) {
      throw InvalidInputException.of("weight",
          PenaltyChecks.message("core.penalty.weightNotPositive"), weight);
    }
    if (weight.compareTo(BigDecimal.valueOf(MAX_WEIGHT)) > 0
        || weight.stripTrailingZeros().scale() > MAX_DECIMALS) {
      throw InvalidInputException.of("weight", PenaltyChecks.message(
          "core.penalty.weightOutOfRange", "max", MAX_WEIGHT, "decimals", MAX_DECIMALS), weight);
    }
  }

  /**
   * The whole responsibility to one party (PEN-02: individual fault, 100 %).
   *
   * @param party who is responsible
   * @return a share of weight 1
   */
  public static ResponsibilityShare whole(ResponsibleParty party) {
    return new ResponsibilityShare(party, BigDecimal.ONE);
  }
}
