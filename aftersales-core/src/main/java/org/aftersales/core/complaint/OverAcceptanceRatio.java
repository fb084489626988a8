package org.aftersales.core.complaint;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;

/**
 * The over-acceptance ratio (超量允收比率, PCB §13.2(1), CMP-16): by how much, as a fraction of the
 * approved return quantity, the quantity actually returned may exceed it and still be booked as
 * returned without a further decision. The customer's ratio, noted on its order (客户订制时注明),
 * applies; when the customer noted none, the company's default (依本公司规定) does.
 *
 * <p>The seed names the company default without giving a number; {@link #seed()} assumes
 * {@code 0}: without a configured ratio, any excess needs a decision (docs/complaint-outcomes.md).
 *
 * @param value the ratio as a fraction, e.g. {@code 0.05} for 5 %; from 0 to 1 inclusive
 * @param source whose ratio it is: the customer's or the company default
 */
public record OverAcceptanceRatio(BigDecimal value, Source source) {

  /** Whose ratio applies to a case. */
  public enum Source {
    /** The ratio the customer noted on its order. */
    CUSTOMER,
    /** The company's default, for a customer who noted none. */
    COMPANY_DEFAULT
  }

  /**
   * Validates the ratio.
   *
   * @param value the ratio as a fraction; from 0 to 1 inclusive
   * @param source whose ratio it is
   * @throws InvalidInputException if {@code value} is negative or more than 1 (path
   *     {@code ratio})
   */
  public OverAcceptanceRatio {
    requireNonNull(value, "value");
    requireNonNull(source, "source");
    if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
      throw InvalidInputException.of("ratio",
          MessageBundle.CORE.message("core.outcome.ratioRange"), value);
    }
  }

  /**
   * The customer's ratio, noted on its order.
   *
   * @param value the ratio as a fraction, e.g. {@code 0.05}; from 0 to 1 inclusive
   * @return the ratio
   * @throws InvalidInputException if out of range
   */
  public static OverAcceptanceRatio customer(BigDecimal value) {
    return new OverAcceptanceRatio(value, Source.CUSTOMER);
  }

  /**
   * The company's default ratio, for customers who noted none.
   *
   * @param value the ratio as a fraction; from 0 to 1 inclusive
   * @return the ratio
   * @throws InvalidInputException if out of range
   */
  public static OverAcceptanceRatio companyDefault(BigDecimal value) {
    return new OverAcceptanceRatio(value, Source.COMPANY_DEFAULT);
  }

  /**
   * The seed's company default: the seed refers to the company's rule without a number, so the
   * library assumes 0 (every excess needs a decision) until an adopter configures its own.
   *
   * @return the company default 0
   */
  public static OverAcceptanceRatio seed() {
    return companyDefault(BigDecimal.ZERO);
  }

  /**
   * The most pieces by which a return of {@code approved} pieces may be exceeded and still be
   * booked: {@code approved × value}, rounded down to whole pieces (an excess of whole pieces is
   * within the ratio exactly when it is at most this).
   *
   * @param approved the approved return quantity; 0 or more
   * @return the largest excess booked without a decision
   * @throws IllegalArgumentException if {@code approved} is negative
   */
  public long maximumExcess(long approved) {
    if (approved < 0) {
      throw new IllegalArgumentException("approved must not be negative, was " + approved);
    }
    return BigDecimal.valueOf(approved).multiply(value).setScale(0, RoundingMode.FLOOR)
        .longValueExact();
  }
}
