package org.aftersales.core.complaint;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;

/**
 * One department's share of the responsibility for a closed complaint case (责任归属及比率),
 * CMP-08 as the monthly statistics read it (CMP-11): the department and its exact ratio of the
 * case, e.g. quality assurance {@code 0.6}, manufacturing {@code 0.4}.
 *
 * <p>The ratio is kept exactly as given (scale included): statistics add ratios with
 * {@link BigDecimal#add} and never round them.
 *
 * @param department the responsible department (责任部门)
 * @param ratio its share of the case, more than 0 and at most 1, exact
 */
public record DepartmentRatio(UnitId department, BigDecimal ratio) {

  /**
   * Checks the ratio.
   *
   * @param department the department
   * @param ratio the share, more than 0 and at most 1
   * @throws InvalidInputException (path {@code ratio}) if the ratio is 0 or less, or more than 1
   */
  public DepartmentRatio {
    requireNonNull(department, "department");
    requireNonNull(ratio, "ratio");
    if (ratio.signum() <= 0 || ratio.compareTo(BigDecimal.ONE) > 0) {
      throw InvalidInputException.of("ratio",
          MessageBundle.CORE.message("core.complaintstats.ratioRange"), ratio);
    }
  }

  /**
   * The share of {@code department} given as text, e.g. {@code DepartmentRatio.of(qa, "0.6")}.
   *
   * @param department the department
   * @param ratio the share as a decimal number, more than 0 and at most 1
   * @return the share
   * @throws InvalidInputException if the text is not a decimal number or out of range
   */
  public static DepartmentRatio of(UnitId department, String ratio) {
    requireNonNull(ratio, "ratio");
    BigDecimal parsed;
    try {
      parsed = new BigDecimal(ratio.strip());
    } catch (NumberFormatException e) {
      throw InvalidInputException.of("ratio",
          MessageBundle.CORE.message("core.complaintstats.ratioRange"), ratio);
    }
    return new DepartmentRatio(department, parsed);
  }
}
