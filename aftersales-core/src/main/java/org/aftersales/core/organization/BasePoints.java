package org.aftersales.core.organization;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;

/**
 * A person's base points (基点数): the weight by which a unit's share of a penalty is split among
 * its members (PEN-06, PEN-09) and by which a minor demerit is converted into money (PEN-04).
 *
 * <p>Greater than zero, at most {@value #MAX} and with at most {@value #MAX_DECIMALS} decimal
 * places (e.g. {@code 1}, {@code 1.25}, {@code 3.5}); exact, held as a whole number of
 * ten-thousandths of a base point so that an allocation reads each member's weight without
 * arithmetic. Equal base points have equal value ({@code 1.0} equals {@code 1}). Immutable and
 * thread-safe.
 *
 * @param tenThousandths the value in ten-thousandths of a base point: {@code 12500} for
 *     {@code 1.25}; from 1 to {@code MAX × 10 000}
 */
public record BasePoints(long tenThousandths) implements Comparable<BasePoints> {

  /** The largest value accepted. */
  public static final int MAX = 1_000_000;
  /** The most decimal places accepted. */
  public static final int MAX_DECIMALS = 4;

  private static final long UNITS_PER_POINT = 10_000;

  /**
   * Checks the value.
   *
   * @param tenThousandths the value in ten-thousandths of a base point
   * @throws InvalidInputException if the value is not greater than 0 or above {@value #MAX}
   */
  public BasePoints {
    if (tenThousandths <= 0 || tenThousandths > MAX * UNITS_PER_POINT) {
      throw invalid(BigDecimal.valueOf(tenThousandths, MAX_DECIMALS).stripTrailingZeros());
    }
  }

  /**
   * Base points of the given value.
   *
   * @param value greater than 0, at most {@value #MAX}, at most {@value #MAX_DECIMALS} decimals
   * @return the base points
   * @throws InvalidInputException if the value is out of range or too precise
   */
  public static BasePoints of(BigDecimal value) {
    requireNonNull(value, "value");
    // Checked before rescaling: setScale on "1e2147483647" or "1e-2147483647" would work with
    // numbers of two billion digits (and fail with a JDK error, or take minutes).
    if (value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(MAX)) > 0
        || value.stripTrailingZeros().scale() > MAX_DECIMALS) {
      throw invalid(value);
    }
    // In range with at most four decimals: exact in ten-thousandths, at most 10^10, fits a long.
    return new BasePoints(value.setScale(MAX_DECIMALS, RoundingMode.UNNECESSARY)
        .unscaledValue().longValueExact());
  }

  /**
   * Base points written as text, e.g. {@code "1.25"}.
   *
   * @param text a plain decimal number
   * @return the base points
   * @throws InvalidInputException if the text is not a number, or the number is out of range or
   *     too precise
   */
  public static BasePoints parse(String text) {
    requireNonNull(text, "text");
    BigDecimal parsed;
    try {
      parsed = new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw invalid(text);
    }
    return of(parsed);
  }

  /**
   * Whole base points.
   *
   * @param value 1 to {@value #MAX}
   * @return the base points
   * @throws InvalidInputException if out of range
   */
  public static BasePoints of(long value) {
    // Checked before multiplying: value × 10 000 could wrap around into the valid range.
    if (value < 1 || value > MAX) {
      throw invalid(value);
    }
    return new BasePoints(value * UNITS_PER_POINT);
  }

  private static InvalidInputException invalid(Object value) {
    return InvalidInputException.of("basePoints", MessageBundle.CORE.message(
        "core.organization.basePoints", "max", MAX, "decimals", MAX_DECIMALS), value);
  }

  /**
   * The value.
   *
   * @return the value without trailing zeros and with a scale of at least 0, greater than 0
   */
  public BigDecimal value() {
    BigDecimal v = BigDecimal.valueOf(tenThousandths, MAX_DECIMALS).stripTrailingZeros();
    return v.setScale(Math.max(v.scale(), 0));
  }

  /**
   * Compares by value.
   *
   * @param other other base points
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(BasePoints other) {
    return Long.compare(tenThousandths, other.tenThousandths);
  }

  /**
   * The value in plain notation, e.g. {@code 1.25}.
   *
   * @return the value
   */
  @Override
  public String toString() {
    return value().toPlainString();
  }
}
