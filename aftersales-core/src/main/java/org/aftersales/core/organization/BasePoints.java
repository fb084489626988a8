package org.aftersales.core.organization;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;

/**
 * A person's base points (基点数): the weight by which a unit's share of a penalty is split among
 * its members (PEN-06, PEN-09) and by which a minor demerit is converted into money (PEN-04).
 *
 * <p>Greater than zero, at most {@value #MAX} and with at most {@value #MAX_DECIMALS} decimal
 * places (e.g. {@code 1}, {@code 1.25}, {@code 3.5}); exact. Equal base points have equal value
 * ({@code 1.0} equals {@code 1}). Immutable and thread-safe.
 */
public final class BasePoints implements Comparable<BasePoints> {

  /** The largest value accepted. */
  public static final int MAX = 1_000_000;
  /** The most decimal places accepted. */
  public static final int MAX_DECIMALS = 4;

  private final BigDecimal value;

  private BasePoints(BigDecimal value) {
    this.value = value;
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
    BigDecimal v = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    if (v.signum() <= 0 || v.compareTo(BigDecimal.valueOf(MAX)) > 0 || v.scale() > MAX_DECIMALS) {
      throw InvalidInputException.of("basePoints", MessageBundle.CORE.message(
          "core.organization.basePoints", "max", MAX, "decimals", MAX_DECIMALS), value);
    }
    return new BasePoints(v.scale() < 0 ? v.setScale(0) : v);
  }

  /**
   * Base points written as text, e.g. {@code "1.25"}.
   *
   * @param value a plain decimal number
   * @return the base points
   * @throws InvalidInputException if the text is not a number or out of range
   */
  public static BasePoints of(String value) {
    requireNonNull(value, "value");
    BigDecimal parsed;
    try {
      parsed = new BigDecimal(value);
    } catch (NumberFormatException e) {
      throw InvalidInputException.of("basePoints", MessageBundle.CORE.message(
          "core.organization.basePoints", "max", MAX, "decimals", MAX_DECIMALS), value);
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
    return of(BigDecimal.valueOf(value));
  }

  /**
   * The value.
   *
   * @return the value without trailing zeros, greater than 0
   */
  public BigDecimal value() {
    return value;
  }

  /**
   * Compares by value.
   *
   * @param other other base points
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(BasePoints other) {
    return value.compareTo(other.value);
  }

  /**
   * Equal if the values are equal.
   *
   * @param o the object to compare with
   * @return true if equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof BasePoints && ((BasePoints) o).value.compareTo(value) == 0;
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * The value in plain notation, e.g. {@code 1.25}.
   *
   * @return the value
   */
  @Override
  public String toString() {
    return value.toPlainString();
  }
}
