package org.aftersales.core.servicelevel;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A pre-breach warning (预警): at {@code at}, {@code fraction} of the allowed time has been used.
 *
 * @param fraction the fraction of the allowed time, e.g. 0.7
 * @param at when the warning is due
 */
public record Warning(BigDecimal fraction, Instant at) {
  /**
   * Checks the fields.
   *
   * @param fraction the fraction of the allowed time, e.g. 0.7
   * @param at when the warning is due
   */
  public Warning {
    requireNonNull(fraction, "fraction");
    requireNonNull(at, "at");
  }
}
