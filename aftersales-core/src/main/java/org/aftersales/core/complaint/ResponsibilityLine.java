package org.aftersales.core.complaint;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.shared.InvalidInputException;

/**
 * One line of a complaint's responsibility (责任归属及比率), CMP-08: the responsible department
 * (责任部门), optionally the person in it (责任人), and the exact share of the responsibility as a
 * ratio — {@code 0.6} for 60 %. A line with a person puts the share on that person alone
 * (PEN-02); a department-only line is shared by the department's members by base points (PEN-06,
 * PEN-09), see {@link Responsibility.Ours#toPenaltyCase}.
 *
 * <p>The ratio is a fraction of the whole, greater than 0 and at most 1, with at most
 * {@value #MAX_DECIMALS} decimal places (0.0001, one hundredth of a percent). It is kept without
 * trailing zeros ({@code 0.60} is kept as {@code 0.6}), so that equal shares are equal values.
 *
 * <p>A small value with an optional part, so a final class rather than a record (decision 0010).
 * Immutable and thread-safe.
 */
public final class ResponsibilityLine {

  /** The most decimal places a ratio may have: 4, i.e. steps of 0.0001 (0.01 %). */
  public static final int MAX_DECIMALS = 4;

  private final UnitId department;
  /** The responsible person; null for a department-only line. */
  private final PersonId person;
  private final BigDecimal ratio;

  private ResponsibilityLine(UnitId department, PersonId person, BigDecimal ratio) {
    this.department = requireNonNull(department, "department");
    this.person = person;
    this.ratio = checkedRatio(requireNonNull(ratio, "ratio"));
  }

  private static BigDecimal checkedRatio(BigDecimal ratio) {
    if (ratio.signum() <= 0 || ratio.compareTo(BigDecimal.ONE) > 0) {
      throw InvalidInputException.of("ratio", DecisionText.message("core.decision.ratioRange"),
          ratio);
    }
    // At most 1, so stripping trailing zeros never leaves a negative scale.
    BigDecimal stripped = ratio.stripTrailingZeros();
    if (stripped.scale() > MAX_DECIMALS) {
      throw InvalidInputException.of("ratio", DecisionText.message("core.decision.ratioDecimals",
          "max", MAX_DECIMALS), ratio);
    }
    return stripped;
  }

  /**
   * A share carried by a department as a whole, shared by its members by base points (PEN-09).
   *
   * @param department the responsible department
   * @param ratio the share, greater than 0 and at most 1, at most {@value #MAX_DECIMALS} decimals
   * @return the line
   * @throws InvalidInputException if the ratio is out of range or too precise
   */
  public static ResponsibilityLine of(UnitId department, BigDecimal ratio) {
    return new ResponsibilityLine(department, null, ratio);
  }

  /**
   * A share carried by one person of a department (PEN-02: individual fault).
   *
   * @param department the person's department
   * @param person the responsible person
   * @param ratio the share, greater than 0 and at most 1, at most {@value #MAX_DECIMALS} decimals
   * @return the line
   * @throws InvalidInputException if the ratio is out of range or too precise
   */
  public static ResponsibilityLine of(UnitId department, PersonId person, BigDecimal ratio) {
    return new ResponsibilityLine(department, requireNonNull(person, "person"), ratio);
  }

  /**
   * The responsible department.
   *
   * @return the department's ID
   */
  public UnitId department() {
    return department;
  }

  /**
   * The responsible person in the department.
   *
   * @return the person, empty for a department-only line
   */
  public Optional<PersonId> person() {
    return Optional.ofNullable(person);
  }

  /**
   * The share of the responsibility.
   *
   * @return the ratio, greater than 0 and at most 1, without trailing zeros
   */
  public BigDecimal ratio() {
    return ratio;
  }

  /**
   * Equal if department, person (or its absence) and ratio are equal.
   *
   * @param o the object to compare with
   * @return true if equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof ResponsibilityLine that && department.equals(that.department)
        && Objects.equals(person, that.person) && ratio.equals(that.ratio);
  }

  /**
   * Consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(department, person, ratio);
  }

  /**
   * For messages.
   *
   * @return e.g. {@code D-QA/P-1001 0.6} or {@code D-MFG 0.4}
   */
  @Override
  public String toString() {
    return department + (person == null ? "" : "/" + person) + " " + ratio.toPlainString();
  }
}
